#include "CoreFixture.h"

using namespace kim;
using namespace kim::core;
using kim::test::CoreFixture;

TEST_CASE("a follow-up is due on its day and overdue from the next day until it is done") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Bondarenko"), QStringLiteral("Iryna"));
    const QDate due(2026, 3, 12);
    FollowUp followUp{0, opened.id, due, QStringLiteral("Rückmeldung Jobcenter"), {}};
    f.followUps.save(followUp);

    f.clock.setToday(QDate(2026, 3, 11));
    CHECK(f.followUps.dueOrOverdue().isEmpty());

    f.clock.setToday(due);
    QList<DueFollowUp> list = f.followUps.dueOrOverdue();
    REQUIRE(list.size() == 1);
    CHECK(list[0].followUp.isDueOn(f.clock.today()));
    CHECK_FALSE(list[0].followUp.isOverdueOn(f.clock.today()));
    CHECK(list[0].clientName == QStringLiteral("Bondarenko, Iryna"));
    CHECK(list[0].caseCode == f.clients.load(opened.clientId).caseCode);
    CHECK(list[0].clientId == opened.clientId);

    f.clock.setToday(QDate(2026, 4, 2));
    list = f.followUps.dueOrOverdue();
    REQUIRE(list.size() == 1);
    CHECK(list[0].followUp.isOverdueOn(f.clock.today()));
    CHECK_FALSE(list[0].followUp.isDueOn(f.clock.today()));

    f.followUps.markDone(followUp.id, f.clock.today());
    CHECK(f.followUps.dueOrOverdue().isEmpty());
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
    for (FollowUp* followUp : {&late, &today, &earlier, &future})
        f.followUps.save(*followUp);

    const QList<DueFollowUp> list = f.followUps.dueOrOverdue();
    REQUIRE(list.size() == 3);
    CHECK(list[0].followUp.id == earlier.id);
    CHECK(list[1].followUp.id == late.id);
    CHECK(list[2].followUp.id == today.id);
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
