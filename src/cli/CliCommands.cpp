// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliCommands.h"

#include "cli/DemoKreis.h"
#include "cli/PasswordPrompt.h"

#include "base/Error.h"
#include "base/Clock.h"
#include "exchange/AgeFile.h"
#include "exchange/ContactBook.h"
#include "exchange/IdentityStore.h"
#include "exchange/PackageLog.h"
#include "exchange/PackageReader.h"
#include "exchange/PackageWriter.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <memory>

namespace kim::cli {

namespace {

// The command line works on the real day; every stored time comes from here.
const SystemClock systemClock;

void print(const QString& text) {
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputs("\n", stdout);
}

void require(bool condition, const QString& message) {
    if (!condition) {
        throw Error(ErrorCode::InvalidInput, message);
    }
}

QByteArray readFile(const QString& path, qint64 maxSize) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorCode::FileMissing,
                    QCoreApplication::translate("kim-cli", "Die Datei %1 kann nicht gelesen werden.").arg(path));
    }
    require(file.size() <= maxSize, QCoreApplication::translate("kim-cli", "Die Datei %1 ist zu groß.").arg(path));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& data) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        throw Error(ErrorCode::NotWritable,
                    QCoreApplication::translate("kim-cli", "Die Datei %1 konnte nicht geschrieben werden.").arg(path));
    }
}

std::unique_ptr<storage::Vault> openVault(const CliOptions& options) {
    require(!options.vaultPath.isEmpty(),
            QCoreApplication::translate("kim-cli", "Bitte geben Sie die Arbeitsmappe mit --vault an."));
    const QString password = PasswordPrompt::read(
        QCoreApplication::translate("kim-cli", "Passwort für %1: ").arg(options.vaultPath), options.passwordStdin);
    return storage::Vault::open(options.vaultPath, password);
}

std::span<const uint8_t> bytesOf(const QByteArray& data) {
    return std::span(reinterpret_cast<const uint8_t*>(data.constData()), static_cast<size_t>(data.size()));
}

void printCardSummary(const exchange::ContactCard& card) {
    print(QCoreApplication::translate("kim-cli", "Name:           %1").arg(card.name()));
    print(QCoreApplication::translate("kim-cli", "Rolle:          %1").arg(card.role()));
    print(QCoreApplication::translate("kim-cli", "Organisation:   %1").arg(card.organisation()));
    print(QCoreApplication::translate("kim-cli", "Schlüssel-ID:   %1").arg(card.keyIdText()));
    print(QCoreApplication::translate("kim-cli", "Fingerabdruck:  %1").arg(card.fingerprint()));
}

} // namespace

int CliCommands::run(const CliOptions& options) {
    using Command = int (*)(const CliOptions&);
    const std::pair<const char*, Command> commands[] = {
        {"card", &card},         {"fingerprint", &fingerprint},
        {"trust", &trust},       {"revoke", &revoke},
        {"contacts", &contacts}, {"seal", &seal},
        {"open", &open},         {"inspect", &inspect},
        {"log", &log},           {"demo-kreis", &DemoKreis::command},
    };
    for (const auto& [name, command] : commands) {
        if (options.command == QLatin1String(name)) {
            return command(options);
        }
    }
    throw Error(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("kim-cli", "Unbekannter Befehl „%1“. Hilfe mit --help.").arg(options.command));
}

int CliCommands::card(const CliOptions& options) {
    auto vault = openVault(options);
    auto& db = vault->database();
    exchange::IdentityStore::ensure(db, systemClock);
    if (!options.name.isEmpty() || !options.role.isEmpty() || !options.organisation.isEmpty()) {
        const auto current = exchange::IdentityStore::load(db);
        exchange::IdentityStore::setProfile(db, options.name.isEmpty() ? current->name() : options.name,
                                            options.role.isEmpty() ? current->role() : options.role,
                                            options.organisation.isEmpty() ? current->organisation()
                                                                           : options.organisation);
    }
    const auto card = exchange::IdentityStore::ensure(db, systemClock).contactCard();
    if (options.outPath.isEmpty()) {
        std::fputs(card.fileText().constData(), stdout);
    } else {
        writeFile(options.outPath, card.fileText());
    }
    std::fprintf(
        stderr, "%s\n",
        QCoreApplication::translate("kim-cli", "Fingerabdruck: %1").arg(card.fingerprint()).toLocal8Bit().constData());
    return 0;
}

