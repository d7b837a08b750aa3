// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/Vault.h"
#include "support/ErrorOf.h"
#include "support/FileBytes.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace kim;
using namespace kim::storage;
using kim::test::errorOf;
using kim::test::fileBytes;
using kim::test::writeBytes;

namespace {

const QString password = QString::fromUtf8(test::TestVault::Password);

// A closed vault with a few pages of data, checkpointed into the main file.
struct ClosedVault {
    ClosedVault() {
        {
            auto insert = tv.vault->database().prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?1, ?2)"));
            for (int i = 0; i < 100; ++i) {
                insert.bind(1, QStringLiteral("row%1").arg(i)).bind(2, QStringLiteral("Inhalt ").repeated(100)).run();
                insert.reset();
            }
        }
        tv.vault.reset(); // the last connection checkpoints the WAL into the main file
        database = fileBytes(tv.path());
        header = fileBytes(Vault::keyFilePath(tv.path()));
    }

    // Opening must fail with `expected` and leave both files as they were.
    void expectRefusedUnchanged(ErrorCode expected, const QString& pw = password) {
        CHECK(errorOf([&] { Vault::open(tv.path(), pw); }) == expected);
        CHECK((fileBytes(tv.path()) == database));
        CHECK((fileBytes(Vault::keyFilePath(tv.path())) == header));
    }

    test::TestVault tv;
    QByteArray database;
    QByteArray header;
};

} // namespace

TEST_CASE("a wrong password leaves the vault byte-identical") {
    ClosedVault closed;
    REQUIRE(closed.database.size() > 8 * 4096);
    closed.expectRefusedUnchanged(ErrorCode::WrongPassword, QStringLiteral("falsches Passwort"));
    closed.expectRefusedUnchanged(ErrorCode::WrongPassword, QString());
}

TEST_CASE("a key file from another vault is recognised as the wrong key") {
    ClosedVault closed;
    test::TestVault other;
    other.vault.reset();
    const QByteArray foreignHeader = fileBytes(Vault::keyFilePath(other.path()));
    writeBytes(Vault::keyFilePath(closed.tv.path()), foreignHeader);
    closed.header = foreignHeader;
    closed.expectRefusedUnchanged(ErrorCode::KeyMismatch);
}

TEST_CASE("a tampered key file is reported as damaged") {
    ClosedVault closed;
    QByteArray tampered = closed.header;
    tampered.replace("\"wrappedKey\": \"", "\"wrappedKey\": \"AAAA");
    writeBytes(Vault::keyFilePath(closed.tv.path()), tampered);
    closed.header = tampered;
    closed.expectRefusedUnchanged(ErrorCode::DamagedHeader);
}

TEST_CASE("a damaged first page or a truncated file is detected on open and nothing is written") {
    ClosedVault closed;
    SECTION("the header's salt") {
        closed.database[3] = static_cast<char>(closed.database[3] ^ 0x01);
    }
    SECTION("the schema page") {
        closed.database[100] = static_cast<char>(closed.database[100] ^ 0x80);
    }
    SECTION("a truncated file") { // SQLite reads the size of the file when it opens it
        closed.database.truncate(closed.database.size() - 4096 - 17);
    }
    writeBytes(closed.tv.path(), closed.database);
    CHECK(errorOf([&] { Vault::open(closed.tv.path(), password); }) == ErrorCode::KeyMismatch);
    CHECK((fileBytes(closed.tv.path()) == closed.database));
}

// Unlocking reads the schema only; every other page is authenticated when it is read, and all
// of them by the page check that the GUI runs on a second connection after unlock.
TEST_CASE("a damaged data page is found by the page check after unlock and nothing is written") {
    ClosedVault closed;
    // The rows inserted last fill the last pages; the schema sits in the first ones.
    const qsizetype dataPage = closed.database.size() / 4096 - 2;
    SECTION("a flipped bit in a data page") {
        const qsizetype at = dataPage * 4096 + 1000;
        closed.database[at] = static_cast<char>(closed.database[at] ^ 0x01);
    }
    SECTION("a page's HMAC") {
        const qsizetype at = (dataPage + 1) * 4096 - 1;
        closed.database[at] = static_cast<char>(closed.database[at] ^ 0x10);
    }
    writeBytes(closed.tv.path(), closed.database);
    {
        const auto vault = Vault::open(closed.tv.path(), password);
        const auto check = vault->openSecondConnection();
        CHECK(errorOf([&] { check->verifyIntegrity(); }) == ErrorCode::DamagedDatabase);
    }
    CHECK((fileBytes(closed.tv.path()) == closed.database));
}

