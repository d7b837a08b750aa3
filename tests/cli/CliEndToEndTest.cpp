// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real kim-cli binary (path from CMake) against real SQLCipher vaults. The vault
// password only ever reaches kim-cli through its standard input (--password-stdin).
#include "CliProcess.h"

#include "exchange/IdentityStore.h"
#include "storage/Vault.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kim;

namespace {

constexpr auto PasswordA = "Passwort von Amal";
constexpr auto PasswordB = "Passwort von Bernd";

using test::CliRun;

// Runs kim-cli; no password may ever appear among its arguments.
CliRun runCli(const QStringList& arguments, const QByteArray& input = {}) {
    for (const auto* password : {PasswordA, PasswordB}) {
        REQUIRE_FALSE(arguments.join(QLatin1Char(' ')).contains(QString::fromUtf8(password)));
    }
    return test::runCliProcess(arguments, input);
}

QByteArray passwordLine(const char* password) {
    return QByteArray(password) + '\n';
}

// A case-manager vault as the app leaves it: created, identity ensured, closed.
QString createVault(const QTemporaryDir& dir, const QString& name, const char* password, bool withIdentity) {
    const QString path = dir.filePath(name + QStringLiteral(".kimvault"));
    auto vault = storage::Vault::create(path, QString::fromUtf8(password), storage::WorkspaceKind::CaseManager,
                                        test::fastKdf(), kim::test::wallClock());
    if (withIdentity) {
        exchange::IdentityStore::ensure(vault->database(), kim::test::wallClock());
    }
    return path;
}

std::optional<exchange::Identity> storedIdentity(const QString& path, const char* password) {
    auto vault = storage::Vault::open(path, QString::fromUtf8(password));
    return exchange::IdentityStore::load(vault->database());
}

QString captured(const QString& text, const QString& pattern) {
    const auto match = QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

const QString GroupedFingerprint = QStringLiteral("([0-9A-F]{4}(?: [0-9A-F]{4}){7})");

} // namespace

TEST_CASE("kim-cli offers no option that takes the password on the command line") {
    const auto help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.output.contains(QStringLiteral("--password-stdin")));
    CHECK(help.output.contains(QStringLiteral("--vault <datei>")));
    // No option named like a password that expects a value ("--password <x>", "--passwort <x>").
    CHECK_FALSE(help.output.contains(QRegularExpression(QStringLiteral("--pass\\S*\\s+<"))));
    CHECK_FALSE(help.output.contains(QRegularExpression(QStringLiteral("--password[ =]"))));

    const auto refused = runCli({QStringLiteral("--password=geheim"), QStringLiteral("log")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.output.isEmpty());
}

TEST_CASE("kim-cli card creates the workspace identity of a vault that has none yet") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vault = createVault(dir, QStringLiteral("neu"), PasswordA, false);
    REQUIRE_FALSE(storedIdentity(vault, PasswordA));

    const auto first =
        runCli({QStringLiteral("card"), QStringLiteral("--vault"), vault, QStringLiteral("--password-stdin")},
               passwordLine(PasswordA));
    REQUIRE(first.exitCode == 0);
    const auto identity = storedIdentity(vault, PasswordA);
    REQUIRE(identity);
    const QString fingerprint = identity->contactCard().fingerprint();
    CHECK(first.errors.contains(QStringLiteral("Fingerabdruck: ") + fingerprint));
    CHECK(first.output.contains(identity->contactCard().ageRecipient()));

    const auto second =
        runCli({QStringLiteral("card"), QStringLiteral("--vault"), vault, QStringLiteral("--password-stdin")},
               passwordLine(PasswordA));
    CHECK(second.exitCode == 0);
    CHECK(second.output == first.output);
}

