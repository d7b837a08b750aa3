// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadFixture.h"

#include "core/CaseloadFigures.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kim;
using namespace kim::core;
using namespace kim::test;
using namespace Qt::StringLiterals;

namespace {

const CaseloadAlert* alertOf(const CaseloadFigures& figures, int64_t caseId) {
    const auto it = std::find_if(figures.alerts.begin(), figures.alerts.end(),
                                 [&](const CaseloadAlert& a) { return a.caseId == caseId; });
    return it == figures.alerts.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("open, new and closed cases count by the period's first and last day", "[caseload]") {
    CaseloadFixture f;
    const Case before = f.openOn(QDate(2026, 10, 15), u"Vorher"_s);
    const Case firstDay = f.openOn(f.nov(1), u"Erster"_s);
    const Case lastDay = f.openOn(f.nov(30), u"Letzter"_s);
    const Case closedOnLastDay = f.openOn(QDate(2026, 10, 1), u"Schluss"_s);
    f.closeOn(closedOnLastDay.id, f.nov(30));
    const Case closedOnFirstDay = f.openOn(QDate(2026, 9, 1), u"Anfang"_s);
    f.closeOn(closedOnFirstDay.id, f.nov(1));
    const Case closedLater = f.openOn(QDate(2026, 10, 2), u"Später"_s);
    f.closeOn(closedLater.id, QDate(2026, 12, 2));
    f.openOn(QDate(2026, 12, 1), u"Danach"_s);
    const Case closedBefore = f.openOn(QDate(2026, 8, 1), u"Früher"_s);
    f.closeOn(closedBefore.id, QDate(2026, 10, 31));

    const CaseloadFigures figures = f.figures();
    CHECK(figures.value(u"cases.open"_s) == 4); // before, first day, last day, closed after the period
    CHECK(figures.value(u"cases.new"_s) == 2);
    CHECK(figures.value(u"cases.closed"_s) == 2);
    CHECK(figures.value(u"cases.reopened"_s) == 0);
    (void)before;
    (void)firstDay;
    (void)lastDay;

    // The same vault read for October: a case closed on 31 October was not open at its end.
    const CaseloadFigures october = f.figures(ReportingPeriod::month(2026, 10));
    CHECK(october.value(u"cases.open"_s) == 4); // before, closed on 30 Nov, closed on 1 Nov, closed later
    CHECK(october.value(u"cases.new"_s) == 3);
    CHECK(october.value(u"cases.closed"_s) == 1);
}

TEST_CASE("a new case of a person whose earlier case was closed counts as reopened and as new", "[caseload]") {
    CaseloadFixture f;
    const Case first = f.openOn(QDate(2026, 6, 1), u"Wieder"_s);
    f.closeOn(first.id, QDate(2026, 9, 15));
    const Case second = f.reopenOn(f.nov(10), first.clientId);
    // Closed and opened again on the same day within the period.
    const Case sameDay = f.openOn(QDate(2026, 10, 1), u"Gleich"_s);
    f.closeOn(sameDay.id, f.nov(5));
    f.reopenOn(f.nov(5), sameDay.clientId);
    // A first case is never a reopening.
    f.openOn(f.nov(6), u"Neu"_s);

    const CaseloadFigures figures = f.figures();
    CHECK(figures.value(u"cases.new"_s) == 3);
    CHECK(figures.value(u"cases.reopened"_s) == 2);
    CHECK(figures.value(u"cases.closed"_s) == 1);
    CHECK(figures.value(u"cases.open"_s) == 3);
    CHECK(second.id != first.id);
    // In December the reopened case is neither new nor reopened any more.
    CHECK(f.figures(ReportingPeriod::month(2026, 12)).value(u"cases.reopened"_s) == 0);
}

TEST_CASE("open cases count in the phase they stood in on the last day, after two changes in the period",
          "[caseload]") {
    CaseloadFixture f;
    const Case twice = f.openOn(QDate(2026, 10, 1), u"Zweimal"_s);
    f.phaseOn(twice.id, Phase::Assessment, f.nov(5));
    f.phaseOn(twice.id, Phase::Planning, f.nov(20));
    const Case changedAfter = f.openOn(QDate(2026, 10, 1), u"Danach"_s);
    f.phaseOn(changedAfter.id, Phase::Assessment, QDate(2026, 10, 10));
    f.phaseOn(changedAfter.id, Phase::Implementation, QDate(2026, 12, 3));
    const Case onLastDay = f.openOn(QDate(2026, 10, 1), u"Stichtag"_s);
    f.phaseOn(onLastDay.id, Phase::Monitoring, f.nov(30));

    const CaseloadFigures figures = f.figures();
    CHECK(figures.value(u"cases.by_phase"_s, u"1"_s) == 0);
    CHECK(figures.value(u"cases.by_phase"_s, u"2"_s) == 1);
    CHECK(figures.value(u"cases.by_phase"_s, u"3"_s) == 1);
    CHECK(figures.value(u"cases.by_phase"_s, u"4"_s) == 0);
    CHECK(figures.value(u"cases.by_phase"_s, u"5"_s) == 1);
    CHECK_FALSE(figures.values.at(u"cases.by_phase"_s).contains(u"6"_s));

    // Days in phase count from the last change on or before the last day.
    CaseloadRules rules;
    rules.stuckInPhaseDays = 9;
    const CaseloadFigures strict = f.figures(f.november(), rules);
    const CaseloadAlert* planning = alertOf(strict, twice.id);
    REQUIRE(planning);
    CHECK(planning->phase == Phase::Planning);
    CHECK(planning->daysInPhase == 10);
    CHECK(planning->reasons & static_cast<int>(AlertReason::StuckInPhase));
    const CaseloadAlert* assessment = alertOf(strict, changedAfter.id);
    REQUIRE(assessment);
    CHECK(assessment->phase == Phase::Assessment);
    CHECK(assessment->daysInPhase == 51);
    const CaseloadAlert* monitoring = alertOf(strict, onLastDay.id);
    if (monitoring) {
        CHECK_FALSE(monitoring->reasons & static_cast<int>(AlertReason::StuckInPhase));
        CHECK(monitoring->daysInPhase == 0);
    }
}

TEST_CASE("open cases fall into duration buckets by days from opening to the period's last day", "[caseload]") {
    CaseloadFixture f;
    const QDate last = f.nov(30);
    f.openOn(last, u"Null"_s);            // 0
    f.openOn(last.addDays(-30), u"A"_s);  // 30
    f.openOn(last.addDays(-31), u"B"_s);  // 31
    f.openOn(last.addDays(-90), u"C"_s);  // 90
    f.openOn(last.addDays(-91), u"D"_s);  // 91
    f.openOn(last.addDays(-180), u"E"_s); // 180
    f.openOn(last.addDays(-181), u"F"_s); // 181
    f.openOn(last.addDays(-365), u"G"_s); // 365
    f.openOn(last.addDays(-366), u"H"_s); // 366

    const CaseloadFigures figures = f.figures();
    CHECK(figures.value(u"cases.by_duration"_s, u"d0_30"_s) == 2);
    CHECK(figures.value(u"cases.by_duration"_s, u"d31_90"_s) == 2);
    CHECK(figures.value(u"cases.by_duration"_s, u"d91_180"_s) == 2);
    CHECK(figures.value(u"cases.by_duration"_s, u"d181_365"_s) == 2);
    CHECK(figures.value(u"cases.by_duration"_s, u"d366_plus"_s) == 1);
}

TEST_CASE("contacts count on the day they took place, also when entered after the period", "[caseload]") {
    CaseloadFixture f;
    const Case c = f.openOn(QDate(2026, 9, 1), u"Kontakt"_s);
    f.contactOn(c.id, f.nov(1), ConsultationMode::InPerson);
    f.contactOn(c.id, f.nov(30), ConsultationMode::Phone);
    f.contactOn(c.id, QDate(2026, 10, 31), ConsultationMode::Phone);
    f.contactOn(c.id, QDate(2026, 12, 1), ConsultationMode::Video);

    const CaseloadFigures sent = f.figures();
    CHECK(sent.value(u"contacts.by_mode"_s, u"1"_s) == 1);
    CHECK(sent.value(u"contacts.by_mode"_s, u"2"_s) == 1);
    CHECK(sent.value(u"contacts.by_mode"_s, u"4"_s) == 0);
    CHECK(sent.value(u"contacts.by_mode"_s, u"total"_s) == 2);

    // A home visit held on 20 November, entered on 5 December: a recomputation counts it.
    f.contactOn(c.id, f.nov(20), ConsultationMode::HomeVisit, QDate(2026, 12, 5));
    const CaseloadFigures again = f.figures();
    CHECK(again.value(u"contacts.by_mode"_s, u"3"_s) == 1);
    CHECK(again.value(u"contacts.by_mode"_s, u"total"_s) == 3);
}

TEST_CASE("contact gaps count open cases by days since the last contact on or before the last day, cumulatively",
          "[caseload]") {
    CaseloadFixture f;
    const Case recent = f.openOn(QDate(2026, 9, 1), u"Frisch"_s);
    f.contactOn(recent.id, f.nov(16)); // 14 days: no gap
    const Case fifteen = f.openOn(QDate(2026, 9, 1), u"Fuenfzehn"_s);
    f.contactOn(fifteen.id, f.nov(15));          // 15 days
    f.contactOn(fifteen.id, QDate(2026, 12, 2)); // after the period: does not count
    const Case fortyOne = f.openOn(QDate(2026, 9, 1), u"Einundvierzig"_s);
    f.contactOn(fortyOne.id, QDate(2026, 10, 20));            // 41 days
    const Case never = f.openOn(QDate(2026, 9, 1), u"Nie"_s); // 90 days since opening
    const Case newOne = f.openOn(f.nov(20), u"Neu"_s);        // 10 days since opening

    const CaseloadFigures figures = f.figures();
    CHECK(figures.value(u"contacts.gap"_s, u"over14"_s) == 3);
    CHECK(figures.value(u"contacts.gap"_s, u"over30"_s) == 2);
    CHECK(figures.value(u"contacts.gap"_s, u"over60"_s) == 1);

    const CaseloadAlert* silent = alertOf(figures, never.id);
    REQUIRE(silent);
    CHECK(silent->daysSinceContact == 90);
    CHECK(silent->reasons & static_cast<int>(AlertReason::NoContact));
    const CaseloadAlert* gap = alertOf(figures, fortyOne.id);
    REQUIRE(gap);
    CHECK(gap->daysSinceContact == 41);
    CHECK(alertOf(figures, fifteen.id) == nullptr); // 15 days is within the default 30
    CHECK(alertOf(figures, recent.id) == nullptr);
    CHECK(alertOf(figures, newOne.id) == nullptr);
}

TEST_CASE("follow-ups due in the period are done on time, late, or still overdue at its end", "[caseload]") {
    CaseloadFixture f;
    const Case c = f.openOn(QDate(2026, 9, 1), u"Wiedervorlage"_s);
    f.contactOn(c.id, f.nov(28));
    f.followUpOn(c.id, f.nov(1), f.nov(1));            // on the due day
    f.followUpOn(c.id, f.nov(10), f.nov(3));           // early
    f.followUpOn(c.id, f.nov(10), f.nov(30));          // late, on the last day
    f.followUpOn(c.id, f.nov(30), QDate(2026, 12, 1)); // done after the period: overdue
    f.followUpOn(c.id, f.nov(20));                     // never done
    f.followUpOn(c.id, QDate(2026, 10, 31), f.nov(2)); // due before the period
    f.followUpOn(c.id, QDate(2026, 12, 1));            // due after the period

    const CaseloadFigures figures = f.figures();
    CHECK(figures.value(u"follow_ups"_s, u"due"_s) == 5);
    CHECK(figures.value(u"follow_ups"_s, u"on_time"_s) == 2);
    CHECK(figures.value(u"follow_ups"_s, u"late"_s) == 1);
    CHECK(figures.value(u"follow_ups"_s, u"overdue"_s) == 2);

    const CaseloadAlert* alert = alertOf(figures, c.id);
    REQUIRE(alert);
    // The alert counts what is overdue on the last day as the app calls it: due before it (the
    // one due on the 30th is due that day, not yet overdue).
    CHECK(alert->overdueFollowUps == 1);
    CHECK(alert->reasons == static_cast<int>(AlertReason::OverdueFollowUp));
}

TEST_CASE("referrals count when made, when first answered, and when overdue or awaiting a release at the end",
          "[caseload]") {
    CaseloadFixture f;
    const int64_t jobcenter = f.jobcenter();
    const int64_t health = f.institutionId(u"Gesundheitsamt Kreis Gütersloh"_s);
    const Case c = f.openOn(QDate(2026, 10, 1), u"Vermittlung"_s);
    f.addRelease(c.clientId, jobcenter);
    f.contactOn(c.id, f.nov(29));

    // Made on 2 November, transmitted, answered on 12 November: 10 days.
    f.clock.setToday(f.nov(2));
    const Referral answered = f.addReferral(c, jobcenter, f.nov(20));
    f.referrals.changeStatus(answered.id, ReferralStatus::Transmitted, f.nov(2), QString());
    f.clock.setToday(f.nov(12));
    f.referrals.changeStatus(answered.id, ReferralStatus::AppointmentMade, f.nov(12), QString());
    f.clock.setToday(f.nov(25));
    f.referrals.changeStatus(answered.id, ReferralStatus::Completed, f.nov(25), QString());

    // Made on 4 November, expected by 20 November, no answer by the end: overdue.
    f.clock.setToday(f.nov(4));
    const Referral overdue = f.addReferral(c, jobcenter, f.nov(20));
    f.referrals.changeStatus(overdue.id, ReferralStatus::Transmitted, f.nov(4), QString());
    // Answered after the period: still overdue at the end of November.
    f.clock.setToday(QDate(2026, 12, 3));
    f.referrals.changeStatus(overdue.id, ReferralStatus::InProgress, QDate(2026, 12, 3), QString());

    // Made in October, answered in November after 36 days.
    f.clock.setToday(QDate(2026, 10, 5));
    const Referral october = f.addReferral(c, jobcenter);
    f.referrals.changeStatus(october.id, ReferralStatus::Transmitted, QDate(2026, 10, 5), QString());
    f.clock.setToday(f.nov(10));
    f.referrals.changeStatus(october.id, ReferralStatus::Rejected, f.nov(10), QString());

    // Planned to the health office, no release: awaiting one.
    f.clock.setToday(f.nov(15));
    f.addReferral(c, health);
    // "keine Rückmeldung" is no answer.
    f.clock.setToday(f.nov(6));
    const Referral silent = f.addReferral(c, jobcenter);
    f.referrals.changeStatus(silent.id, ReferralStatus::Transmitted, f.nov(6), QString());
    f.clock.setToday(f.nov(26));
    f.referrals.changeStatus(silent.id, ReferralStatus::NoResponse, f.nov(26), QString());

    const CaseloadFigures figures = f.figures();
    CHECK(figures.value(u"referrals"_s, u"opened"_s) == 4);
    CHECK(figures.value(u"referrals"_s, u"answered"_s) == 2);
    CHECK(figures.value(u"referrals"_s, u"overdue"_s) == 1);
    CHECK(figures.value(u"referrals"_s, u"awaiting_release"_s) == 1);
    CHECK(figures.value(u"referrals.by_institution_type"_s, u"1"_s) == 3);
    CHECK(figures.value(u"referrals.by_institution_type"_s, u"9"_s) == 1);
    CHECK(figures.value(u"referrals.by_legal_domain"_s, u"1"_s) == 3);
    CHECK(figures.value(u"referrals.by_legal_domain"_s, u"8"_s) == 1);
    CHECK(figures.value(u"referrals.answer_days"_s, u"median"_s) == 23); // (10 + 36) / 2

    const CaseloadAlert* alert = alertOf(figures, c.id);
    REQUIRE(alert);
    CHECK(alert->overdueReferrals == 1);
    CHECK(alert->reasons == static_cast<int>(AlertReason::OverdueReferral));

    // December: the late answer is the month's only answer; nothing is overdue any more.
    const CaseloadFigures december = f.figures(ReportingPeriod::month(2026, 12));
    CHECK(december.value(u"referrals"_s, u"opened"_s) == 0);
    CHECK(december.value(u"referrals"_s, u"answered"_s) == 1);
    CHECK(december.value(u"referrals"_s, u"overdue"_s) == 0);
    CHECK(december.value(u"referrals.answer_days"_s, u"median"_s) == 29);
    // A month without answers has the median 0.
    CHECK(f.figures(ReportingPeriod::month(2026, 9)).value(u"referrals.answer_days"_s, u"median"_s) == 0);
}

TEST_CASE("consents: open cases without a valid consent at the end, and consents withdrawn in the period",
          "[caseload]") {
    CaseloadFixture f;
    const Case kept = f.openOn(QDate(2026, 10, 1), u"Bleibt"_s);
    const Case withdrawnInPeriod = f.openOn(QDate(2026, 10, 1), u"Widerruf"_s);
    f.clock.setToday(f.nov(12));
    f.consents.withdraw(f.consents.forClient(withdrawnInPeriod.clientId).front().id, f.nov(12));
    const Case withdrawnLater = f.openOn(QDate(2026, 10, 1), u"Spaeter"_s);
    f.clock.setToday(QDate(2026, 12, 4));
    f.consents.withdraw(f.consents.forClient(withdrawnLater.clientId).front().id, QDate(2026, 12, 4));
    // A case from before the consent rule: open without any consent.
    f.clock.setToday(QDate(2026, 10, 1));
    const Client old = f.addClient(u"Alt"_s, u"Test"_s);
    f.insertCaseWithoutConsent(old.id);

    const CaseloadFigures figures = f.figures();
    CHECK(figures.value(u"consents"_s, u"withdrawn"_s) == 1);
    CHECK(figures.value(u"consents"_s, u"without_valid"_s) == 1);
    CHECK(figures.value(u"cases.open"_s) == 3); // the withdrawal closed its case
    CHECK(figures.value(u"cases.closed"_s) == 1);
    (void)kept;
    CHECK(f.figures(ReportingPeriod::month(2026, 12)).value(u"consents"_s, u"withdrawn"_s) == 1);
}

TEST_CASE("open cases count by target group and municipality, every key present", "[caseload]") {
    CaseloadFixture f;
    f.openOn(QDate(2026, 10, 1), u"A"_s, TargetGroup::Ukraine, Municipality::Verl);
    f.openOn(QDate(2026, 10, 1), u"B"_s, TargetGroup::Ukraine, Municipality::Verl);
    f.openOn(QDate(2026, 10, 1), u"C"_s, TargetGroup::RefugeesSince2015, Municipality::Halle);
    const Case closed = f.openOn(QDate(2026, 10, 1), u"D"_s, TargetGroup::Immigrants, Municipality::Halle);
    f.closeOn(closed.id, f.nov(3));

    const CaseloadFigures figures = f.figures();
    CHECK(figures.value(u"open_cases.by_target_group"_s, u"4"_s) == 2);
    CHECK(figures.value(u"open_cases.by_target_group"_s, u"3"_s) == 1);
    CHECK(figures.value(u"open_cases.by_target_group"_s, u"1"_s) == 0);
    CHECK(figures.value(u"open_cases.by_municipality"_s, u"11"_s) == 2);
    CHECK(figures.value(u"open_cases.by_municipality"_s, u"3"_s) == 1);
    for (const CaseloadFigureDefinition& definition : CaseloadDefinitions::all()) {
        INFO(definition.id.toStdString());
        REQUIRE(figures.values.contains(definition.id));
        CHECK(figures.values.at(definition.id).size() == static_cast<size_t>(definition.keys.size()));
    }
}

TEST_CASE("the definitions catalogue has sixteen figures, each with a title, one sentence and unique keys",
          "[caseload]") {
    const auto& all = CaseloadDefinitions::all();
    REQUIRE(all.size() == 16);
    QStringList ids;
    for (const CaseloadFigureDefinition& definition : all) {
        INFO(definition.id.toStdString());
        ids << definition.id;
        CHECK_FALSE(definition.title.isEmpty());
        CHECK(definition.definition.endsWith(u'.'));
        QStringList keys;
        for (const auto& key : definition.keys) {
            keys << key.first;
            CHECK_FALSE(key.second.isEmpty());
        }
        CHECK(keys.removeDuplicates() == 0);
        CHECK(CaseloadDefinitions::find(definition.id) == &definition);
    }
    CHECK(ids.removeDuplicates() == 0);
    CHECK(CaseloadDefinitions::find(u"cases.unknown"_s) == nullptr);
    CHECK(CaseloadDefinitions::find(u"open_cases.by_target_group"_s)->suppressSmallCounts);
    CHECK(CaseloadDefinitions::find(u"open_cases.by_municipality"_s)->suppressSmallCounts);
    CHECK_FALSE(CaseloadDefinitions::find(u"cases.by_phase"_s)->suppressSmallCounts);
}

TEST_CASE("a quarter counts like its three months together, as at the quarter's last day", "[caseload]") {
    CaseloadFixture f;
    const Case c = f.openOn(QDate(2026, 9, 20), u"Quartal"_s);
    f.contactOn(c.id, QDate(2026, 10, 1));
    f.contactOn(c.id, f.nov(15), ConsultationMode::Phone);
    f.contactOn(c.id, QDate(2026, 12, 31));
    const Case closed = f.openOn(QDate(2026, 10, 5), u"Kurz"_s);
    f.closeOn(closed.id, f.nov(30));

    const CaseloadFigures q4 = f.figures(ReportingPeriod::quarter(2026, 4));
    CHECK(q4.period == ReportingPeriod::quarter(2026, 4));
    CHECK(q4.value(u"contacts.by_mode"_s, u"total"_s) == 3);
    CHECK(q4.value(u"contacts.by_mode"_s, u"2"_s) == 1);
    CHECK(q4.value(u"cases.new"_s) == 1);
    CHECK(q4.value(u"cases.closed"_s) == 1);
    CHECK(q4.value(u"cases.open"_s) == 1);
    CHECK(q4.value(u"contacts.gap"_s, u"over14"_s) == 0);
    CHECK(q4.value(u"cases.by_duration"_s, u"d91_180"_s) == 1); // 102 days on 31 December
}
