// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeTestSupport.h"

#include "exchange/AgeFile.h"
#include "exchange/AgePrimitives.h"
#include "exchange/MinisignSignature.h"
#include "exchange/PackageBundle.h"
#include "exchange/PackagePayload.h"
#include "exchange/PackageSealer.h"
#include "support/FileBytes.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace kim;
using namespace kim::exchange;
using namespace kim::test;

// Writes the hostile fixtures of tests/data/exchange. Hidden: run it by hand with
// `exchange_tests "[.generate]"` after a format change, then commit the files.
namespace {

QString fixture(const QString& name) {
    return exchangeDataPath(name);
}

Identity fixtureIdentity(const QString& name) {
    if (!QFileInfo::exists(fixture(name + QStringLiteral(".agekey")))) {
        saveFixtureIdentity(Identity::generate(), exchangeDataDir(), name);
    }
    return loadFixtureIdentity(name);
}

QByteArray payloadJson(const Identity& sender, const QStringList& recipients, int schemaVersion = 1,
                       const QJsonValue& content = QJsonObject{{QStringLiteral("cases"), 3}}) {
    PackagePayload payload;
    payload.kind = QStringLiteral("caseload-report");
    payload.schemaVersion = schemaVersion;
    payload.id = QUuid::createUuid();
    payload.created = QDateTime(QDate(2025, 10, 1), QTime(9, 0), Qt::UTC);
    payload.senderKeyId = sender.keyIdText();
    payload.recipientKeyIds = recipients;
    payload.period = QStringLiteral("2025-Q3");
    payload.content = content;
    return payload.toJson();
}

// Signs `signedJson` but carries `carriedJson` (the same document unless given).
QByteArray sealRaw(const Identity& signer, const QByteArray& signedJson,
                   const std::vector<std::vector<uint8_t>>& recipients, const QByteArray& carriedJson = {}) {
    const auto signature = MinisignSignature::sign(signer.signingKey(), bytesOf(signedJson), QStringLiteral("test"));
    const QByteArray carried = carriedJson.isNull() ? signedJson : carriedJson;
    return toQByteArray(AgeFile::encrypt(PackageBundle::join(signature, bytesOf(carried)), recipients));
}

QByteArray flipped(QByteArray data, qsizetype position) {
    data[position] = static_cast<char>(data[position] == 'A' ? 'B' : 'A');
    return data;
}

QByteArray fakeHeader(const QByteArray& stanzas) {
    return "age-encryption.org/v1\n" + stanzas + "--- " + QByteArray(43, 'A') + "\n" + QByteArray(40, '\0');
}

} // namespace