int CliCommands::fingerprint(const CliOptions& options) {
    require(options.arguments.size() == 1,
            QCoreApplication::translate("kim-cli", "Bitte geben Sie genau eine Kontaktkarte an."));
    printCardSummary(
        exchange::ContactCard::parse(readFile(options.arguments.front(), exchange::ContactCard::MaxFileSize)));
    return 0;
}

int CliCommands::trust(const CliOptions& options) {
    require(options.arguments.size() == 1,
            QCoreApplication::translate("kim-cli", "Bitte geben Sie genau eine Kontaktkarte an."));
    const auto card =
        exchange::ContactCard::parse(readFile(options.arguments.front(), exchange::ContactCard::MaxFileSize));
    auto vault = openVault(options);
    printCardSummary(card);
    if (!options.yes && !PasswordPrompt::confirm(QCoreApplication::translate(
                            "kim-cli", "Haben Sie den Fingerabdruck mit der Person am Telefon verglichen?"))) {
        print(QCoreApplication::translate("kim-cli", "Nicht gespeichert."));
        return 1;
    }
    exchange::ContactBook(vault->database(), systemClock).trust(card);
    print(QCoreApplication::translate("kim-cli", "Kontakt gespeichert."));
    return 0;
}

int CliCommands::revoke(const CliOptions& options) {
    require(options.arguments.size() == 1,
            QCoreApplication::translate("kim-cli", "Bitte geben Sie die Schlüssel-ID des Kontakts an."));
    auto vault = openVault(options);
    exchange::ContactBook(vault->database(), systemClock).revoke(options.arguments.front());
    print(QCoreApplication::translate("kim-cli", "Kontakt widerrufen."));
    return 0;
}

int CliCommands::contacts(const CliOptions& options) {
    auto vault = openVault(options);
    for (const auto& contact : exchange::ContactBook(vault->database(), systemClock).contacts()) {
        const QString state = contact.revokedOn ? QCoreApplication::translate("kim-cli", "widerrufen")
                                                : QCoreApplication::translate("kim-cli", "vertraut");
        print(QStringLiteral("%1  %2  %3  (%4)")
                  .arg(contact.card.keyIdText(), contact.card.fingerprint(), contact.card.name(), state));
    }
    return 0;
}

int CliCommands::seal(const CliOptions& options) {
    require(!options.kind.isEmpty() && !options.payloadPath.isEmpty() && !options.outPath.isEmpty() &&
                !options.cardPaths.isEmpty(),
            QCoreApplication::translate("kim-cli", "seal braucht --kind, --payload, --out und mindestens ein --to."));
    QJsonParseError parseError;
    const auto content = QJsonDocument::fromJson(readFile(options.payloadPath, 64 * 1024 * 1024), &parseError);
    require(parseError.error == QJsonParseError::NoError,
            QCoreApplication::translate("kim-cli", "Die Nutzdaten sind kein gültiges JSON."));
    auto vault = openVault(options);
    auto& db = vault->database();
    const exchange::ContactBook book(db, systemClock);
    std::vector<exchange::ContactCard> recipients;
    for (const QString& path : options.cardPaths) {
        const auto card = exchange::ContactCard::parse(readFile(path, exchange::ContactCard::MaxFileSize));
        const auto trusted = book.findTrusted(card.signingKey().keyId());
        // Only to contacts whose fingerprint was confirmed, and with exactly those keys.
        require(trusted && trusted->agePublicKey() == card.agePublicKey(),
                QCoreApplication::translate("kim-cli",
                                            "%1 ist kein bestätigter Kontakt. Bitte zuerst „kim-cli trust“ ausführen.")
                    .arg(path));
        recipients.push_back(*trusted);
    }
    const auto identity = exchange::IdentityStore::ensure(db, systemClock);
    const QJsonValue value = content.isObject() ? QJsonValue(content.object()) : QJsonValue(content.array());
    const auto package =
        exchange::PackageWriter(db, identity).write(options.kind, options.period, value, recipients, systemClock.now());
    writeFile(options.outPath,
              QByteArray(reinterpret_cast<const char*>(package.data()), static_cast<qsizetype>(package.size())));
    const int recipientCount = static_cast<int>(recipients.size());
    print(QCoreApplication::translate("kim-cli", "Paket für %n Empfänger geschrieben.", nullptr, recipientCount));
    return 0;
}

