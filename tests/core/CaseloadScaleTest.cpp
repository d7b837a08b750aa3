// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadFixture.h"

#include "core/CaseloadPseudonym.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <random>

using namespace kim;
using namespace kim::core;
using namespace kim::test;
using namespace Qt::StringLiterals;

namespace {

// Bulk case files straight into the tables (the repositories would take minutes at this size):
// per client one case, two phase changes, six consultations, two follow-ups and one referral.
void fill(storage::Database& db, int clients) {
    std::mt19937 random(7);
    const QDate start(2025, 1, 1);
    storage::Transaction transaction(db);
    auto client = db.prepare(u"INSERT INTO clients (id, case_code, first_name, last_name, target_group, municipality, "
                             "residence_status, created_on) VALUES (?1, ?2, 'Vorname', 'Name', ?3, ?4, 1, ?5)"_s);
    auto consent =
        db.prepare(u"INSERT INTO consents (client_id, given_on, scope, form_version) VALUES (?1, ?2, 2, 'V1')"_s);
    auto opened = db.prepare(u"INSERT INTO cases (id, client_id, phase, opened_on, closed_on, record_key) "
                             "VALUES (?1, ?1, ?2, ?3, ?4, 1)"_s);
    auto phase = db.prepare(u"INSERT INTO case_phase_history (case_id, phase, changed_on) VALUES (?1, ?2, ?3)"_s);
    auto contact = db.prepare(u"INSERT INTO consultations (case_id, held_on, duration_minutes, mode, interpreter) "
                              "VALUES (?1, ?2, 30, ?3, 1)"_s);
    auto followUp = db.prepare(u"INSERT INTO follow_ups (case_id, due_on, title, done_on) VALUES (?1, ?2, 'x', ?3)"_s);
    auto referral = db.prepare(u"INSERT INTO referrals (client_id, case_id, institution_id, field_of_action, reason, "
                               "referred_on, expected_by, status) VALUES (?1, ?1, ?2, 5, 'x', ?3, ?4, 1)"_s);
    auto history =
        db.prepare(u"INSERT INTO referral_status_history (referral_id, status, changed_on) VALUES (?1, 1, ?2)"_s);
    for (int id = 1; id <= clients; ++id) {
        const QDate on = start.addDays(random() % 700);
        const QDate closed = random() % 4 == 0 ? on.addDays(30 + random() % 200) : QDate();
        client.bind(1, id).bind(2, u"GT-%1"_s.arg(id)).bind(3, int(random() % 4) + 1);
        client.bind(4, int(random() % 13) + 1).bind(5, on).run();
        client.reset();
        consent.bind(1, id).bind(2, on).run();
        consent.reset();
        opened.bind(1, id).bind(2, closed.isValid() ? 6 : int(random() % 5) + 1).bind(3, on).bind(4, closed).run();
        opened.reset();
        for (int p = 1; p <= 2; ++p) {
            phase.bind(1, id).bind(2, p).bind(3, on.addDays(p * 20)).run();
            phase.reset();
        }
        for (int c = 0; c < 6; ++c) {
            contact.bind(1, id).bind(2, on.addDays(random() % 300)).bind(3, int(random() % 4) + 1).run();
            contact.reset();
        }
        for (int f = 0; f < 2; ++f) {
            const QDate due = on.addDays(random() % 300);
            followUp.bind(1, id).bind(2, due).bind(3, random() % 3 ? due.addDays(random() % 20) : QDate()).run();
            followUp.reset();
        }
        referral.bind(1, id).bind(2, int(random() % 20) + 1).bind(3, on).bind(4, on.addDays(30)).run();
        referral.reset();
        history.bind(1, db.lastInsertId()).bind(2, on).run();
        history.reset();
    }
    transaction.commit();
}

} // namespace

// Hidden: run by hand ("[.caseload-scale]") to see how computing a month scales.
TEST_CASE("a month's caseload figures at 100,000 clients", "[.caseload-scale]") {
    CaseloadFixture f;
    fill(f.db(), 100'000);
    QElapsedTimer timer;
    timer.start();
    const CaseloadFigures figures = f.figures(ReportingPeriod::month(2026, 11));
    const auto elapsed = timer.elapsed();
    WARN("compute: " << elapsed << " ms, open " << figures.value(u"cases.open"_s) << ", alerts "
                     << figures.alerts.size());
    CHECK(figures.value(u"cases.open"_s) > 0);
    timer.restart();
    const Botan::secure_vector<uint8_t> key(32, 1);
    int nonEmpty = 0;
    for (const CaseloadAlert& alert : figures.alerts) {
        nonEmpty += CaseloadPseudonym::of(key, figures.period, alert.caseId).isEmpty() ? 0 : 1;
    }
    WARN("pseudonyms: " << timer.elapsed() << " ms");
    CHECK(nonEmpty == static_cast<int>(figures.alerts.size()));
}
