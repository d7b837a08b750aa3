// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralFixture.h"

#include "demo/DemoGenerator.h"
#include "core/ReferralFigures.h"

#include <QElapsedTimer>

using namespace kim;
using namespace kim::core;
using namespace kim::demo;
using kim::test::ReferralFixture;

namespace {

DemoOptions options(int clients) {
    DemoOptions o;
    o.clients = clients;
    o.seed = 2026;
    o.today = ReferralFixture::startDay();
    return o;
}

double scalar(ReferralFixture& f, const char* sql) {
    auto st = f.db().prepare(QString::fromUtf8(sql));
    REQUIRE(st.step());
    return st.real(0);
}

} // namespace

TEST_CASE("demo referrals are plausible and obey the referral rules") {
    ReferralFixture f;
    generateDemoData(f.db(), options(400));
    const double perClient = scalar(f, "SELECT CAST(COUNT(*) AS REAL) / (SELECT COUNT(*) FROM clients) FROM referrals");
    CHECK(perClient >= 1.0);
    CHECK(perClient <= 5.0);
    CHECK(scalar(f, "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM referrals GROUP BY client_id)") <= 5);
    for (ReferralStatus status : allValues<ReferralStatus>()) {
        auto st = f.db().prepare(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE status = ?1"));
        st.bind(1, static_cast<int>(status));
        REQUIRE(st.step());
        INFO(label(status).toStdString());
        CHECK(st.integer(0) > 0);
    }
    // Beyond "geplant" only under a release for that institution, and only with consent to referrals.
    CHECK(scalar(f, "SELECT COUNT(*) FROM referrals r LEFT JOIN referral_releases s ON s.id = r.release_id "
                    "WHERE r.status <> 1 AND (s.id IS NULL OR s.institution_id <> r.institution_id)") == 0);
    CHECK(scalar(f, "SELECT COUNT(*) FROM referrals r WHERE r.status <> 1 AND NOT EXISTS (SELECT 1 FROM consents c "
                    "WHERE c.client_id = r.client_id AND c.scope = 2)") == 0);
    // History is ordered, starts with "geplant" and ends with the current status.
    CHECK(scalar(f, "SELECT COUNT(*) FROM referrals r WHERE r.status <> (SELECT h.status FROM "
                    "referral_status_history h WHERE h.referral_id = r.id ORDER BY h.changed_on DESC, h.id DESC "
                    "LIMIT 1)") == 0);
    CHECK(scalar(f, "SELECT COUNT(*) FROM referral_status_history WHERE changed_on > '2026-03-10'") == 0);
    CHECK(scalar(f, "SELECT COUNT(DISTINCT client_id) FROM legal_domain_periods") == 400);

    const ReferralFigures figures = ReferralFigures::compute(f.db(), f.clock);
    CHECK(figures.overdue > 0);
    CHECK(figures.open > figures.overdue);
    CHECK(figures.byType.size() >= 8);
    // Idempotent on demo data too.
    const int raised = f.referrals.raiseOverdueFollowUps();
    CHECK(raised > 0);
    CHECK(raised <= figures.overdue);
    CHECK(f.referrals.raiseOverdueFollowUps() == 0);
}

TEST_CASE("referral list and figures on 10,000 demo clients", "[.][benchmark]") {
    ReferralFixture f;
    QElapsedTimer timer;
    timer.start();
    generateDemoData(f.db(), options(10000));
    const qint64 generated = timer.restart();
    const int open = f.referrals.openCount({});
    const QList<ReferralRow> firstPage = f.referrals.openPage({}, 0, 100);
    const qint64 openList = timer.restart();
    const QList<ReferralRow> byInstitution =
        f.referrals.openPage({OpenReferralQuery::Order::Institution, false}, 0, 100);
    const qint64 openListByInstitution = timer.restart();
    const ReferralFigures figures = ReferralFigures::compute(f.db(), f.clock);
    const qint64 computed = timer.restart();
    const int raised = f.referrals.raiseOverdueFollowUps();
    const qint64 raising = timer.restart();
    WARN("referrals: " << scalar(f, "SELECT COUNT(*) FROM referrals") << ", open " << open << ", overdue "
                       << figures.overdue << "; demo data " << generated << " ms");
    WARN("open list (count + first 100 by due date): " << openList << " ms; by institution " << openListByInstitution
                                                       << " ms");
    WARN("figures (open, overdue, medians per institution and type, outcomes): " << computed << " ms");
    WARN("raising " << raised << " overdue follow-ups: " << raising << " ms");
    CHECK(firstPage.size() == 100);
    CHECK(byInstitution.size() == 100);
}
