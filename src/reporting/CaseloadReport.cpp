// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/CaseloadReport.h"

#include "core/CaseloadPseudonym.h"
#include "exchange/PackageError.h"
#include "reporting/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <tuple>

namespace kim::reporting {

namespace {

using StrictJson::damaged;

constexpr int64_t MaxCount = 10'000'000;
constexpr int64_t MaxWeeks = 100 * 53;
constexpr int64_t MaxVersion = 1'000'000;
constexpr qsizetype MaxAlerts = 500'000;
constexpr int AllReasons = 1 | 2 | 4 | 8;

const QString FormatMember = QStringLiteral("format");
const QString DefinitionsMember = QStringLiteral("definitions");

auto orderOf(const CaseloadReportAlert& a) {
    // By pseudonym; two cases whose pseudonyms collide by what the rows show, never by case.
    return std::tie(a.pseudonym, a.phase, a.reasons, a.weeksSinceContact, a.weeksInPhase, a.overdueFollowUps,
                    a.overdueReferrals);
}

QJsonObject rulesJson(const core::CaseloadRules& rules) {
    return QJsonObject{{QStringLiteral("noContactAlertDays"), rules.noContactAlertDays},
                       {QStringLiteral("stuckInPhaseDays"), rules.stuckInPhaseDays},
                       {QStringLiteral("smallCountThreshold"), rules.smallCountThreshold}};
}

core::CaseloadRules parseRules(const QJsonValue& json) {
    const QJsonObject object =
        StrictJson::object(json, {QStringLiteral("noContactAlertDays"), QStringLiteral("stuckInPhaseDays"),
                                  QStringLiteral("smallCountThreshold")});
    core::CaseloadRules rules;
    rules.noContactAlertDays =
        static_cast<int>(StrictJson::integer(object.value(QStringLiteral("noContactAlertDays")), 1, 365));
    rules.stuckInPhaseDays =
        static_cast<int>(StrictJson::integer(object.value(QStringLiteral("stuckInPhaseDays")), 1, 365));
    rules.smallCountThreshold =
        static_cast<int>(StrictJson::integer(object.value(QStringLiteral("smallCountThreshold")), 2, 20));
    return rules;
}

std::map<QString, std::optional<int>> parseFigure(const QJsonValue& json, const core::CaseloadFigureDefinition& def,
                                                  int threshold) {
    QStringList keys;
    for (const auto& key : def.keys) {
        keys << key.first;
    }
    const QJsonObject object = StrictJson::object(json, keys);
    std::map<QString, std::optional<int>> values;
    for (const QString& key : keys) {
        const QJsonValue value = object.value(key);
        if (value.isNull()) {
            if (!def.suppressSmallCounts) {
                damaged();
            }
            values[key] = std::nullopt;
            continue;
        }
        const int count = static_cast<int>(StrictJson::integer(value, 0, MaxCount));
        // An exact small count where it must have been suppressed is refused, not stored.
        if (def.suppressSmallCounts && count > 0 && count < threshold) {
            damaged();
        }
        values[key] = count;
    }
    return values;
}

CaseloadReportAlert parseAlert(const QJsonValue& json) {
    const QJsonObject object =
        StrictJson::object(json, {QStringLiteral("pseudonym"), QStringLiteral("phase"), QStringLiteral("reasons"),
                                  QStringLiteral("weeksSinceContact"), QStringLiteral("weeksInPhase"),
                                  QStringLiteral("overdueFollowUps"), QStringLiteral("overdueReferrals")});
    static const QRegularExpression pseudonym(QRegularExpression::anchoredPattern(QStringLiteral("P-[0-9A-F]{6}")));
    CaseloadReportAlert alert;
    alert.pseudonym = StrictJson::matching(object.value(QStringLiteral("pseudonym")), pseudonym);
    // Open cases only: Abschluss (6) is no phase of an alert row.
    alert.phase = static_cast<core::Phase>(
        StrictJson::integer(object.value(QStringLiteral("phase")), 1, static_cast<int>(core::Phase::Monitoring)));
    alert.reasons = static_cast<int>(StrictJson::integer(object.value(QStringLiteral("reasons")), 1, AllReasons));
    alert.weeksSinceContact =
        static_cast<int>(StrictJson::integer(object.value(QStringLiteral("weeksSinceContact")), 0, MaxWeeks));
    alert.weeksInPhase =
        static_cast<int>(StrictJson::integer(object.value(QStringLiteral("weeksInPhase")), 0, MaxWeeks));
    if (!CaseloadReportAlert::isWeekBand(alert.weeksSinceContact) ||
        !CaseloadReportAlert::isWeekBand(alert.weeksInPhase)) {
        damaged();
    }
    alert.overdueFollowUps =
        static_cast<int>(StrictJson::integer(object.value(QStringLiteral("overdueFollowUps")), 0, MaxCount));
    alert.overdueReferrals =
        static_cast<int>(StrictJson::integer(object.value(QStringLiteral("overdueReferrals")), 0, MaxCount));
    return alert;
}

QJsonObject alertJson(const CaseloadReportAlert& alert) {
    return QJsonObject{{QStringLiteral("pseudonym"), alert.pseudonym},
                       {QStringLiteral("phase"), static_cast<int>(alert.phase)},
                       {QStringLiteral("reasons"), alert.reasons},
                       {QStringLiteral("weeksSinceContact"), alert.weeksSinceContact},
                       {QStringLiteral("weeksInPhase"), alert.weeksInPhase},
                       {QStringLiteral("overdueFollowUps"), alert.overdueFollowUps},
                       {QStringLiteral("overdueReferrals"), alert.overdueReferrals}};
}

// A newer format or definitions version is told apart from damage before the members are checked.
void requireKnownVersions(const QJsonValue& json) {
    if (!json.isObject()) {
        damaged();
    }
    const QJsonObject object = json.toObject();
    const int64_t format = StrictJson::integer(object.value(FormatMember), 1, MaxVersion);
    const int64_t definitions = StrictJson::integer(object.value(DefinitionsMember), 1, MaxVersion);
    if (format > CaseloadReport::FormatVersion || definitions > core::CaseloadDefinitions::CurrentVersion) {
        throw exchange::PackageError(exchange::PackageFailure::UnsupportedVersion);
    }
}

} // namespace

namespace {
constexpr int WeekBands[] = {0, 2, 4, 8, 13, 26, 52};
} // namespace

int CaseloadReportAlert::weekBand(int days) {
    const int weeks = std::max(0, days) / 7;
    int band = 0;
    for (const int start : WeekBands) {
        if (weeks >= start) {
            band = start;
        }
    }
    return band;
}

bool CaseloadReportAlert::isWeekBand(int weeks) {
    return std::find(std::begin(WeekBands), std::end(WeekBands), weeks) != std::end(WeekBands);
}

QString CaseloadReportAlert::weeksText(int band) {
    const auto next = std::upper_bound(std::begin(WeekBands), std::end(WeekBands), band);
    if (next == std::end(WeekBands)) {
        return QCoreApplication::translate("CaseloadReport", "%1 Wochen und mehr").arg(band);
    }
    return QCoreApplication::translate("CaseloadReport", "%1–%2 Wochen").arg(band).arg(*next - 1);
}

QString CaseloadReport::countText(const std::optional<int>& count) {
    return count ? QString::number(*count) : QCoreApplication::translate("CaseloadReport", "gesperrt");
}

std::optional<int> CaseloadReport::value(const QString& figureId, const QString& key) const {
    const auto figure = values.find(figureId);
    if (figure == values.end()) {
        return std::nullopt;
    }
    const auto it = figure->second.find(key);
    return it == figure->second.end() ? std::nullopt : it->second;
}

QJsonObject CaseloadReport::toJson() const {
    QJsonObject figures;
    for (const auto& [id, keys] : values) {
        QJsonObject figure;
        for (const auto& [key, count] : keys) {
            figure.insert(key, count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null));
        }
        figures.insert(id, figure);
    }
    QJsonArray alertArray;
    for (const auto& alert : alerts) {
        alertArray.append(alertJson(alert));
    }
    return QJsonObject{{FormatMember, FormatVersion},
                       {DefinitionsMember, definitionsVersion},
                       {QStringLiteral("period"), period.toString()},
                       {QStringLiteral("revision"), revision},
                       {QStringLiteral("rules"), rulesJson(rules)},
                       {QStringLiteral("figures"), figures},
                       {QStringLiteral("alerts"), alertArray}};
}

