// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreFixture.h"

using namespace kim;
using namespace kim::core;
using kim::test::CoreFixture;

namespace {

// The whole due list as the lazy view reads it: page after page, each after the last row.
QList<DueFollowUp> allDue(FollowUpRepository& followUps, int pageSize) {
    QList<DueFollowUp> all;
    QList<DueFollowUp> page = followUps.duePage(pageSize);
    while (!page.isEmpty()) {
        all.append(page);
        REQUIRE(page.size() <= pageSize);
        page = followUps.duePage(pageSize, DueListPosition{all.back().followUp.dueOn, all.back().followUp.id});
    }
    return all;
}

} // namespace

TEST_CASE("a follow-up is due on its day and overdue from the next day until it is done") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Bondarenko"), QStringLiteral("Iryna"));
    const QDate due(2026, 3, 12);
    FollowUp followUp{0, opened.id, due, QStringLiteral("Rückmeldung Jobcenter"), {}};
    f.followUps.save(followUp);

    f.clock.setToday(QDate(2026, 3, 11));
    CHECK(f.followUps.duePage(10).isEmpty());
    CHECK(f.followUps.dueCounts().due == 0);

    f.clock.setToday(due);
    QList<DueFollowUp> list = f.followUps.duePage(10);
    REQUIRE(list.size() == 1);
    CHECK(f.followUps.dueCounts().due == 1);
    CHECK(f.followUps.dueCounts().overdue == 0);
    CHECK(list[0].followUp.isDueOn(f.clock.today()));
    CHECK_FALSE(list[0].followUp.isOverdueOn(f.clock.today()));
    CHECK(list[0].clientName == QStringLiteral("Bondarenko, Iryna"));
    CHECK(list[0].caseCode == f.clients.load(opened.clientId).caseCode);
    CHECK(list[0].clientId == opened.clientId);

    f.clock.setToday(QDate(2026, 4, 2));
    list = f.followUps.duePage(10);
    REQUIRE(list.size() == 1);
    CHECK(f.followUps.dueCounts().overdue == 1);
    CHECK(list[0].followUp.isOverdueOn(f.clock.today()));
    CHECK_FALSE(list[0].followUp.isDueOn(f.clock.today()));

    f.followUps.markDone(followUp.id, f.clock.today());
    CHECK(f.followUps.duePage(10).isEmpty());
    CHECK(f.followUps.dueCounts().due == 0);
    CHECK(f.followUps.forCase(opened.id)[0].doneOn == QDate(2026, 4, 2));
}

TEST_CASE("due follow-ups are listed oldest first across clients") {
    CoreFixture f;
    const Case a = f.addCaseFor(QStringLiteral("Aziz"));
    const Case b = f.addCaseFor(QStringLiteral("Berhane"));
    FollowUp late{0, b.id, QDate(2026, 3, 1), QStringLiteral("alt"), {}};
    FollowUp today{0, a.id, QDate(2026, 3, 10), QStringLiteral("heute"), {}};
    FollowUp earlier{0, a.id, QDate(2026, 2, 20), QStringLiteral("älter"), {}};
    FollowUp future{0, b.id, QDate(2026, 3, 11), QStringLiteral("morgen"), {}};
    for (FollowUp* followUp : {&late, &today, &earlier, &future}) {
        f.followUps.save(*followUp);
    }

    const QList<DueFollowUp> list = f.followUps.duePage(10);
    REQUIRE(list.size() == 3);
    CHECK(list[0].followUp.id == earlier.id);
    CHECK(list[1].followUp.id == late.id);
    CHECK(list[2].followUp.id == today.id);
}

