#include "ReferralFixture.h"

using namespace kim;
using namespace kim::core;
using kim::test::ReferralFixture;
using S = ReferralStatus;

namespace {

QList<FollowUp> openFollowUps(ReferralFixture& f, int64_t caseId) {
    QList<FollowUp> open;
    for (const FollowUp& followUp : f.followUps.forCase(caseId)) {
        if (followUp.isOpen())
            open.append(followUp);
    }
    return open;
}

} // namespace

TEST_CASE("an overdue referral raises one follow-up, once, and leaves the list when answered") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Haddad"));
    f.addRelease(c.clientId, f.jobcenter());
    const Referral referral = f.addReferral(c, f.jobcenter(), QDate(2026, 3, 20));
    f.referrals.changeStatus(referral.id, S::Transmitted, f.clock.today(), {});
    const OpenReferralQuery overdue{OpenReferralQuery::Order::DueDate, true};

    // Due on the 20th: not overdue on that day.
    f.clock.setToday(QDate(2026, 3, 20));
    CHECK(f.referrals.raiseOverdueFollowUps() == 0);
    CHECK(f.referrals.openCount(overdue) == 0);
    CHECK_FALSE(f.referrals.load(referral.id).isOverdueOn(f.clock.today()));

    f.clock.setToday(QDate(2026, 3, 21));
    CHECK(f.referrals.openCount(overdue) == 1);
    CHECK(f.referrals.raiseOverdueFollowUps() == 1);
    CHECK(f.referrals.raiseOverdueFollowUps() == 0);
    f.clock.setToday(QDate(2026, 3, 25));
    CHECK(f.referrals.raiseOverdueFollowUps() == 0);
    QList<FollowUp> open = openFollowUps(f, c.id);
    REQUIRE(open.size() == 1);
    CHECK(open[0].title == QStringLiteral("Rückmeldung Jobcenter Kreis Gütersloh ausstehend"));
    CHECK(open[0].dueOn == QDate(2026, 3, 21));

    f.referrals.changeStatus(referral.id, S::AppointmentMade, f.clock.today(), QStringLiteral("Termin am 1.4."));
    CHECK(f.referrals.openCount(overdue) == 0);
    CHECK(f.referrals.openCount({}) == 1); // still open, no longer overdue
    CHECK(openFollowUps(f, c.id).isEmpty());
    CHECK(f.referrals.raiseOverdueFollowUps() == 0);
}

TEST_CASE("planned referrals and referrals without a due date are never overdue") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Rahimi"));
    f.addRelease(c.clientId, f.jobcenter());
    f.addReferral(c, f.jobcenter(), QDate(2026, 3, 12)); // stays planned
    const Referral noDate = f.addReferral(c, f.jobcenter());
    f.referrals.changeStatus(noDate.id, S::Transmitted, f.clock.today(), {});
    f.clock.setToday(QDate(2026, 6, 1));
    CHECK(f.referrals.raiseOverdueFollowUps() == 0);
    CHECK(f.referrals.openCount({OpenReferralQuery::Order::DueDate, true}) == 0);
    CHECK(f.referrals.openCount({}) == 2);
}

TEST_CASE("no follow-up is raised once the consent is withdrawn and the case closed") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Woldu"));
    f.addRelease(c.clientId, f.jobcenter());
    const Referral referral = f.addReferral(c, f.jobcenter(), QDate(2026, 3, 15));
    f.referrals.changeStatus(referral.id, S::Transmitted, f.clock.today(), {});
    f.clock.setToday(QDate(2026, 3, 16));
    f.consents.withdraw(f.consents.forClient(c.clientId)[0].id, f.clock.today());
    f.clock.setToday(QDate(2026, 3, 30));
    CHECK(f.referrals.raiseOverdueFollowUps() == 0);
    CHECK(f.referrals.openCount({}) == 0);
}

TEST_CASE("the open list is sorted by due date or by institution and pages") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Bondarenko"));
    const int64_t agentur = f.institutionId(QStringLiteral("Agentur für Arbeit Gütersloh"));
    const Referral late = f.addReferral(c, f.jobcenter(), QDate(2026, 4, 30));
    const Referral soon = f.addReferral(c, agentur, QDate(2026, 3, 20));
    const Referral none = f.addReferral(c, f.jobcenter());
    QList<ReferralRow> rows = f.referrals.openPage({}, 0, 10);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].referral.id == soon.id);
    CHECK(rows[1].referral.id == late.id);
    CHECK(rows[2].referral.id == none.id); // without a date last
    CHECK(rows[0].institutionName == QStringLiteral("Agentur für Arbeit Gütersloh"));
    CHECK(rows[0].clientName == QStringLiteral("Bondarenko, Test"));

    rows = f.referrals.openPage({OpenReferralQuery::Order::Institution, false}, 1, 10);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].referral.id == late.id);
    CHECK(rows[1].referral.id == none.id);
}