TEST_CASE("the page check passes on an intact vault") {
    ClosedVault closed;
    const auto vault = Vault::open(closed.tv.path(), password);
    CHECK_NOTHROW(vault->openSecondConnection()->verifyIntegrity());
}

TEST_CASE("missing vault or key files give a clear message") {
    ClosedVault closed;
    CHECK(errorOf([&] { Vault::open(closed.tv.dir.filePath(QStringLiteral("fehlt.kimvault")), password); }) ==
          ErrorCode::FileMissing);
    QFile::remove(Vault::keyFilePath(closed.tv.path()));
    CHECK(errorOf([&] { Vault::open(closed.tv.path(), password); }) == ErrorCode::FileMissing);
    CHECK((fileBytes(closed.tv.path()) == closed.database));
}

TEST_CASE("creating a vault where no file may be written fails and leaves nothing behind") {
    CHECK(errorOf([] {
              Vault::create(QStringLiteral("/proc/kim-test.kimvault"), password, WorkspaceKind::CaseManager,
                            test::fastKdf(), kim::test::wallClock());
          }) == ErrorCode::NotWritable);
    QTemporaryDir dir;
    const QString inMissingFolder = dir.filePath(QStringLiteral("gibt-es-nicht/a.kimvault"));
    CHECK(errorOf([&] {
              Vault::create(inMissingFolder, password, WorkspaceKind::CaseManager, test::fastKdf(),
                            kim::test::wallClock());
          }) == ErrorCode::NotWritable);
    CHECK(QDir(dir.path()).isEmpty());
}

TEST_CASE("a creation killed between publishing the database and its key file is finished on open") {
    ClosedVault closed;
    const QString keys = Vault::keyFilePath(closed.tv.path());
    REQUIRE(QFile::rename(keys, keys + QStringLiteral(".part"))); // the state between the two renames
    const auto vault = Vault::open(closed.tv.path(), password);
    CHECK(vault->kind() == WorkspaceKind::CaseManager);
    CHECK(fileBytes(keys) == closed.header);
    CHECK_FALSE(QFileInfo::exists(keys + QStringLiteral(".part")));
}

TEST_CASE("what a killed creation left under temporary names never blocks creating the workspace") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("neu.kimvault"));
    const QString keysPart = Vault::keyFilePath(path) + QStringLiteral(".part");
    for (const QString& leftover : {path + QStringLiteral(".part"), path + QStringLiteral(".part-wal"), keysPart}) {
        writeBytes(leftover, QByteArray("halb geschrieben"));
    }
    // Before the first rename nothing is published: no workspace under that name.
    CHECK(errorOf([&] { Vault::open(path, password); }) == ErrorCode::FileMissing);
    const auto vault =
        Vault::create(path, password, WorkspaceKind::CaseManager, test::fastKdf(), kim::test::wallClock());
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.part*")}, QDir::Files).isEmpty());
    CHECK(QFileInfo::exists(Vault::keyFilePath(path)));
    CHECK(vault->database().userVersion() > 0);
}

TEST_CASE("a full disk rolls the change back and keeps every earlier record") {
    test::TestVault tv;
    Database& db = tv.vault->database();
    db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('before', 'bleibt')"));
    // SQLite reports a page limit exactly as a full disk (SQLITE_FULL).
    auto pages = db.prepare(QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages.step());
    db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages.integer(0) + 2));
    {
        auto insert = db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('big', ?1)"));
        insert.bind(1, QString(200000, QLatin1Char('x')));
        CHECK(errorOf([&] { insert.run(); }) == ErrorCode::DiskFull);
    }
    tv.vault.reset();

    auto reopened = Vault::open(tv.path(), password);
    auto check = reopened->database().prepare(QStringLiteral("SELECT group_concat(key) FROM meta WHERE key IN "
                                                             "('before', 'big')"));
    REQUIRE(check.step());
    CHECK(check.text(0) == QStringLiteral("before"));
}
