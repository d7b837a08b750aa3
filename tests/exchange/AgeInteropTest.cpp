// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeTestSupport.h"

#include "exchange/AgeFile.h"
#include "exchange/AgeX25519.h"
#include "exchange/PackageError.h"
#include "support/FileBytes.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace kim;
using namespace kim::exchange;
using namespace kim::test;

namespace {

QByteArray sample(qsizetype size) {
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        data[i] = static_cast<char>((i * 131 + 7) % 251);
    }
    return data;
}

// Sizes around the 64 KiB chunk boundary, where STREAM implementations go wrong.
const std::vector<qsizetype> Sizes = {0, 1, 65535, 65536, 65537, 2 * 65536, 200000};

PackageFailure failureOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const PackageError& error) {
        CHECK_FALSE(error.message().isEmpty());
        return error.failure();
    }
    FAIL("no PackageError was thrown");
    return PackageFailure::Damaged;
}

} // namespace

TEST_CASE("our X25519 encryption decrypts with age -d") {
    QTemporaryDir dir;
    const auto secret = AgeX25519::generateSecret();
    const auto identityLine = AgeX25519::encodeIdentity(secret);
    const QString keyPath = dir.filePath(QStringLiteral("key.txt"));
    writeBytes(keyPath, QByteArray(identityLine.data(), static_cast<qsizetype>(identityLine.size())) + "\n");
    for (const qsizetype size : Sizes) {
        INFO("plaintext size " << size);
        const QByteArray plain = sample(size);
        const QString packagePath = dir.filePath(QStringLiteral("p.age"));
        writeBytes(packagePath, toQByteArray(AgeFile::encrypt(bytesOf(plain), {AgeX25519::publicKey(secret)})));
        const auto run =
            runTool(QStringLiteral("age"), {QStringLiteral("-d"), QStringLiteral("-i"), keyPath, packagePath});
        INFO(run.errors.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.output == plain);
    }
}

TEST_CASE("age -e output to an age-keygen key decrypts with ours") {
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("key.txt"));
    REQUIRE(runTool(QStringLiteral("age-keygen"), {QStringLiteral("-o"), keyPath}).exitCode == 0);
    std::optional<Botan::secure_vector<uint8_t>> secret;
    QByteArray recipient;
    for (const QByteArray& line : fileBytes(keyPath).split('\n')) {
        if (line.startsWith("# public key: ")) {
            recipient = line.mid(14);
        } else if (line.startsWith("AGE-SECRET-KEY-1")) {
            secret = AgeX25519::decodeIdentity(line.toStdString());
        }
    }
    REQUIRE(secret);
    CHECK(QByteArray::fromStdString(AgeX25519::encodeRecipient(AgeX25519::publicKey(*secret))) == recipient);
    for (const qsizetype size : Sizes) {
        INFO("plaintext size " << size);
        const QByteArray plain = sample(size);
        const auto run = runTool(QStringLiteral("age"),
                                 {QStringLiteral("-e"), QStringLiteral("-r"), QString::fromLatin1(recipient)}, plain);
        REQUIRE(run.exitCode == 0);
        CHECK(toQByteArray(AgeFile::decrypt(bytesOf(run.output), *secret)) == plain);
    }
}

TEST_CASE("a file for two recipients opens for each and not for a third") {
    const auto first = AgeX25519::generateSecret();
    const auto second = AgeX25519::generateSecret();
    const QByteArray plain = sample(1000);
    const auto file = AgeFile::encrypt(bytesOf(plain), {AgeX25519::publicKey(first), AgeX25519::publicKey(second)});
    CHECK(toQByteArray(AgeFile::decrypt(file, first)) == plain);
    CHECK(toQByteArray(AgeFile::decrypt(file, second)) == plain);
    CHECK(failureOf([&] { AgeFile::decrypt(file, AgeX25519::generateSecret()); }) ==
          PackageFailure::NotForThisWorkspace);
}

TEST_CASE("our passphrase encryption decrypts with age -d typed into a terminal") {
    QTemporaryDir dir;
    const QByteArray plain = sample(70000);
    const QString path = dir.filePath(QStringLiteral("p.age"));
    const QString outPath = dir.filePath(QStringLiteral("out.bin"));
    writeBytes(path,
               toQByteArray(AgeFile::encryptWithPassphrase(bytesOf(plain), QStringLiteral("Kaffee Tasse 42"), 12)));
    const auto run = runInTerminal(QStringLiteral("age -d -o '%1' '%2'").arg(outPath, path), "Kaffee Tasse 42\n");
    INFO(run.output.toStdString());
    CHECK(fileBytes(outPath) == plain);
}

TEST_CASE("age -p output decrypts with our passphrase decryption") {
    QTemporaryDir dir;
    const QByteArray plain = sample(1234);
    const QString inPath = dir.filePath(QStringLiteral("in.bin"));
    const QString path = dir.filePath(QStringLiteral("p.age"));
    writeBytes(inPath, plain);
    const auto run = runInTerminal(QStringLiteral("age -p -o '%1' '%2'").arg(path, inPath), "Kaffee Tasse 42\n");
    INFO(run.output.toStdString());
    const QByteArray file = fileBytes(path);
    REQUIRE(file.startsWith("age-encryption.org/v1\n-> scrypt "));
    CHECK(toQByteArray(AgeFile::decryptWithPassphrase(bytesOf(file), QStringLiteral("Kaffee Tasse 42"))) == plain);
    CHECK(failureOf([&] { AgeFile::decryptWithPassphrase(bytesOf(file), QStringLiteral("falsch")); }) ==
          PackageFailure::WrongPassphrase);
}

TEST_CASE("recipient and identity encodings reject mixed case, wrong prefixes and bad checksums") {
    const auto secret = AgeX25519::generateSecret();
    const std::string recipient = AgeX25519::encodeRecipient(AgeX25519::publicKey(secret));
    CHECK(recipient.starts_with("age1"));
    CHECK(AgeX25519::decodeRecipient(recipient));
    std::string mixed = recipient;
    const size_t letter = mixed.find_first_of("abcdefghijklmnopqrstuvwxyz", 4);
    mixed[letter] = static_cast<char>(std::toupper(mixed[letter]));
    CHECK_FALSE(AgeX25519::decodeRecipient(mixed));
    std::string broken = recipient;
    broken.back() = broken.back() == 'q' ? 'p' : 'q';
    CHECK_FALSE(AgeX25519::decodeRecipient(broken));
    const auto identity = AgeX25519::encodeIdentity(secret);
    const std::string identityText(identity.begin(), identity.end());
    CHECK(identityText.starts_with("AGE-SECRET-KEY-1"));
    CHECK_FALSE(AgeX25519::decodeRecipient(identityText));
    CHECK_FALSE(AgeX25519::decodeIdentity(recipient));
    CHECK(*AgeX25519::decodeIdentity(identityText) == secret);
}
