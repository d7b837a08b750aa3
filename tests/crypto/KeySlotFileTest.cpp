// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Error.h"
#include "crypto/KeySlotFile.h"
#include "support/ErrorOf.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kim;
using namespace kim::crypto;

using kim::test::errorOf;

TEST_CASE("the data key comes back only with the right password") {
    Botan::secure_vector<uint8_t> dataKey;
    const auto file =
        KeySlotFile::create(QStringLiteral("Kürbis-Laterne 2026"), QStringLiteral("main"), KdfParams{}, dataKey);
    REQUIRE(dataKey.size() == 32);
    CHECK(file.unlock(QStringLiteral("Kürbis-Laterne 2026")) == dataKey);
    CHECK(errorOf([&] { file.unlock(QStringLiteral("kürbis-laterne 2026")); }) == ErrorCode::WrongPassword);
}

TEST_CASE("a saved header loads again, is private to the owner and survives a password change of one slot") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.keys"));
    Botan::secure_vector<uint8_t> dataKey;
    auto file = KeySlotFile::create(QStringLiteral("erstes"), QStringLiteral("main"), KdfParams{}, dataKey);
    file.addSlot(dataKey, QStringLiteral("vertretung"), QStringLiteral("deputy"), KdfParams{});
    file.save(path);
    CHECK((QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser)) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    auto loaded = KeySlotFile::load(path);
    REQUIRE(loaded.slots().size() == 2);
    QString slotId;
    CHECK(loaded.unlock(QStringLiteral("erstes"), &slotId) == dataKey);
    loaded.rewrapSlot(slotId, dataKey, QStringLiteral("zweites"), KdfParams{});
    loaded.save(path);

    const auto reloaded = KeySlotFile::load(path);
    CHECK(reloaded.unlock(QStringLiteral("zweites")) == dataKey);
    CHECK(reloaded.unlock(QStringLiteral("vertretung")) == dataKey);
    CHECK(errorOf([&] { reloaded.unlock(QStringLiteral("erstes")); }) == ErrorCode::WrongPassword);
}

TEST_CASE("damaged, missing and hostile headers are refused with a clear error") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.keys"));
    Botan::secure_vector<uint8_t> dataKey;
    KeySlotFile::create(QStringLiteral("pw"), QStringLiteral("main"), KdfParams{}, dataKey).save(path);
    QFile input(path);
    REQUIRE(input.open(QIODevice::ReadOnly));
    const QByteArray original = input.readAll();
    input.close();

    const auto writeAndLoad = [&](const QByteArray& content) {
        QFile output(path);
        REQUIRE(output.open(QIODevice::WriteOnly | QIODevice::Truncate));
        output.write(content);
        output.close();
        return errorOf([&] { KeySlotFile::load(path); });
    };

    CHECK(errorOf([&] { KeySlotFile::load(dir.filePath(QStringLiteral("missing.keys"))); }) == ErrorCode::FileMissing);
    CHECK(writeAndLoad(original.left(original.size() / 2)) == ErrorCode::DamagedHeader);
    CHECK(writeAndLoad(QByteArray()) == ErrorCode::DamagedHeader);
    CHECK(writeAndLoad(QByteArray(5000, '\xff')) == ErrorCode::DamagedHeader);

    QByteArray flipped = original;
    const auto saltAt = flipped.indexOf("\"salt\": \"") + 10;
    flipped[saltAt] = flipped[saltAt] == 'A' ? 'B' : 'A';
    CHECK(writeAndLoad(flipped) == ErrorCode::DamagedHeader);

    // A header rewritten with a valid checksum but weakened KDF settings is refused too.
    auto root = QJsonDocument::fromJson(original).object();
    auto body = root.value(QStringLiteral("body")).toObject();
    auto slots = body.value(QStringLiteral("slots")).toArray();
    auto slot = slots.at(0).toObject();
    slot.insert(QStringLiteral("iterations"), 1);
    slots.replace(0, slot);
    body.insert(QStringLiteral("slots"), slots);
    root.insert(QStringLiteral("body"), body);
    root.insert(QStringLiteral("sha256"),
                QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                             QCryptographicHash::Sha256)
                                        .toHex()));
    CHECK(writeAndLoad(QJsonDocument(root).toJson()) == ErrorCode::DamagedHeader);

    root.insert(QStringLiteral("version"), 99);
    CHECK(writeAndLoad(QJsonDocument(root).toJson()) == ErrorCode::UnsupportedVersion);
}

TEST_CASE("a header cannot be written into a location that does not accept files") {
    Botan::secure_vector<uint8_t> dataKey;
    const auto file = KeySlotFile::create(QStringLiteral("pw"), QStringLiteral("main"), KdfParams{}, dataKey);
    // /proc refuses new files even for root, so this holds in CI as well.
    CHECK(errorOf([&] { file.save(QStringLiteral("/proc/kim-fallakte-test.keys")); }) == ErrorCode::NotWritable);
}
