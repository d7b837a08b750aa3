// SPDX-License-Identifier: GPL-3.0-or-later
// The real SQLCipher 3 vault of tests/data/vault (written by program version 0.1 on Debian 12's
// SQLCipher 3.4.1) converted to SQLCipher 4: every row kept, the old file untouched on failure.

#include "crypto/KeySlotFile.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/PrivateFiles.h"
#include "storage/Sqlcipher3Migration.h"
#include "storage/Vault.h"
#include "support/ErrorOf.h"
#include "support/FileBytes.h"
#include "support/OldVaultFixture.h"
#include "support/VaultDigest.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace kim;
using namespace kim::storage;
using kim::test::errorOf;
using kim::test::fileBytes;

namespace {

const QString& Password = test::OldVaultPassword;
const QByteArray& ExpectedDigest = test::OldVaultDigest;

// A copy of the fixture in a temporary folder, with its bytes and its data key.
struct OldVault {
    OldVault() {
        original = fileBytes(path);
        key = crypto::KeySlotFile::load(Vault::keyFilePath(path)).unlock(Password);
    }

    QTemporaryDir dir;
    QString path = test::copyOldVault(dir);
    QByteArray original;
    Botan::secure_vector<uint8_t> key;
};

QString pragma(Database& db, const QString& name) {
    auto statement = db.prepare(QStringLiteral("PRAGMA %1").arg(name));
    return statement.step() ? statement.text(0) : QString();
}

} // namespace

