// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeTestSupport.h"

#include "exchange/AgeFile.h"
#include "exchange/PackageError.h"
#include "exchange/PackageOpener.h"
#include "support/FileBytes.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace kim;
using namespace kim::exchange;
using namespace kim::test;

namespace {

// The recipient trusts only the sender; the stranger is unknown to it.
OpenedPackage openFixture(const QString& name) {
    static const Identity recipient = loadFixtureIdentity(QStringLiteral("recipient"));
    static const Identity sender = loadFixtureIdentity(QStringLiteral("sender"));
    const QByteArray file = fileBytes(exchangeDataPath(name));
    return PackageOpener::open(bytesOf(file), recipient, [](const MinisignPublicKey::KeyId& keyId) {
        return keyId == sender.signingKey().keyId() ? std::optional(sender.contactCard()) : std::nullopt;
    });
}

PackageFailure failureOf(const QString& name) {
    try {
        openFixture(name);
    } catch (const PackageError& error) {
        CHECK_FALSE(error.message().isEmpty());
        return error.failure();
    }
    FAIL("the fixture " << name.toStdString() << " was accepted");
    return PackageFailure::Damaged;
}

} // namespace

TEST_CASE("the valid fixture packages open and name their sender") {
    const auto opened = openFixture(QStringLiteral("valid.kimpkg"));
    CHECK(opened.payload.kind == QStringLiteral("caseload-report"));
    CHECK(opened.payload.period == QStringLiteral("2025-Q3"));
    CHECK(opened.sender.name() == QStringLiteral("sender"));
    const auto large = openFixture(QStringLiteral("valid-large.kimpkg"));
    CHECK(large.payloadJson.size() > 65536);
}

TEST_CASE("every hostile fixture fails with its own precise reason") {
    const std::vector<std::pair<const char*, PackageFailure>> cases = {
        {"zero-length.kimpkg", PackageFailure::NotAgeFile},
        {"not-age.kimpkg", PackageFailure::NotAgeFile},
        {"age-v2.kimpkg", PackageFailure::UnsupportedVersion},
        {"truncated-header.kimpkg", PackageFailure::Damaged},
        {"truncated-body.kimpkg", PackageFailure::Damaged},
        {"truncated-at-chunk.kimpkg", PackageFailure::Damaged},
        {"header-bitflip.kimpkg", PackageFailure::Damaged},
        {"body-bitflip.kimpkg", PackageFailure::Damaged},
        {"mac-bitflip.kimpkg", PackageFailure::Damaged},
        {"oversized-stanza.kimpkg", PackageFailure::Damaged},
        {"many-stanzas.kimpkg", PackageFailure::Damaged},
        {"low-order-point.kimpkg", PackageFailure::Damaged},
        {"wrong-recipient.kimpkg", PackageFailure::NotForThisWorkspace},
        {"swapped-signature.kimpkg", PackageFailure::SignatureInvalid},
        {"sender-mismatch.kimpkg", PackageFailure::SignatureInvalid},
        {"no-signature.kimpkg", PackageFailure::SignatureInvalid},
        {"signer-unknown.kimpkg", PackageFailure::SignerUnknown},
        {"recipient-mismatch.kimpkg", PackageFailure::RecipientMismatch},
        {"unsupported-schema.kimpkg", PackageFailure::UnsupportedVersion},
    };
    for (const auto& [name, expected] : cases) {
        INFO(name);
        CHECK(failureOf(QString::fromLatin1(name)) == expected);
    }
}

TEST_CASE("crashes found by the fuzzer stay fixed") {
    const QDir crashes(exchangeDataPath(QStringLiteral("fuzz-crashes")));
    for (const QString& name : crashes.entryList(QDir::Files)) {
        INFO(name.toStdString());
        CHECK_THROWS(openFixture(QStringLiteral("fuzz-crashes/") + name));
    }
}

TEST_CASE("an administrator can check a package by hand with age -d and minisign -V") {
    QTemporaryDir dir;
    const QString script =
        QStringLiteral("set -e; cd '%1'; age -d -i '%2' '%3' > bundle; head -n 4 bundle > payload.json.minisig; "
                       "tail -n +5 bundle > payload.json; minisign -V -p '%4' -m payload.json");
    const auto run =
        runTool(QStringLiteral("sh"),
                {QStringLiteral("-c"), script.arg(dir.path(), exchangeDataPath(QStringLiteral("recipient.agekey")),
                                                  exchangeDataPath(QStringLiteral("valid.kimpkg")),
                                                  exchangeDataPath(QStringLiteral("sender.minisign.pub")))});
    INFO(run.errors.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.output.contains("Signature and comment signature verified"));
    CHECK(fileBytes(dir.filePath(QStringLiteral("payload.json"))).contains("\"kind\": \"caseload-report\""));
}
