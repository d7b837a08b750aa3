// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Clock.h"
#include "core/ReferralRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace kim;
using namespace kim::storage;

namespace {

const Botan::secure_vector<uint8_t> key(32, 0x24);
constexpr int ReferralsVersion = 4;
constexpr int SeededInstitutions = 23;
constexpr int OpenListsVersion = 9;

int scalar(Database& db, const QString& sql) {
    auto st = db.prepare(sql);
    REQUIRE(st.step());
    return st.integer(0);
}

// Case work every version since 1 can hold.
void insertCaseWork(Database& db) {
    db.exec(QStringLiteral(
        "INSERT INTO clients(id, case_code, first_name, last_name, target_group, municipality, residence_status, "
        "created_on) VALUES (1, 'GT-2025-0001', 'Amal', 'Haddad', 3, 2, 3, '2025-01-02');"
        "INSERT INTO consents(client_id, given_on, scope, form_version) VALUES (1, '2025-01-02', 2, 'V1');"
        "INSERT INTO cases(id, client_id, phase, opened_on) VALUES (1, 1, 4, '2025-01-02');"
        "INSERT INTO follow_ups(case_id, due_on, title) VALUES (1, '2025-02-01', 'Anruf');"));
}

} // namespace

TEST_CASE("vaults of every earlier version migrate to the referral schema keeping their data") {
    REQUIRE(Migrator::latestVersion() >= ReferralsVersion);
    for (int start = 0; start < ReferralsVersion; ++start) {
        INFO("from version " << start);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("r.kimvault")), key, Database::OpenMode::CreateNew);
        Migrator::migrate(*db, start);
        if (start >= 1) {
            insertCaseWork(*db);
        }
        Migrator::migrate(*db, ReferralsVersion);
        CHECK(db->userVersion() == ReferralsVersion);
        if (start >= 1) {
            CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM clients")) == 1);
            CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM follow_ups")) == 1);
        }
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM institutions")) == SeededInstitutions);
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM referrals")) == 0);
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM legal_domain_periods")) == 0);
        // Migrating again changes nothing: the directory is seeded exactly once.
        Migrator::migrate(*db);
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM institutions")) == SeededInstitutions);
    }
}

TEST_CASE("the seeded directory has the institutions of Kreis Gütersloh with valid codes") {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("s.kimvault")), key, Database::OpenMode::CreateNew);
    Migrator::migrate(*db);
    auto st = db->prepare(QStringLiteral("SELECT type, legal_domain FROM institutions WHERE name = ?1"));
    st.bind(1, QStringLiteral("Jobcenter Kreis Gütersloh"));
    REQUIRE(st.step());
    CHECK(st.integer(0) == 1); // InstitutionType::Jobcenter
    CHECK(st.integer(1) == 1); // LegalDomain::SgbII
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM institutions WHERE type NOT BETWEEN 1 AND 16 OR "
                                     "legal_domain NOT BETWEEN 1 AND 8")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM institutions WHERE name LIKE 'Sprachlotsen%'")) == 1);
}

TEST_CASE("migrating to the open-list schema leaves referrals of closed cases off the open list") {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("o.kimvault")), key, Database::OpenMode::CreateNew);
    Migrator::migrate(*db, OpenListsVersion - 1);
    insertCaseWork(*db);
    // Case 1 open, case 2 closed (phase 6); one planned referral in each.
    db->exec(QStringLiteral(
        "INSERT INTO cases(id, client_id, phase, opened_on, closed_on) VALUES (2, 1, 6, '2024-01-02', '2024-12-01');"
        "INSERT INTO referrals(id, client_id, case_id, institution_id, field_of_action, reason, referred_on, "
        "expected_by, status) VALUES (1, 1, 1, 1, 5, 'offen', '2025-01-03', '2025-02-01', 1), "
        "(2, 1, 2, 1, 5, 'abgeschlossen', '2024-06-03', '2024-07-01', 1);"));
    Migrator::migrate(*db, OpenListsVersion);
    REQUIRE(db->userVersion() == OpenListsVersion);
    const kim::FixedClock clock(QDate(2025, 3, 1));
    core::ReferralRepository referrals(*db, clock);
    CHECK(referrals.openCount({}) == 1);
    const QList<core::ReferralRow> rows =
        referrals.openPage({core::OpenReferralQuery::Order::Institution, false}, 0, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].referral.id == 1);
    // Closing case 1 now takes its referral off the list too.
    db->exec(QStringLiteral("UPDATE cases SET phase = 6, closed_on = '2025-03-01' WHERE id = 1"));
    CHECK(referrals.openCount({}) == 0);
    CHECK(referrals.openPage({}, 0, 10).isEmpty());
}