TEST_CASE("a vault of SQLCipher 3 converts to SQLCipher 4 with every row kept") {
    OldVault old;
    REQUIRE(Sqlcipher3Migration::isSqlcipher3(old.path, old.key));
    CHECK(errorOf([&] { Database::open(old.path, old.key, Database::OpenMode::Existing); }) == ErrorCode::KeyMismatch);
    CHECK((fileBytes(old.path) == old.original));

    Sqlcipher3Migration::convert(old.path, old.key);

    CHECK_FALSE(Sqlcipher3Migration::isSqlcipher3(old.path, old.key));
    CHECK((fileBytes(Sqlcipher3Migration::backupPath(old.path)) == old.original));
    CHECK_FALSE(QFileInfo::exists(Sqlcipher3Migration::partialPath(old.path)));
    CHECK(QFileInfo(old.path).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const auto db = Database::open(old.path, old.key, Database::OpenMode::Existing);
    CHECK(db->userVersion() == 10);
    CHECK(pragma(*db, QStringLiteral("cipher_hmac_algorithm")) == QStringLiteral("HMAC_SHA256"));
    CHECK(pragma(*db, QStringLiteral("cipher_page_size")) == QStringLiteral("4096"));
    CHECK_NOTHROW(db->verifyIntegrity());
    const auto content = test::vaultContent(*db);
    CHECK(content.rowCounts.value(QStringLiteral("consultations")) == 76);
    CHECK(content.digest == ExpectedDigest);
}

TEST_CASE("unlocking an old vault converts it, moves its search index to FTS5 and drops the backup") {
    OldVault old;
    const auto vault = Vault::open(old.path, Password);
    Database& db = vault->database();
    CHECK(db.userVersion() == Migrator::latestVersion());
    CHECK(db.cipherVersion().startsWith(QStringLiteral("4.14.")));
    CHECK_FALSE(QFileInfo::exists(Sqlcipher3Migration::backupPath(old.path)));
    CHECK(test::vaultContent(db).digest == ExpectedDigest);

    auto index = db.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'consultation_fts'"));
    REQUIRE(index.step());
    CHECK(index.text(0).contains(QStringLiteral("fts5")));
    // Every note with "für" is found by "fur": remove_diacritics 2 folds the umlaut.
    auto withUmlaut = db.prepare(QStringLiteral("SELECT count(*) FROM consultations WHERE notes LIKE '%für%'"));
    withUmlaut.step();
    REQUIRE(withUmlaut.integer(0) > 0);
    auto found =
        db.prepare(QStringLiteral("SELECT count(*) FROM consultation_fts WHERE consultation_fts MATCH '\"fur\"'"));
    found.step();
    CHECK(found.integer(0) >= withUmlaut.integer(0));
}

TEST_CASE("a failed conversion leaves the old vault byte-identical and no files behind") {
    OldVault old;
    // A folder where the new file must go: the export cannot write it.
    REQUIRE(QDir().mkpath(Sqlcipher3Migration::partialPath(old.path)));
    CHECK(errorOf([&] { Sqlcipher3Migration::convert(old.path, old.key); }) == ErrorCode::FileExists);
    CHECK((fileBytes(old.path) == old.original));
    CHECK_FALSE(QFileInfo::exists(Sqlcipher3Migration::backupPath(old.path)));
    CHECK_FALSE(QFileInfo::exists(old.path + QStringLiteral("-wal")));
}

TEST_CASE("what an interrupted conversion left is cleaned up at the next unlock") {
    OldVault old;
    SECTION("a partial new file next to the old vault") {
        QFile part(Sqlcipher3Migration::partialPath(old.path));
        REQUIRE(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(3 * 4096, '\x5a'));
    }
    SECTION("a backup link made just before the swap") {
        REQUIRE(QFile::copy(old.path, Sqlcipher3Migration::backupPath(old.path)));
    }
    SECTION("the backup of a conversion that was swapped in") {
        Sqlcipher3Migration::convert(old.path, old.key);
        REQUIRE(QFileInfo::exists(Sqlcipher3Migration::backupPath(old.path)));
    }
    const auto vault = Vault::open(old.path, Password);
    CHECK(test::vaultContent(vault->database()).digest == ExpectedDigest);
    CHECK_FALSE(QFileInfo::exists(Sqlcipher3Migration::partialPath(old.path)));
    CHECK_FALSE(QFileInfo::exists(Sqlcipher3Migration::backupPath(old.path)));
}

TEST_CASE("a vault that another connection still has open is not converted") {
    OldVault old;
    {
        const auto other =
            Database::open(old.path, old.key, Database::OpenMode::Existing, Database::PageFormat::Sqlcipher3);
        CHECK(errorOf([&] { Sqlcipher3Migration::convert(old.path, old.key); }) == ErrorCode::Busy);
        CHECK_FALSE(QFileInfo::exists(Sqlcipher3Migration::partialPath(old.path)));
        CHECK_FALSE(QFileInfo::exists(Sqlcipher3Migration::backupPath(old.path)));
    }
    CHECK((fileBytes(old.path) == old.original));
    CHECK(test::vaultContent(
              *Database::open(old.path, old.key, Database::OpenMode::Existing, Database::PageFormat::Sqlcipher3))
              .digest == ExpectedDigest);
}

TEST_CASE("a second opener waits for no conversion: it is told the vault is busy") {
    OldVault old;
    const ExclusiveFileLock converting(old.path); // what a first opener holds while it converts
    CHECK(errorOf([&] { Vault::open(old.path, Password); }) == ErrorCode::Busy);
    CHECK((fileBytes(old.path) == old.original));
}

TEST_CASE("a vault reached through a symbolic link is converted where it lies") {
    OldVault old;
    const QString link = old.dir.filePath(QStringLiteral("verknuepfung.kimvault"));
    REQUIRE(QFile::link(old.path, link));
    REQUIRE(QFile::link(Vault::keyFilePath(old.path), Vault::keyFilePath(link)));
    {
        const auto vault = Vault::open(link, Password);
        CHECK(test::vaultContent(vault->database()).digest == ExpectedDigest);
    }
    CHECK(QFileInfo(link).isSymLink());
    CHECK_FALSE(Sqlcipher3Migration::isSqlcipher3(old.path, old.key));
    CHECK_FALSE(QFileInfo::exists(Sqlcipher3Migration::backupPath(old.path)));
}
