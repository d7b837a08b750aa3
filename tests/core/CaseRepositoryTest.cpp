// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreFixture.h"

using namespace kim;
using namespace kim::core;
using kim::test::CoreFixture;

TEST_CASE("a new case starts in Klärung with an entry in its history") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Haile"));
    CHECK(opened.phase == Phase::Clarification);
    CHECK(opened.openedOn == CoreFixture::startDay());
    CHECK_FALSE(opened.closedOn.isValid());
    REQUIRE(opened.history.size() == 1);
    CHECK(opened.history[0].phase == Phase::Clarification);
    CHECK(opened.history[0].changedOn == CoreFixture::startDay());
}

TEST_CASE("only one case per client can be open at a time") {
    CoreFixture f;
    const Case first = f.addCaseFor(QStringLiteral("Demir"));
    CHECK(test::errorCodeOf([&] { f.cases.open(first.clientId); }) == ErrorCode::RuleViolation);
    f.cases.changePhase(first.id, Phase::Implementation, QStringLiteral("Vermittlung"));
    CHECK(test::errorCodeOf([&] { f.cases.open(first.clientId); }) == ErrorCode::RuleViolation);

    f.cases.changePhase(first.id, Phase::Closing, QStringLiteral("Ziele erreicht"));
    const Case second = f.cases.open(first.clientId);
    CHECK(second.id != first.id);
    CHECK(f.cases.latestCase(first.clientId)->id == second.id);
    CHECK(test::errorCodeOf([&] { f.cases.open(first.clientId); }) == ErrorCode::RuleViolation);
}

TEST_CASE("every phase change is recorded with its day and note, and Abschluss closes the case") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Lungu"));
    f.clock.setToday(QDate(2026, 3, 20));
    f.cases.changePhase(opened.id, Phase::Assessment, QStringLiteral("  Ressourcen erhoben "));
    f.clock.setToday(QDate(2026, 4, 15));
    f.cases.changePhase(opened.id, Phase::Planning, QStringLiteral("Hilfeplan"));
    f.cases.changePhase(opened.id, Phase::Assessment, QStringLiteral("neue Lage")); // the cycle may step back
    f.clock.setToday(QDate(2026, 6, 1));
    f.cases.changePhase(opened.id, Phase::Closing, QStringLiteral("Umzug"));

    const Case closed = f.cases.load(opened.id);
    CHECK(closed.isClosed());
    CHECK(closed.closedOn == QDate(2026, 6, 1));
    REQUIRE(closed.history.size() == 5);
    CHECK(closed.history[1].phase == Phase::Assessment);
    CHECK(closed.history[1].changedOn == QDate(2026, 3, 20));
    CHECK(closed.history[1].note == QStringLiteral("Ressourcen erhoben"));
    CHECK(closed.history[2].phase == Phase::Planning);
    CHECK(closed.history[3].phase == Phase::Assessment);
    CHECK(closed.history[4].phase == Phase::Closing);
    CHECK(closed.history[4].note == QStringLiteral("Umzug"));
}

TEST_CASE("a closed case accepts no phase change, consultation, follow-up or goal") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Rusu"));
    f.cases.changePhase(opened.id, Phase::Closing, {});
    CHECK(test::errorCodeOf([&] { f.cases.changePhase(opened.id, Phase::Monitoring, {}); }) ==
          ErrorCode::RuleViolation);
    CHECK(test::errorCodeOf([&] { f.cases.changePhase(opened.id, Phase::Closing, {}); }) == ErrorCode::RuleViolation);
    CHECK(test::errorCodeOf([&] { f.addConsultation(opened.id, QStringLiteral("x")); }) == ErrorCode::RuleViolation);
    FollowUp followUp{0, opened.id, f.clock.today(), QStringLiteral("Anruf"), {}};
    CHECK(test::errorCodeOf([&] { f.followUps.save(followUp); }) == ErrorCode::RuleViolation);
    Goal goal;
    goal.caseId = opened.id;
    goal.description = QStringLiteral("Wohnung finden");
    CHECK(test::errorCodeOf([&] { f.cases.saveGoal(goal); }) == ErrorCode::RuleViolation);
    CHECK(f.cases.load(opened.id).history.size() == 2);
}

TEST_CASE("changing a case to the phase it is already in is refused") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Safi"));
    CHECK(test::errorCodeOf([&] { f.cases.changePhase(opened.id, Phase::Clarification, {}); }) ==
          ErrorCode::RuleViolation);
    CHECK(test::errorCodeOf([&] { f.cases.changePhase(opened.id, static_cast<Phase>(0), {}); }) ==
          ErrorCode::InvalidInput);
    CHECK(test::errorCodeOf([&] { f.cases.changePhase(987, Phase::Assessment, {}); }) == ErrorCode::NotFound);
    CHECK(f.cases.load(opened.id).history.size() == 1);
}

TEST_CASE("goals need a description and are kept with their case") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Gashi"));
    Goal goal;
    goal.caseId = opened.id;
    goal.field = FieldOfAction::WorkEconomy;
    goal.description = QStringLiteral("  ");
    CHECK(test::errorMessageOf([&] { f.cases.saveGoal(goal); }).contains(QStringLiteral("Ziel")));
    goal.description = QStringLiteral("Anerkennung des Berufsabschlusses");
    goal.targetDate = QDate(2026, 9, 30);
    f.cases.saveGoal(goal);
    CHECK(goal.id > 0);
    CHECK(goal.createdOn == CoreFixture::startDay());
    goal.status = GoalStatus::Achieved;
    f.cases.saveGoal(goal);

    const QList<Goal> goals = f.cases.goals(opened.id);
    REQUIRE(goals.size() == 1);
    CHECK(goals[0].status == GoalStatus::Achieved);
    CHECK(goals[0].field == FieldOfAction::WorkEconomy);
    CHECK(goals[0].targetDate == QDate(2026, 9, 30));
}
