// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralFixture.h"

#include <QSet>

using namespace kim;
using namespace kim::core;
using kim::test::ReferralFixture;
using S = ReferralStatus;

namespace {

QList<FollowUp> openFollowUps(ReferralFixture& f, int64_t caseId) {
    QList<FollowUp> open;
    for (const FollowUp& followUp : f.followUps.forCase(caseId)) {
        if (followUp.isOpen()) {
            open.append(followUp);
        }
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

namespace {

// Every page of the open list from offset 0 on, as the lazy model reads it.
QList<ReferralRow> allOpen(ReferralFixture& f, const OpenReferralQuery& query, int pageSize) {
    QList<ReferralRow> all;
    for (QList<ReferralRow> page = f.referrals.openPage(query, 0, pageSize); !page.isEmpty();
         page = f.referrals.openPage(query, static_cast<int>(all.size()), pageSize)) {
        all.append(page);
    }
    return all;
}

// Due date first (none last), then id; by institution the name comes before both.
bool inListOrder(const ReferralRow& a, const ReferralRow& b, OpenReferralQuery::Order order) {
    if (order == OpenReferralQuery::Order::Institution && a.institutionName != b.institutionName) {
        return a.institutionName < b.institutionName;
    }
    const QDate x = a.referral.expectedBy;
    const QDate y = b.referral.expectedBy;
    if (x.isValid() != y.isValid()) {
        return x.isValid();
    }
    if (x != y) {
        return x < y;
    }
    return a.referral.id < b.referral.id;
}

} // namespace

TEST_CASE("the open list pages through every open referral once in both orders, and counts them") {
    ReferralFixture f;
    const int64_t institutions[] = {f.jobcenter(), f.institutionId(QStringLiteral("Agentur für Arbeit Gütersloh"))};
    const QDate later = f.clock.today().addDays(2);
    QSet<int64_t> open;
    QSet<int64_t> overdue;
    Case closing;
    for (int client = 0; client < 5; ++client) {
        const Case c = f.addReferralCase(QStringLiteral("Person%1").arg(client));
        for (const int64_t institution : institutions) {
            f.addRelease(c.clientId, institution);
        }
        for (int i = 0; i < 12; ++i) {
            // Few distinct dates and some without one, so the order's ties matter.
            const QDate expected = i % 5 == 4 ? QDate() : f.clock.today().addDays(i % 4);
            const Referral r = f.addReferral(c, institutions[i % 2], expected);
            const bool transmitted = i % 3 == 0;
            if (transmitted) {
                f.referrals.changeStatus(r.id, S::Transmitted, f.clock.today(), {});
            }
            if (client != 4) {
                open.insert(r.id);
                if (transmitted && expected.isValid() && expected < later) {
                    overdue.insert(r.id);
                }
            }
        }
        closing = c;
    }
    f.cases.changePhase(closing.id, Phase::Closing, QStringLiteral("Ziele erreicht")); // its 12 leave the list
    f.clock.setToday(later);
    REQUIRE(!overdue.isEmpty());

    CHECK(f.referrals.openCount({}) == open.size());
    CHECK(f.referrals.openCount({OpenReferralQuery::Order::DueDate, true}) == overdue.size());
    for (const auto order : {OpenReferralQuery::Order::DueDate, OpenReferralQuery::Order::Institution}) {
        for (const bool overdueOnly : {false, true}) {
            INFO("order " << static_cast<int>(order) << ", overdue only " << overdueOnly);
            const QList<ReferralRow> rows = allOpen(f, {order, overdueOnly}, 7);
            QSet<int64_t> seen;
            for (int i = 0; i < rows.size(); ++i) {
                seen.insert(rows[i].referral.id);
                if (i > 0) {
                    CHECK(inListOrder(rows[i - 1], rows[i], order));
                }
            }
            CHECK(seen.size() == rows.size()); // no row twice
            CHECK(seen == (overdueOnly ? overdue : open));
        }
    }
    CHECK(f.referrals.openPage({}, 0, 0).isEmpty());
    CHECK(f.referrals.openPage({}, static_cast<int>(open.size()), 10).isEmpty());
    CHECK(f.referrals.openPage({}, -3, 2).size() == 2);
}

TEST_CASE("a referral written straight into a closed case is not on the open list") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Yilmaz"));
    f.addReferral(c, f.jobcenter(), QDate(2026, 3, 20));
    f.consents.withdraw(f.consents.forClient(c.clientId)[0].id, f.clock.today()); // closes the case
    CHECK(f.referrals.openCount({}) == 0);
    // Not through the repository, which refuses closed cases: the schema keeps the list right.
    auto insert = f.db().prepare(QStringLiteral(
        "INSERT INTO referrals (client_id, case_id, institution_id, field_of_action, reason, referred_on, status) "
        "VALUES (?1, ?2, ?3, 1, 'direkt', '2026-03-10', 1)"));
    insert.bind(1, c.clientId).bind(2, c.id).bind(3, f.jobcenter()).run();
    CHECK(f.referrals.openCount({}) == 0);
    CHECK(f.referrals.openPage({}, 0, 10).isEmpty());
    CHECK(f.referrals.openPage({OpenReferralQuery::Order::Institution, false}, 0, 10).isEmpty());
}

TEST_CASE("a case that leaves the closed phase brings its referrals back to the open list") {
    ReferralFixture f;
    const Case c = f.addReferralCase(QStringLiteral("Nowak"));
    f.addReferral(c, f.jobcenter(), QDate(2026, 3, 20));
    f.cases.changePhase(c.id, Phase::Closing, QStringLiteral("Ziele erreicht"));
    REQUIRE(f.referrals.openCount({}) == 0);
    // The program never reopens a case; an administrator's correction in the database must
    // still leave the list right, because the trigger follows the phase either way.
    auto reopen = f.db().prepare(QStringLiteral("UPDATE cases SET phase = 3 WHERE id = ?1"));
    reopen.bind(1, c.id).run();
    CHECK(f.referrals.openCount({}) == 1);
    CHECK(f.referrals.openPage({}, 0, 10).size() == 1);
}