TEST_CASE("regenerate the hostile exchange fixtures", "[.generate]") {
    QDir().mkpath(exchangeDataDir());
    const Identity recipient = fixtureIdentity(QStringLiteral("recipient"));
    const Identity sender = fixtureIdentity(QStringLiteral("sender"));
    const Identity stranger = fixtureIdentity(QStringLiteral("stranger"));
    writeBytes(fixture(QStringLiteral("sender.card")), sender.contactCard().fileText());
    writeBytes(fixture(QStringLiteral("recipient.card")), recipient.contactCard().fileText());
    const std::vector<std::vector<uint8_t>> toRecipient{recipient.agePublicKey()};
    const QStringList recipientIds{recipient.keyIdText()};

    PackagePayload payload;
    payload.kind = QStringLiteral("caseload-report");
    payload.id = QUuid::createUuid();
    payload.created = QDateTime(QDate(2025, 10, 1), QTime(9, 0), Qt::UTC);
    payload.period = QStringLiteral("2025-Q3");
    payload.content = QJsonObject{{QStringLiteral("cases"), 3}};
    const QByteArray valid = toQByteArray(PackageSealer::seal(payload, sender, {recipient.contactCard()}));
    writeBytes(fixture(QStringLiteral("valid.kimpkg")), valid);

    QJsonArray rows;
    for (int i = 0; i < 4000; ++i) {
        rows.append(QStringLiteral("Zeile %1 mit etwas Text").arg(i));
    }
    const QByteArray large = sealRaw(sender, payloadJson(sender, recipientIds, 1, rows), toRecipient);
    REQUIRE(large.size() > 2 * 65536);
    writeBytes(fixture(QStringLiteral("valid-large.kimpkg")), large);
    // Cut after the first full chunk: what is left looks complete but lacks its final chunk.
    const qsizetype payloadStart = large.indexOf('\n', large.indexOf("\n--- ") + 1) + 1 + 16;
    writeBytes(fixture(QStringLiteral("truncated-at-chunk.kimpkg")), large.left(payloadStart + 65536 + 16));

    writeBytes(fixture(QStringLiteral("zero-length.kimpkg")), QByteArray());
    writeBytes(fixture(QStringLiteral("not-age.kimpkg")), payloadJson(sender, recipientIds));
    writeBytes(fixture(QStringLiteral("age-v2.kimpkg")),
               QByteArray(valid).replace("age-encryption.org/v1", "age-encryption.org/v2"));
    writeBytes(fixture(QStringLiteral("truncated-header.kimpkg")), valid.left(40));
    writeBytes(fixture(QStringLiteral("truncated-body.kimpkg")), valid.left(valid.size() - 10));
    writeBytes(fixture(QStringLiteral("body-bitflip.kimpkg")), flipped(valid, valid.size() - 40));
    writeBytes(fixture(QStringLiteral("mac-bitflip.kimpkg")), flipped(valid, valid.indexOf("\n--- ") + 10));

    const QByteArray two =
        sealRaw(sender, payloadJson(sender, recipientIds), {recipient.agePublicKey(), stranger.agePublicKey()});
    const qsizetype secondStanza = two.indexOf("-> X25519 ", two.indexOf("-> X25519 ") + 1);
    writeBytes(fixture(QStringLiteral("header-bitflip.kimpkg")), flipped(two, two.indexOf('\n', secondStanza) + 5));

    QByteArray hugeBody;
    for (int i = 0; i < 2000; ++i) {
        hugeBody += QByteArray(64, 'A') + "\n";
    }
    writeBytes(fixture(QStringLiteral("oversized-stanza.kimpkg")),
               fakeHeader("-> X25519 " + QByteArray(43, 'A') + "\n" + hugeBody + "AAAA\n"));
    QByteArray grease;
    for (int i = 0; i < 1000; ++i) {
        grease += "-> grease-" + QByteArray::number(i) + "\n\n";
    }
    writeBytes(fixture(QStringLiteral("many-stanzas.kimpkg")), fakeHeader(grease));
    writeBytes(fixture(QStringLiteral("low-order-point.kimpkg")),
               fakeHeader("-> X25519 " + QByteArray(43, 'A') + "\n" + QByteArray(43, 'A') + "\n"));

    writeBytes(fixture(QStringLiteral("wrong-recipient.kimpkg")),
               sealRaw(sender, payloadJson(sender, {stranger.keyIdText()}), {stranger.agePublicKey()}));
    writeBytes(fixture(QStringLiteral("swapped-signature.kimpkg")),
               sealRaw(sender, payloadJson(sender, recipientIds), toRecipient, payloadJson(sender, recipientIds)));
    writeBytes(fixture(QStringLiteral("sender-mismatch.kimpkg")),
               sealRaw(sender, payloadJson(stranger, recipientIds), toRecipient));
    writeBytes(fixture(QStringLiteral("signer-unknown.kimpkg")),
               sealRaw(stranger, payloadJson(stranger, recipientIds), toRecipient));
    writeBytes(fixture(QStringLiteral("recipient-mismatch.kimpkg")),
               sealRaw(sender, payloadJson(sender, {stranger.keyIdText()}), toRecipient));
    writeBytes(fixture(QStringLiteral("unsupported-schema.kimpkg")),
               sealRaw(sender, payloadJson(sender, recipientIds, 2), toRecipient));
    writeBytes(fixture(QStringLiteral("no-signature.kimpkg")),
               toQByteArray(AgeFile::encrypt(bytesOf(payloadJson(sender, recipientIds)), toRecipient)));
}
