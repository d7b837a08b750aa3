// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/StartupCheck.h"
#include "support/ErrorOf.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace kim;
using namespace kim::storage;

namespace {

const Botan::secure_vector<uint8_t> key(32, 0x42);

// Data that every schema version since 1 can hold; inserted at the old version.
void insertCaseWork(Database& db) {
    db.exec(QStringLiteral(
        "INSERT INTO clients(id, case_code, first_name, last_name, target_group, municipality, residence_status, "
        "created_on) VALUES (1, 'GT-2025-0001', 'Amal', 'Haddad', 3, 2, 3, '2025-01-02');"
        "INSERT INTO cases(id, client_id, phase, opened_on) VALUES (1, 1, 1, '2025-01-02');"
        "INSERT INTO consultations(case_id, held_on, duration_minutes, mode, interpreter, notes) "
        "VALUES (1, '2025-01-03', 45, 1, 2, 'Termin beim Jobcenter vereinbart');"));
}

} // namespace

TEST_CASE("every earlier schema version migrates to the current one without losing data") {
    const int latest = Migrator::latestVersion();
    REQUIRE(latest >= 2);
    for (int start = 0; start < latest; ++start) {
        INFO("from version " << start);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("m.kimvault")), key, Database::OpenMode::CreateNew);
        Migrator::migrate(*db, start);
        REQUIRE(db->userVersion() == start);
        if (start >= 1) {
            insertCaseWork(*db);
        }
        Migrator::migrate(*db);
        CHECK(db->userVersion() == latest);
        if (start >= 1) {
            auto search = db->prepare(QStringLiteral("SELECT count(*) FROM consultation_fts WHERE "
                                                     "consultation_fts MATCH 'jobcenter'"));
            REQUIRE(search.step());
            CHECK(search.integer(0) == 1);
        }
    }
}

TEST_CASE("a vault from a newer program version is refused, not changed") {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("n.kimvault")), key, Database::OpenMode::CreateNew);
    Migrator::migrate(*db);
    db->exec(QStringLiteral("PRAGMA user_version = 999"));
    CHECK(test::errorOf([&] { Migrator::migrate(*db); }) == ErrorCode::UnsupportedVersion);
    CHECK(db->userVersion() == 999);
}

TEST_CASE("the cipher probe finds the pinned SQLCipher 4.14 with OpenSSL behind sqlite3_*") {
    const auto probe = Database::probeCipher();
    CHECK(probe.version.startsWith(QStringLiteral("4.14.0")));
    CHECK(probe.provider == QStringLiteral("openssl"));
    CHECK(probe.sqliteVersion == QStringLiteral("3.51.3"));
}

TEST_CASE("the self-test accepts SQLCipher 4.14 and later 4.x with OpenSSL only") {
    CHECK(storage::isSupportedSqlcipher(QStringLiteral("4.14.0 community"), QStringLiteral("openssl")));
    CHECK(storage::isSupportedSqlcipher(QStringLiteral("4.15.2 community"), QStringLiteral("openssl")));
    CHECK_FALSE(storage::isSupportedSqlcipher(QStringLiteral("4.4.2 community"), QStringLiteral("openssl")));
    CHECK_FALSE(storage::isSupportedSqlcipher(QStringLiteral("3.4.1"), QStringLiteral("openssl")));
    CHECK_FALSE(storage::isSupportedSqlcipher(QStringLiteral("5.0.0"), QStringLiteral("openssl")));
    CHECK_FALSE(storage::isSupportedSqlcipher(QStringLiteral("4.14.0 community"), QStringLiteral("libtomcrypt")));
    CHECK_FALSE(storage::isSupportedSqlcipher(QString(), QString()));
}

TEST_CASE("the start-up self-test of every executable passes on this machine") {
    CHECK(storage::startupSelfTestFailures().isEmpty());
}
