// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CaseloadPseudonym.h"
#include "exchange/PackageError.h"
#include "reporting/CaseloadReport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

#include <functional>

using namespace kim;
using namespace Qt::StringLiterals;
using namespace kim::core;
using namespace kim::reporting;

namespace {

const ReportingPeriod November = ReportingPeriod::month(2026, 11);
const Botan::secure_vector<uint8_t> Key(32, 0x5a);

// Exact figures as a vault would compute them: every key, some small counts, three alert rows.
CaseloadFigures exactFigures() {
    CaseloadFigures figures;
    figures.period = November;
    for (const auto& definition : CaseloadDefinitions::all()) {
        int n = 0;
        for (const auto& key : definition.keys) {
            figures.values[definition.id][key.first] = n++ % 7; // 0 .. 6: below and above the threshold
        }
    }
    figures.alerts = {{11, Phase::Implementation, 1, 45, 12, 0, 0},
                      {12, Phase::Clarification, 2 | 8, 3, 100, 2, 1},
                      {13, Phase::Monitoring, 4, 6, 200, 0, 0}};
    return figures;
}

exchange::PackageFailure failureOf(const QJsonValue& json, const QString& period = u"2026-11"_s) {
    try {
        CaseloadReport::fromJson(json, period);
    } catch (const exchange::PackageError& error) {
        return error.failure();
    }
    FAIL("fromJson accepted it");
    return exchange::PackageFailure::Damaged;
}

QJsonObject edited(const QJsonObject& json, const std::function<void(QJsonObject&)>& edit) {
    QJsonObject copy = json;
    edit(copy);
    return copy;
}

// Changes one member of the figure `figure`.
QJsonObject withFigureValue(const QJsonObject& json, const QString& figure, const QString& key,
                            const QJsonValue& value) {
    return edited(json, [&](QJsonObject& o) {
        QJsonObject figures = o.value(u"figures"_s).toObject();
        QJsonObject keys = figures.value(figure).toObject();
        if (value.isUndefined()) {
            keys.remove(key);
        } else {
            keys.insert(key, value);
        }
        figures.insert(figure, keys);
        o.insert(u"figures"_s, figures);
    });
}

QJsonObject withAlert(const QJsonObject& json, int index, const QString& member, const QJsonValue& value) {
    return edited(json, [&](QJsonObject& o) {
        QJsonArray alerts = o.value(u"alerts"_s).toArray();
        QJsonObject alert = alerts.at(index).toObject();
        if (value.isUndefined()) {
            alert.remove(member);
        } else {
            alert.insert(member, value);
        }
        alerts.replace(index, alert);
        o.insert(u"alerts"_s, alerts);
    });
}

} // namespace

TEST_CASE("preparing a report suppresses small counts where the definition says so and pseudonymises the alerts",
          "[supervision]") {
    const CaseloadFigures figures = exactFigures();
    const PreparedCaseloadReport prepared = prepareCaseloadReport(figures, Key, 3);
    const CaseloadReport& report = prepared.report;
    CHECK(report.period == November);
    CHECK(report.revision == 3);
    CHECK(report.definitionsVersion == CaseloadDefinitions::CurrentVersion);
    for (const auto& definition : CaseloadDefinitions::all()) {
        for (const auto& key : definition.keys) {
            INFO(definition.id.toStdString() << " " << key.first.toStdString());
            const int exact = figures.value(definition.id, key.first);
            const auto sent = report.value(definition.id, key.first);
            if (definition.suppressSmallCounts && exact >= 1 && exact <= 4) {
                CHECK_FALSE(sent.has_value());
            } else if (definition.suppressSmallCounts && exact > 0) {
                CHECK((!sent.has_value() || sent == exact)); // a partner may be hidden too
            } else {
                CHECK(sent == exact); // zeros and unsuppressed figures are exact
            }
        }
    }
    REQUIRE(report.alerts.size() == 3);
    CHECK(std::is_sorted(report.alerts.begin(), report.alerts.end(),
                         [](const auto& a, const auto& b) { return a.pseudonym < b.pseudonym; }));
    REQUIRE(prepared.casesOfPseudonyms.size() == 3);
    for (const auto& [pseudonym, caseId] : prepared.casesOfPseudonyms) {
        CHECK(pseudonym == CaseloadPseudonym::of(Key, November, caseId));
    }
    // Week bands, not days: 45 days are 6 weeks (band 4-7), 12 days 1 week (band 0-1), 200 days 28 weeks (26-51).
    const auto row = [&](int64_t caseId) {
        const QString pseudonym = CaseloadPseudonym::of(Key, November, caseId);
        return *std::find_if(report.alerts.begin(), report.alerts.end(),
                             [&](const auto& a) { return a.pseudonym == pseudonym; });
    };
    CHECK(row(11).weeksSinceContact == 4);
    CHECK(row(11).weeksInPhase == 0);
    CHECK(row(13).weeksSinceContact == 0);
    CHECK(row(13).weeksInPhase == 26);
    CHECK(CaseloadReportAlert::weekBand(13) == 0);
    CHECK(CaseloadReportAlert::weekBand(14) == 2);
    CHECK(CaseloadReportAlert::weekBand(90) == 8);
    CHECK(CaseloadReportAlert::weekBand(400) == 52);
    CHECK(CaseloadReportAlert::weeksText(8) == u"8–12 Wochen"_s);
    CHECK(row(12).overdueFollowUps == 2);
    CHECK(row(12).overdueReferrals == 1);
    CHECK(row(12).reasons == (2 | 8));
    CHECK(row(12).phase == Phase::Clarification);

    CaseloadFigures threshold3 = figures;
    threshold3.rules.smallCountThreshold = 3;
    const CaseloadReport lower = prepareCaseloadReport(threshold3, Key, 1).report;
    CHECK(lower.value(u"open_cases.by_municipality"_s, u"5"_s) == 4);
    CHECK_FALSE(lower.value(u"open_cases.by_municipality"_s, u"3"_s).has_value());
}