CaseloadReport CaseloadReport::fromJson(const QJsonValue& json, const QString& period) {
    requireKnownVersions(json);
    const QJsonObject object =
        StrictJson::object(json, {FormatMember, DefinitionsMember, QStringLiteral("period"), QStringLiteral("revision"),
                                  QStringLiteral("rules"), QStringLiteral("figures"), QStringLiteral("alerts")});
    CaseloadReport report;
    const QJsonValue periodValue = object.value(QStringLiteral("period"));
    const auto parsed = core::ReportingPeriod::parse(periodValue.toString());
    if (!periodValue.isString() || !parsed || parsed->toString() != period) {
        damaged();
    }
    report.period = *parsed;
    report.definitionsVersion = static_cast<int>(StrictJson::integer(object.value(DefinitionsMember), 1, MaxVersion));
    report.revision = static_cast<int>(StrictJson::integer(object.value(QStringLiteral("revision")), 1, MaxVersion));
    report.rules = parseRules(object.value(QStringLiteral("rules")));

    QStringList ids;
    for (const auto& definition : core::CaseloadDefinitions::all()) {
        ids << definition.id;
    }
    const QJsonObject figures = StrictJson::object(object.value(QStringLiteral("figures")), ids);
    for (const auto& definition : core::CaseloadDefinitions::all()) {
        report.values[definition.id] =
            parseFigure(figures.value(definition.id), definition, report.rules.smallCountThreshold);
    }
    for (const QJsonValue& alert : StrictJson::array(object.value(QStringLiteral("alerts")), MaxAlerts)) {
        report.alerts.push_back(parseAlert(alert));
    }
    // Sorted by pseudonym, so the order reveals nothing; equal pseudonyms are a 24-bit collision.
    const bool sorted = std::is_sorted(report.alerts.begin(), report.alerts.end(),
                                       [](const auto& a, const auto& b) { return orderOf(a) < orderOf(b); });
    if (!sorted) {
        damaged();
    }
    return report;
}

