// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeTestSupport.h"

#include "exchange/MinisignSecretKey.h"
#include "exchange/MinisignSignature.h"
#include "exchange/PackageError.h"
#include "support/FileBytes.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace kim;
using namespace kim::exchange;
using namespace kim::test;

namespace {

const QByteArray Message = "{\"kind\":\"test\",\"content\":\"Grüße aus dem Kreis\"}\n";

} // namespace

TEST_CASE("our signatures verify with minisign -V") {
    QTemporaryDir dir;
    const auto key = MinisignSecretKey::generate();
    const QString pubPath = dir.filePath(QStringLiteral("key.pub"));
    const QString filePath = dir.filePath(QStringLiteral("payload.json"));
    writeBytes(pubPath, key.publicKey().fileText().toUtf8());
    writeBytes(filePath, Message);
    const auto signature = MinisignSignature::sign(key, bytesOf(Message), QStringLiteral("kind:test\tid:1"));
    writeBytes(filePath + QStringLiteral(".minisig"), QByteArray::fromStdString(signature.fileText()));
    const auto run = runTool(QStringLiteral("minisign"),
                             {QStringLiteral("-V"), QStringLiteral("-p"), pubPath, QStringLiteral("-m"), filePath});
    INFO(run.errors.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.output.contains("Trusted comment: kind:test\tid:1"));

    SECTION("and minisign rejects them for a changed file") {
        writeBytes(filePath, Message + " ");
        CHECK(runTool(QStringLiteral("minisign"),
                      {QStringLiteral("-V"), QStringLiteral("-p"), pubPath, QStringLiteral("-m"), filePath})
                  .exitCode != 0);
    }
}

TEST_CASE("minisign -S signatures with a minisign -G -W key verify with ours") {
    QTemporaryDir dir;
    const QString pubPath = dir.filePath(QStringLiteral("key.pub"));
    const QString secPath = dir.filePath(QStringLiteral("key.sec"));
    const QString filePath = dir.filePath(QStringLiteral("payload.json"));
    REQUIRE(runTool(QStringLiteral("minisign"), {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"),
                                                 pubPath, QStringLiteral("-s"), secPath})
                .exitCode == 0);
    writeBytes(filePath, Message);
    REQUIRE(
        runTool(QStringLiteral("minisign"), {QStringLiteral("-S"), QStringLiteral("-s"), secPath, QStringLiteral("-m"),
                                             filePath, QStringLiteral("-t"), QStringLiteral("von minisign")})
            .exitCode == 0);
    const auto publicKey = MinisignPublicKey::parse(fileBytes(pubPath).toStdString());
    REQUIRE(publicKey);
    const auto signature = MinisignSignature::parse(fileBytes(filePath + QStringLiteral(".minisig")).toStdString());
    REQUIRE(signature);
    CHECK(signature->trustedComment() == "von minisign");
    CHECK(signature->verify(*publicKey, bytesOf(Message)));
    CHECK_FALSE(signature->verify(*publicKey, bytesOf(Message + "x")));

    SECTION("the unencrypted secret key file reads and matches the public key") {
        const auto secret = MinisignSecretKey::parseFile(fileBytes(secPath).toStdString());
        CHECK(secret.publicKey().base64() == publicKey->base64());
        // minisign prints the key id in its comment as a number without leading zeros.
        const QByteArray comment = fileBytes(pubPath).split('\n').first();
        const QByteArray printedId = comment.mid(comment.lastIndexOf(' ') + 1);
        bool parsed = false;
        CHECK(printedId.toULongLong(&parsed, 16) == secret.publicKey().keyIdText().toULongLong(nullptr, 16));
        CHECK(parsed);
    }
    SECTION("minisign signs with a secret key file we wrote") {
        const auto ours = MinisignSecretKey::generate();
        const auto text = ours.fileText();
        writeBytes(secPath, QByteArray(text.data(), static_cast<qsizetype>(text.size())));
        REQUIRE(runTool(QStringLiteral("minisign"),
                        {QStringLiteral("-S"), QStringLiteral("-s"), secPath, QStringLiteral("-m"), filePath})
                    .exitCode == 0);
        const auto again = MinisignSignature::parse(fileBytes(filePath + QStringLiteral(".minisig")).toStdString());
        REQUIRE(again);
        CHECK(again->verify(ours.publicKey(), bytesOf(Message)));
    }
}

TEST_CASE("a changed trusted comment or a legacy non-prehashed signature is refused") {
    QTemporaryDir dir;
    const auto key = MinisignSecretKey::generate();
    std::string text = MinisignSignature::sign(key, bytesOf(Message), QStringLiteral("kind:a")).fileText();
    const size_t position = text.find("kind:a");
    text[position + 5] = 'b';
    const auto changed = MinisignSignature::parse(text);
    REQUIRE(changed);
    CHECK_FALSE(changed->verify(key.publicKey(), bytesOf(Message)));

    const QString secPath = dir.filePath(QStringLiteral("key.sec"));
    const QString filePath = dir.filePath(QStringLiteral("m.txt"));
    const auto secretText = key.fileText();
    writeBytes(secPath, QByteArray(secretText.data(), static_cast<qsizetype>(secretText.size())));
    writeBytes(filePath, Message);
    REQUIRE(runTool(QStringLiteral("minisign"), {QStringLiteral("-S"), QStringLiteral("-l"), QStringLiteral("-s"),
                                                 secPath, QStringLiteral("-m"), filePath})
                .exitCode == 0);
    CHECK_FALSE(MinisignSignature::parse(fileBytes(filePath + QStringLiteral(".minisig")).toStdString()));
}

TEST_CASE("encrypted minisign secret keys are refused with a clear error") {
    CHECK_THROWS_AS(MinisignSecretKey::parseFile("untrusted comment: x\nRWRTY0Iy\n"), kim::exchange::PackageError);
}