TEST_CASE("a caseload report survives its own JSON unchanged", "[supervision]") {
    const CaseloadReport report = prepareCaseloadReport(exactFigures(), Key, 2).report;
    const CaseloadReport read = CaseloadReport::fromJson(report.toJson(), u"2026-11"_s);
    CHECK(read.period == report.period);
    CHECK(read.revision == 2);
    CHECK(read.rules == report.rules);
    CHECK(read.values == report.values);
    CHECK(read.alerts == report.alerts);
    CHECK(read.toJson() == report.toJson());
}

TEST_CASE("reading a caseload report refuses anything but the documented shape", "[supervision]") {
    const QJsonObject good = prepareCaseloadReport(exactFigures(), Key, 1).report.toJson();
    REQUIRE_NOTHROW(CaseloadReport::fromJson(good, u"2026-11"_s));
    const auto firstAlert = good.value(u"alerts"_s).toArray().at(0).toObject();
    const QString first = firstAlert.value(u"pseudonym"_s).toString();

    const std::vector<std::pair<std::string, QJsonValue>> damaged{
        {"not an object", QJsonArray{}},
        {"missing member", edited(good, [](QJsonObject& o) { o.remove(u"rules"_s); })},
        {"extra member", edited(good, [](QJsonObject& o) { o.insert(u"caseCodes"_s, QJsonArray{}); })},
        {"period text", edited(good, [](QJsonObject& o) { o.insert(u"period"_s, u"November"_s); })},
        {"revision 0", edited(good, [](QJsonObject& o) { o.insert(u"revision"_s, 0); })},
        {"format 0", edited(good, [](QJsonObject& o) { o.insert(u"format"_s, 0); })},
        {"rule out of range", edited(good,
                                     [](QJsonObject& o) {
                                         QJsonObject rules = o.value(u"rules"_s).toObject();
                                         rules.insert(u"smallCountThreshold"_s, 1);
                                         o.insert(u"rules"_s, rules);
                                     })},
        {"unknown figure", edited(good,
                                  [](QJsonObject& o) {
                                      QJsonObject figures = o.value(u"figures"_s).toObject();
                                      figures.insert(u"staff.by_weekday"_s, QJsonObject{{u"total"_s, 1}});
                                      o.insert(u"figures"_s, figures);
                                  })},
        {"missing figure", edited(good,
                                  [](QJsonObject& o) {
                                      QJsonObject figures = o.value(u"figures"_s).toObject();
                                      figures.remove(u"cases.open"_s);
                                      o.insert(u"figures"_s, figures);
                                  })},
        {"unknown key", withFigureValue(good, u"cases.by_phase"_s, u"6"_s, 1)},
        {"missing key", withFigureValue(good, u"cases.by_phase"_s, u"1"_s, QJsonValue::Undefined)},
        {"negative count", withFigureValue(good, u"cases.open"_s, u"total"_s, -1)},
        {"fractional count", withFigureValue(good, u"cases.open"_s, u"total"_s, 1.5)},
        {"count as text", withFigureValue(good, u"cases.open"_s, u"total"_s, u"3"_s)},
        {"suppressed where not allowed", withFigureValue(good, u"cases.open"_s, u"total"_s, QJsonValue::Null)},
        {"exact small count", withFigureValue(good, u"open_cases.by_target_group"_s, u"1"_s, 2)},
        {"alerts not an array", edited(good, [](QJsonObject& o) { o.insert(u"alerts"_s, QJsonObject{}); })},
        {"lower-case pseudonym", withAlert(good, 0, u"pseudonym"_s, first.toLower())},
        {"case code as pseudonym", withAlert(good, 0, u"pseudonym"_s, u"GT-2026-0042"_s)},
        {"phase Abschluss", withAlert(good, 0, u"phase"_s, 6)},
        {"no reason", withAlert(good, 0, u"reasons"_s, 0)},
        {"unknown reason bit", withAlert(good, 0, u"reasons"_s, 16)},
        {"negative weeks", withAlert(good, 0, u"weeksInPhase"_s, -1)},
        {"weeks that are no band", withAlert(good, 0, u"weeksInPhase"_s, 3)},
        {"alert with a date", withAlert(good, 0, u"lastContact"_s, u"2026-11-03"_s)},
        {"alert member missing", withAlert(good, 0, u"overdueReferrals"_s, QJsonValue::Undefined)},
        {"alerts out of order", edited(good,
                                       [](QJsonObject& o) {
                                           QJsonArray alerts = o.value(u"alerts"_s).toArray();
                                           const QJsonValue head = alerts.takeAt(0);
                                           alerts.append(head);
                                           o.insert(u"alerts"_s, alerts);
                                       })},
    };
    for (const auto& [name, json] : damaged) {
        INFO(name);
        CHECK(failureOf(json) == exchange::PackageFailure::Damaged);
    }
    CHECK(failureOf(good, u"2026-10"_s) == exchange::PackageFailure::Damaged);
    CHECK(failureOf(good, u"2026-Q4"_s) == exchange::PackageFailure::Damaged);

    // Newer formats and definitions are told apart from damage, even with members this version lacks.
    CHECK(failureOf(edited(good, [](QJsonObject& o) {
              o.insert(u"format"_s, 2);
              o.insert(u"somethingNew"_s, true);
          })) == exchange::PackageFailure::UnsupportedVersion);
    CHECK(failureOf(edited(good, [](QJsonObject& o) { o.insert(u"definitions"_s, 2); })) ==
          exchange::PackageFailure::UnsupportedVersion);

    // A suppressed count and an exact one at or above the threshold are fine.
    CHECK_NOTHROW(
        CaseloadReport::fromJson(withFigureValue(good, u"open_cases.by_target_group"_s, u"1"_s, 5), u"2026-11"_s));
    CHECK_NOTHROW(CaseloadReport::fromJson(
        withFigureValue(good, u"open_cases.by_target_group"_s, u"1"_s, QJsonValue::Null), u"2026-11"_s));
}

