// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CaseloadFigures.h"
#include "core/CaseloadSettings.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace kim;
using namespace Qt::StringLiterals;
using namespace kim::core;
using namespace kim::storage;

namespace {

const Botan::secure_vector<uint8_t> key(32, 0x10);
constexpr int OpenListsVersion = 9;
constexpr int SupervisionVersion = 10;

int scalar(Database& db, const QString& sql) {
    auto st = db.prepare(sql);
    REQUIRE(st.step());
    return st.integer(0);
}

} // namespace

TEST_CASE("a version 9 vault with cases migrates to 10 and its caseload is counted with the default rules",
          "[caseload]") {
    REQUIRE(Migrator::latestVersion() >= SupervisionVersion);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"c.kimvault"_s), key, Database::OpenMode::CreateNew);
    Migrator::migrate(*db, OpenListsVersion);
    db->exec(u"INSERT INTO clients(id, case_code, first_name, last_name, target_group, municipality, "
             "residence_status, created_on) VALUES (1, 'GT-2026-0001', 'Amal', 'Haddad', 3, 2, 3, '2026-01-02'), "
             "(2, 'VL-2026-0001', 'Olena', 'Bondar', 4, 11, 5, '2026-03-02');"
             "INSERT INTO consents(client_id, given_on, scope, form_version) VALUES (1, '2026-01-02', 2, 'V1'), "
             "(2, '2026-03-02', 2, 'V1');"
             "INSERT INTO cases(id, client_id, phase, opened_on, closed_on) VALUES "
             "(1, 1, 6, '2026-01-02', '2026-06-30'), (2, 1, 4, '2026-11-03', NULL), (3, 2, 2, '2026-03-02', NULL);"
             "INSERT INTO case_phase_history(case_id, phase, changed_on) VALUES (1, 1, '2026-01-02'), "
             "(1, 6, '2026-06-30'), (2, 1, '2026-11-03'), (2, 4, '2026-11-10'), (3, 1, '2026-03-02'), "
             "(3, 2, '2026-04-01');"_s);
    Migrator::migrate(*db, SupervisionVersion);
    CHECK(db->userVersion() == SupervisionVersion);
    for (const QString& table :
         {u"caseload_settings"_s, u"caseload_sent_reports"_s, u"caseload_sent_pseudonyms"_s, u"supervisor_reports"_s,
          u"supervisor_figures"_s, u"supervisor_alerts"_s, u"supervisor_alert_reviews"_s, u"supervisor_state"_s}) {
        INFO(table.toStdString());
        CHECK(scalar(*db, u"SELECT COUNT(*) FROM "_s + table) == 0);
    }
    CHECK(CaseloadSettings(*db).rules() == CaseloadRules{});

    const CaseloadFigures figures = CaseloadFigures::compute(*db, ReportingPeriod::month(2026, 11), {});
    CHECK(figures.value(u"cases.open"_s) == 2);
    CHECK(figures.value(u"cases.new"_s) == 1);
    CHECK(figures.value(u"cases.reopened"_s) == 1);
    CHECK(figures.value(u"cases.by_phase"_s, u"4"_s) == 1);
    CHECK(figures.value(u"cases.by_phase"_s, u"2"_s) == 1);
    CHECK(figures.value(u"open_cases.by_target_group"_s, u"4"_s) == 1);
    // Case 3: in phase 2 since 1 April and never contacted: both alerts.
    REQUIRE(figures.alerts.size() == 1);
    CHECK(figures.alerts[0].caseId == 3);
    CHECK(figures.alerts[0].reasons ==
          (static_cast<int>(AlertReason::NoContact) | static_cast<int>(AlertReason::StuckInPhase)));

    // The pseudonym key is 32 bytes or nothing.
    CHECK_THROWS(db->exec(u"INSERT INTO caseload_settings(id, pseudonym_key) VALUES (1, x'0102')"_s));
}