TEST_CASE("two case managers exchange a package with kim-cli alone") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vaultA = createVault(dir, QStringLiteral("amal"), PasswordA, true);
    const QString vaultB = createVault(dir, QStringLiteral("bernd"), PasswordB, true);
    const auto identityA = storedIdentity(vaultA, PasswordA);
    const auto identityB = storedIdentity(vaultB, PasswordB);
    REQUIRE(identityA);
    REQUIRE(identityB);
    const QString cardA = dir.filePath(QStringLiteral("amal.kimcard"));
    const QString cardB = dir.filePath(QStringLiteral("bernd.kimcard"));
    const QString withA = QStringLiteral("--vault=") + vaultA;
    const QString withB = QStringLiteral("--vault=") + vaultB;
    const QString stdinPassword = QStringLiteral("--password-stdin");

    // card: both workspaces export their contact card, A with a profile.
    const auto cardRunA =
        runCli({QStringLiteral("card"), withA, stdinPassword, QStringLiteral("--name"), QStringLiteral("Amal Haddad"),
                QStringLiteral("--role"), QStringLiteral("Fallmanagerin"), QStringLiteral("--organisation"),
                QStringLiteral("KIM Kreis Gütersloh"), QStringLiteral("--out"), cardA},
               passwordLine(PasswordA));
    REQUIRE(cardRunA.exitCode == 0);
    const auto cardRunB =
        runCli({QStringLiteral("card"), withB, stdinPassword, QStringLiteral("--out"), cardB}, passwordLine(PasswordB));
    REQUIRE(cardRunB.exitCode == 0);
    REQUIRE(QFile::exists(cardA));
    REQUIRE(QFile::exists(cardB));
    const QString fingerprintA = identityA->contactCard().fingerprint();
    const QString fingerprintB = identityB->contactCard().fingerprint();
    CHECK(captured(cardRunA.errors, QStringLiteral("^Fingerabdruck: ") + GroupedFingerprint) == fingerprintA);
    CHECK(captured(cardRunB.errors, QStringLiteral("^Fingerabdruck: ") + GroupedFingerprint) == fingerprintB);
    CHECK(fingerprintA != fingerprintB);

    // fingerprint: needs no vault and shows the grouped fingerprint and the profile.
    const auto shown = runCli({QStringLiteral("fingerprint"), cardA});
    REQUIRE(shown.exitCode == 0);
    CHECK(captured(shown.output, QStringLiteral("^Fingerabdruck:\\s+") + GroupedFingerprint + QStringLiteral("$")) ==
          fingerprintA);
    CHECK(captured(shown.output, QStringLiteral("^Name:\\s+(.+)$")) == QStringLiteral("Amal Haddad"));
    CHECK(captured(shown.output, QStringLiteral("^Organisation:\\s+(.+)$")) == QStringLiteral("KIM Kreis Gütersloh"));
    CHECK(captured(shown.output, QStringLiteral("^Schlüssel-ID:\\s+(\\S+)$")) == identityA->keyIdText());

    // seal before trusting: refused, nothing written.
    const QString payload = dir.filePath(QStringLiteral("bericht.json"));
    {
        QFile file(payload);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"cases": 12, "note": "Grüße aus Gütersloh"})");
    }
    const QString package = dir.filePath(QStringLiteral("bericht.kimpkg"));
    const QStringList sealArguments{QStringLiteral("seal"),
                                    withA,
                                    stdinPassword,
                                    QStringLiteral("--kind"),
                                    QStringLiteral("caseload-report"),
                                    QStringLiteral("--period"),
                                    QStringLiteral("2025-Q3"),
                                    QStringLiteral("--payload"),
                                    payload,
                                    QStringLiteral("--to"),
                                    cardB,
                                    QStringLiteral("--out"),
                                    package};
    const auto untrusted = runCli(sealArguments, passwordLine(PasswordA));
    CHECK(untrusted.exitCode != 0);
    CHECK(untrusted.errors.contains(QStringLiteral("kein bestätigter Kontakt")));
    CHECK_FALSE(QFile::exists(package));

    // trust without --yes and without a terminal stores nothing.
    const auto unconfirmed = runCli({QStringLiteral("trust"), cardB, withA, stdinPassword}, passwordLine(PasswordA));
    CHECK(unconfirmed.exitCode != 0);
    CHECK(unconfirmed.output.contains(QStringLiteral("Nicht gespeichert.")));

    // trust --yes: each workspace trusts the other's card.
    const auto trustedInA = runCli({QStringLiteral("trust"), QStringLiteral("--yes"), cardB, withA, stdinPassword},
                                   passwordLine(PasswordA));
    REQUIRE(trustedInA.exitCode == 0);
    CHECK(trustedInA.output.contains(QStringLiteral("Kontakt gespeichert.")));
    CHECK(captured(trustedInA.output, QStringLiteral("^Fingerabdruck:\\s+") + GroupedFingerprint) == fingerprintB);
    const auto trustedInB = runCli({QStringLiteral("trust"), QStringLiteral("--yes"), cardA, withB, stdinPassword},
                                   passwordLine(PasswordB));
    REQUIRE(trustedInB.exitCode == 0);
    CHECK(trustedInB.output.contains(QStringLiteral("Kontakt gespeichert.")));

    const auto contactsOfB = runCli({QStringLiteral("contacts"), withB, stdinPassword}, passwordLine(PasswordB));
    REQUIRE(contactsOfB.exitCode == 0);
    CHECK(contactsOfB.output.contains(identityA->keyIdText() + QStringLiteral("  ") + fingerprintA +
                                      QStringLiteral("  Amal Haddad  (vertraut)")));

    // seal: A writes a package for B.
    const auto sealed = runCli(sealArguments, passwordLine(PasswordA));
    REQUIRE(sealed.exitCode == 0);
    CHECK(sealed.output.contains(QStringLiteral("Paket für 1 Empfänger geschrieben.")));
    REQUIRE(QFile::exists(package));

    // inspect: no vault, no password, nothing on stdin.
    const auto inspected = runCli({QStringLiteral("inspect"), package});
    REQUIRE(inspected.exitCode == 0);
    CHECK(inspected.output.contains(QStringLiteral("Format:      age v1 (age-encryption.org/v1)")));
    CHECK(captured(inspected.output, QStringLiteral("^Empfänger:\\s+(.+)$")) == QStringLiteral("1 (X25519)"));
    CHECK(inspected.output.contains(
        QRegularExpression(QStringLiteral("^Größe:\\s+\\d+ Bytes"), QRegularExpression::MultilineOption)));

    // open in B: verified, printed and logged.
    const auto opened = runCli({QStringLiteral("open"), package, withB, stdinPassword}, passwordLine(PasswordB));
    REQUIRE(opened.exitCode == 0);
    CHECK(opened.errors.contains(QStringLiteral("Signatur gültig: Amal Haddad (") + identityA->keyIdText() +
                                 QStringLiteral("), Art caseload-report, Zeitraum 2025-Q3")));
    QJsonParseError parseError;
    const auto printed = QJsonDocument::fromJson(opened.output.toUtf8(), &parseError).object();
    REQUIRE(parseError.error == QJsonParseError::NoError);
    CHECK(printed.value(QStringLiteral("format")).toString() == QStringLiteral("kim-fallakte-package"));
    CHECK(printed.value(QStringLiteral("kind")).toString() == QStringLiteral("caseload-report"));
    const QJsonObject content = printed.value(QStringLiteral("content")).toObject();
    CHECK(content.value(QStringLiteral("cases")).toInt() == 12);
    CHECK(content.value(QStringLiteral("note")).toString() == QStringLiteral("Grüße aus Gütersloh"));
    const QString packageId = printed.value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(packageId.isEmpty());
    CHECK(captured(opened.errors, QStringLiteral("Paket ([0-9a-f-]{36})$")) == packageId);

    // A second open of the same package is a replay.
    const auto replay = runCli({QStringLiteral("open"), package, withB, stdinPassword}, passwordLine(PasswordB));
    CHECK(replay.exitCode != 0);
    CHECK(replay.errors.contains(QStringLiteral("Dieses Paket wurde bereits eingelesen.")));
    CHECK_FALSE(replay.output.contains(QStringLiteral("Grüße")));

    // A wrong password is refused before anything is decrypted.
    const auto wrongPassword =
        runCli({QStringLiteral("open"), package, withB, stdinPassword}, passwordLine("falsches Passwort"));
    CHECK(wrongPassword.exitCode != 0);
    CHECK(wrongPassword.errors.contains(QStringLiteral("Das Passwort ist falsch.")));
    CHECK(wrongPassword.output.isEmpty());

    // log: exactly one incoming entry in B, one outgoing in A, same package id.
    const auto logOfB = runCli({QStringLiteral("log"), withB, stdinPassword}, passwordLine(PasswordB));
    REQUIRE(logOfB.exitCode == 0);
    const QStringList linesOfB = logOfB.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(linesOfB.size() == 1);
    CHECK(linesOfB[0].contains(QStringLiteral("  empfangen  caseload-report  ") + packageId + QStringLiteral("  ") +
                               identityA->keyIdText() + QStringLiteral("  Amal Haddad")));
    const auto logOfA = runCli({QStringLiteral("log"), withA, stdinPassword}, passwordLine(PasswordA));
    REQUIRE(logOfA.exitCode == 0);
    const QStringList linesOfA = logOfA.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(linesOfA.size() == 1);
    CHECK(linesOfA[0].contains(QStringLiteral("  gesendet  caseload-report  ") + packageId + QStringLiteral("  ") +
                               identityB->keyIdText()));

    // Checking the package with Debian's `age -d -i` would need the recipient's age identity
    // as a file; kim-cli has no command that exports it, so that part is left to
    // tests/exchange/PackageFixtureTest.cpp, which runs exactly those commands.
}