TEST_CASE("small counts take partners with them until the total cannot pin them down, never a zero", "[supervision]") {
    CaseloadFigures figures = exactFigures();
    // Target groups 12, 3, 20, 7: "2" is small; hiding "4" (7) as well leaves 3 anywhere in 1..4
    // for someone who knows the total 42 and that a hidden partner is at least 5.
    figures.values[u"open_cases.by_target_group"_s] = {{u"1"_s, 12}, {u"2"_s, 3}, {u"3"_s, 20}, {u"4"_s, 7}};
    // Municipalities: one small cell and zeros elsewhere: a zero would give it away, so the 40 goes.
    for (auto& [key, count] : figures.values[u"open_cases.by_municipality"_s]) {
        count = 0;
    }
    figures.values[u"open_cases.by_municipality"_s][u"2"_s] = 40;
    figures.values[u"open_cases.by_municipality"_s][u"7"_s] = 2;

    const CaseloadReport report = prepareCaseloadReport(figures, Key, 1).report;
    CHECK(report.value(u"open_cases.by_target_group"_s, u"1"_s) == 12);
    CHECK_FALSE(report.value(u"open_cases.by_target_group"_s, u"2"_s).has_value());
    CHECK(report.value(u"open_cases.by_target_group"_s, u"3"_s) == 20);
    CHECK_FALSE(report.value(u"open_cases.by_target_group"_s, u"4"_s).has_value());
    CHECK_FALSE(report.value(u"open_cases.by_municipality"_s, u"7"_s).has_value());
    CHECK_FALSE(report.value(u"open_cases.by_municipality"_s, u"2"_s).has_value());
    CHECK(report.value(u"open_cases.by_municipality"_s, u"1"_s) == 0);
    CHECK(report.value(u"open_cases.by_municipality"_s, u"3"_s) == 0);

    // 1, 5, 5, 30: hiding one 5 would leave 1 = 6 - 5 exact, two 5s 1 = 11 - 10: all go.
    figures.values[u"open_cases.by_target_group"_s] = {{u"1"_s, 1}, {u"2"_s, 5}, {u"3"_s, 5}, {u"4"_s, 30}};
    const CaseloadReport tight = prepareCaseloadReport(figures, Key, 1).report;
    for (const QString key : {u"1"_s, u"2"_s, u"3"_s, u"4"_s}) {
        INFO(key.toStdString());
        CHECK_FALSE(tight.value(u"open_cases.by_target_group"_s, key).has_value());
    }
    CHECK_NOTHROW(CaseloadReport::fromJson(tight.toJson(), u"2026-11"_s));
}