int CliCommands::open(const CliOptions& options) {
    require(options.arguments.size() == 1,
            QCoreApplication::translate("kim-cli", "Bitte geben Sie genau ein Paket an."));
    const QByteArray file = readFile(options.arguments.front(), exchange::AgeFile::MaxFileSize);
    auto vault = openVault(options);
    const auto identity = exchange::IdentityStore::ensure(vault->database(), systemClock);
    exchange::PackageReader reader(vault->database(), identity, systemClock);
    const auto opened = options.dryRun ? reader.read(bytesOf(file)) : reader.import(bytesOf(file));
    std::fprintf(stderr, "%s\n",
                 QCoreApplication::translate("kim-cli", "Signatur gültig: %1 (%2), Art %3, Zeitraum %4, Paket %5")
                     .arg(opened.sender.name(), opened.sender.keyIdText(), opened.payload.kind, opened.payload.period,
                          opened.payload.id.toString(QUuid::WithoutBraces))
                     .toLocal8Bit()
                     .constData());
    std::fputs(opened.payloadJson.constData(), stdout);
    return 0;
}

int CliCommands::inspect(const CliOptions& options) {
    require(options.arguments.size() == 1,
            QCoreApplication::translate("kim-cli", "Bitte geben Sie genau ein Paket an."));
    const QByteArray file = readFile(options.arguments.front(), exchange::AgeFile::MaxFileSize);
    const auto info = exchange::AgeFile::inspect(bytesOf(file));
    QStringList types;
    for (const auto& type : info.stanzaTypes) {
        types << QString::fromStdString(type);
    }
    print(QCoreApplication::translate("kim-cli", "Format:      age v1 (age-encryption.org/v1)"));
    print(QCoreApplication::translate("kim-cli", "Empfänger:   %1 (%2)")
              .arg(info.stanzaTypes.size())
              .arg(types.join(QStringLiteral(", "))));
    print(QCoreApplication::translate("kim-cli", "Größe:       %1 Bytes (Kopf %2, verschlüsselter Inhalt %3)")
              .arg(info.fileSize)
              .arg(info.headerSize)
              .arg(info.payloadSize));
    return 0;
}

int CliCommands::log(const CliOptions& options) {
    auto vault = openVault(options);
    for (const auto& entry : exchange::PackageLog(vault->database()).entries()) {
        const QString direction = entry.direction == exchange::PackageDirection::Incoming
                                      ? QCoreApplication::translate("kim-cli", "empfangen")
                                      : QCoreApplication::translate("kim-cli", "gesendet");
        print(QStringLiteral("%1  %2  %3  %4  %5  %6")
                  .arg(entry.recordedAt.toString(Qt::ISODate), direction, entry.kind, entry.packageId,
                       entry.peerKeyIds.join(QLatin1Char(',')), entry.peerNames));
    }
    return 0;
}

} // namespace kim::cli