TEST_CASE("the due list pages in date order without gaps or repeats, and its counts match") {
    CoreFixture f;
    const Case a = f.addCaseFor(QStringLiteral("Aziz"));
    const Case b = f.addCaseFor(QStringLiteral("Berhane"));
    // 150 follow-ups on only thirteen dates, so most pages end in the middle of a day; some are
    // done, some lie in the future.
    int expectedDue = 0;
    int expectedOverdue = 0;
    for (int i = 0; i < 150; ++i) {
        FollowUp followUp{
            0, i % 2 == 0 ? a.id : b.id, f.clock.today().addDays(i % 13 - 10), QStringLiteral("Anruf %1").arg(i), {}};
        f.followUps.save(followUp);
        if (i % 17 == 0) {
            f.followUps.markDone(followUp.id, f.clock.today());
        } else if (followUp.dueOn <= f.clock.today()) {
            ++expectedDue;
            expectedOverdue += followUp.dueOn < f.clock.today() ? 1 : 0;
        }
    }
    const DueCounts counts = f.followUps.dueCounts();
    CHECK(counts.due == expectedDue);
    CHECK(counts.overdue == expectedOverdue);

    const QList<DueFollowUp> whole = f.followUps.duePage(1000);
    REQUIRE(whole.size() == expectedDue);
    for (int i = 1; i < whole.size(); ++i) {
        const FollowUp& before = whole[i - 1].followUp;
        const FollowUp& after = whole[i].followUp;
        CHECK((before.dueOn < after.dueOn || (before.dueOn == after.dueOn && before.id < after.id)));
    }
    for (const int pageSize : {1, 7, 50, 117}) {
        INFO("page size " << pageSize);
        const QList<DueFollowUp> paged = allDue(f.followUps, pageSize);
        REQUIRE(paged.size() == whole.size());
        for (int i = 0; i < whole.size(); ++i) {
            CHECK(paged[i].followUp.id == whole[i].followUp.id);
        }
    }
    CHECK(f.followUps.duePage(0).isEmpty());
    CHECK(f.followUps.duePage(-5).isEmpty());
    const FollowUp& last = whole.back().followUp;
    CHECK(f.followUps.duePage(10, DueListPosition{last.dueOn, last.id}).isEmpty());
}

TEST_CASE("work done between two pages of the due list neither repeats nor skips a row") {
    CoreFixture f;
    const Case c = f.addCaseFor(QStringLiteral("Nowak"));
    for (int i = 0; i < 20; ++i) {
        FollowUp followUp{0, c.id, f.clock.today().addDays(-i), QStringLiteral("Termin %1").arg(i), {}};
        f.followUps.save(followUp);
    }
    const QList<DueFollowUp> first = f.followUps.duePage(10);
    REQUIRE(first.size() == 10);
    const QList<DueFollowUp> expectedRest =
        f.followUps.duePage(10, DueListPosition{first.back().followUp.dueOn, first.back().followUp.id});
    // Meanwhile a row of the first page is done and an older follow-up is added.
    f.followUps.markDone(first[3].followUp.id, f.clock.today());
    FollowUp older{0, c.id, f.clock.today().addDays(-100), QStringLiteral("vergessen"), {}};
    f.followUps.save(older);

    const QList<DueFollowUp> rest =
        f.followUps.duePage(10, DueListPosition{first.back().followUp.dueOn, first.back().followUp.id});
    REQUIRE(rest.size() == expectedRest.size());
    for (int i = 0; i < rest.size(); ++i) {
        CHECK(rest[i].followUp.id == expectedRest[i].followUp.id);
    }
    CHECK(f.followUps.dueCounts().due == 20);
    CHECK(f.followUps.duePage(1)[0].followUp.id == older.id);
}

TEST_CASE("a follow-up needs a title and a date, and cannot be done in the future") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Karimi"));
    FollowUp followUp{0, opened.id, QDate(), QStringLiteral("Anruf"), {}};
    CHECK(test::errorMessageOf([&] { f.followUps.save(followUp); }).contains(QStringLiteral("Datum")));
    followUp.dueOn = QDate(2026, 3, 20);
    followUp.title = QStringLiteral(" ");
    CHECK(test::errorCodeOf([&] { f.followUps.save(followUp); }) == ErrorCode::InvalidInput);
    followUp.title = QStringLiteral("Anruf");
    f.followUps.save(followUp);
    CHECK(test::errorCodeOf([&] { f.followUps.markDone(followUp.id, f.clock.today().addDays(1)); }) ==
          ErrorCode::InvalidInput);
    CHECK(test::errorCodeOf([&] { f.followUps.markDone(12345, f.clock.today()); }) == ErrorCode::NotFound);
    CHECK(f.followUps.forCase(opened.id)[0].isOpen());
}
