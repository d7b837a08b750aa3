// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/Vault.h"
#include "support/ErrorOf.h"
#include "support/FileBytes.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace kim;
using namespace kim::storage;
using kim::test::errorOf;
using kim::test::fileBytes;

namespace {

const QString password = QString::fromUtf8(test::TestVault::Password);

QString pragma(Database& db, const char* name) {
    auto statement = db.prepare(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return statement.step() ? statement.text(0) : QString();
}

void storeMarker(Database& db, const QString& marker) {
    auto insert = db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?1, ?2)"));
    insert.bind(1, QStringLiteral("canary")).bind(2, marker.repeated(50)).run();
}

} // namespace

TEST_CASE("a new vault opens again with its password and keeps its data") {
    test::TestVault tv;
    storeMarker(tv.vault->database(), QStringLiteral("Hallo"));
    tv.vault.reset();

    auto vault = Vault::open(tv.path(), password);
    auto statement = vault->database().prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'canary'"));
    REQUIRE(statement.step());
    CHECK(statement.text(0).startsWith(QStringLiteral("HalloHallo")));
    CHECK(vault->kind() == WorkspaceKind::CaseManager);
}

TEST_CASE("every open applies the security settings") {
    test::TestVault tv;
    Database& db = tv.vault->database();
    CHECK_FALSE(db.cipherVersion().isEmpty());
    CHECK(pragma(db, "cipher_page_size") == QStringLiteral("4096"));
    CHECK(pragma(db, "journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(db, "synchronous") == QStringLiteral("2"));
    CHECK(pragma(db, "secure_delete") == QStringLiteral("1"));
    CHECK(pragma(db, "foreign_keys") == QStringLiteral("1"));
    CHECK(pragma(db, "cache_size") == QStringLiteral("-65536"));
}

TEST_CASE("no plaintext marker appears in the vault, its WAL, its SHM or its key file") {
    test::TestVault tv;
    const QString marker = QStringLiteral("KANARIENVOGEL-Ößüä-4711");
    storeMarker(tv.vault->database(), marker);

    const auto checkFiles = [&] {
        for (const auto& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys")}) {
            const QByteArray bytes = fileBytes(tv.path() + suffix);
            INFO(suffix.toStdString());
            CHECK_FALSE(bytes.contains(marker.toUtf8()));
            CHECK_FALSE(bytes.contains(QByteArrayLiteral("KANARIENVOGEL")));
            CHECK_FALSE(bytes.contains(QByteArrayLiteral("SQLite format 3")));
        }
    };
    REQUIRE(fileBytes(tv.path() + QStringLiteral("-wal")).size() > 0); // the marker is in the WAL now
    checkFiles();
    tv.vault.reset();
    checkFiles();
}

TEST_CASE("the vault, its WAL, its SHM and its key file are readable by the owner only") {
    test::TestVault tv;
    storeMarker(tv.vault->database(), QStringLiteral("x"));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const auto& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys")}) {
        INFO(suffix.toStdString());
        REQUIRE(QFile::exists(tv.path() + suffix));
        CHECK((QFile::permissions(tv.path() + suffix) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser)) ==
              ownerOnly);
    }
}

TEST_CASE("a password change takes the new password, refuses the old one and keeps the data") {
    test::TestVault tv;
    storeMarker(tv.vault->database(), QStringLiteral("Bleibt"));
    const QByteArray databaseBefore = fileBytes(tv.path());
    tv.vault->changePassword(password, QStringLiteral("ganz neues Passwort"), test::fastKdf());
    CHECK((fileBytes(tv.path()) == databaseBefore)); // only the key slot is rewrapped
    CHECK(errorOf([&] { tv.vault->changePassword(QStringLiteral("falsch"), QStringLiteral("x"), test::fastKdf()); }) ==
          ErrorCode::WrongPassword);
    tv.vault.reset();

    CHECK(errorOf([&] { Vault::open(tv.path(), password); }) == ErrorCode::WrongPassword);
    auto vault = Vault::open(tv.path(), QStringLiteral("ganz neues Passwort"));
    auto statement = vault->database().prepare(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'canary'"));
    REQUIRE(statement.step());
    CHECK(statement.integer(0) == 1);
}

TEST_CASE("a vault is never created over an existing file") {
    test::TestVault tv;
    tv.vault.reset();
    const QByteArray before = fileBytes(tv.path());
    CHECK(errorOf([&] {
              Vault::create(tv.path(), QStringLiteral("anderes"), WorkspaceKind::CaseManager, test::fastKdf(),
                            kim::test::wallClock());
          }) == ErrorCode::FileExists);
    CHECK((fileBytes(tv.path()) == before));
    CHECK(Vault::open(tv.path(), password) != nullptr);
}