namespace {

// The breakdown's total is published (open cases), so the sum of its hidden cells is known, and
// every cell the recipient sees exactly is 0 or at least the threshold t. Hiding only the small
// counts could pin them down (one hidden cell is the total minus the rest), so partners are hidden
// too: the smallest non-zero cells first, never a 0 (a hidden 0 next to a small count would give
// the count away, since a partner must be 0 or at least t), until the small counts could each be
// anything from 1 to t-1: hidden sum - (small cells - 1) - partners * t >= t - 1. If the cells run
// out first, every non-zero cell is hidden.
void protectSmallCounts(std::map<QString, std::optional<int>>& sent, const core::CaseloadFigures& figures,
                        const core::CaseloadFigureDefinition& definition, int threshold) {
    int small = 0;
    int hiddenSum = 0;
    QList<QPair<int, QString>> partners;
    for (const auto& key : definition.keys) {
        const int exact = figures.value(definition.id, key.first);
        if (!sent[key.first]) {
            ++small;
            hiddenSum += exact;
        } else if (exact > 0) {
            partners.append({exact, key.first});
        }
    }
    if (small == 0) {
        return;
    }
    std::stable_sort(partners.begin(), partners.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    int hidden = 0;
    for (const auto& [count, key] : partners) {
        if (hidden > 0 && hiddenSum - (small - 1) - hidden * threshold >= threshold - 1) {
            break;
        }
        sent[key] = std::nullopt;
        hiddenSum += count;
        ++hidden;
    }
}

} // namespace

PreparedCaseloadReport prepareCaseloadReport(const core::CaseloadFigures& figures,
                                             const Botan::secure_vector<uint8_t>& pseudonymKey, int revision) {
    PreparedCaseloadReport prepared;
    CaseloadReport& report = prepared.report;
    report.period = figures.period;
    report.revision = revision;
    report.rules = figures.rules;
    const int threshold = figures.rules.smallCountThreshold;
    for (const auto& definition : core::CaseloadDefinitions::all()) {
        auto& keys = report.values[definition.id];
        for (const auto& key : definition.keys) {
            const int count = figures.value(definition.id, key.first);
            // Suppressed here, before anything leaves: the supervisor's vault never holds the small count.
            const bool small = definition.suppressSmallCounts && count > 0 && count < threshold;
            keys[key.first] = small ? std::nullopt : std::optional<int>(count);
        }
        if (definition.suppressSmallCounts) {
            protectSmallCounts(keys, figures, definition, threshold);
        }
    }
    for (const core::CaseloadAlert& alert : figures.alerts) {
        CaseloadReportAlert row;
        row.pseudonym = core::CaseloadPseudonym::of(pseudonymKey, figures.period, alert.caseId);
        row.phase = alert.phase;
        row.reasons = alert.reasons;
        row.weeksSinceContact = CaseloadReportAlert::weekBand(alert.daysSinceContact);
        row.weeksInPhase = CaseloadReportAlert::weekBand(alert.daysInPhase);
        row.overdueFollowUps = alert.overdueFollowUps;
        row.overdueReferrals = alert.overdueReferrals;
        report.alerts.push_back(row);
        prepared.casesOfPseudonyms.append({row.pseudonym, alert.caseId});
    }
    std::sort(report.alerts.begin(), report.alerts.end(),
              [](const auto& a, const auto& b) { return orderOf(a) < orderOf(b); });
    std::sort(prepared.casesOfPseudonyms.begin(), prepared.casesOfPseudonyms.end());
    return prepared;
}

} // namespace kim::reporting
