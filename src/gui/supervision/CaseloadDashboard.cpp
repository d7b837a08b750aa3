// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/supervision/CaseloadDashboard.h"

#include <QCoreApplication>

#include <algorithm>

namespace kim::gui {

const QString CaseloadDashboard::OpenCases = QStringLiteral("cases.open");
const QString CaseloadDashboard::NewCases = QStringLiteral("cases.new");
const QString CaseloadDashboard::ClosedCases = QStringLiteral("cases.closed");
const QString CaseloadDashboard::ByPhase = QStringLiteral("cases.by_phase");
const QString CaseloadDashboard::Duration = QStringLiteral("cases.by_duration");
const QString CaseloadDashboard::ContactGaps = QStringLiteral("contacts.gap");
const QString CaseloadDashboard::FollowUps = QStringLiteral("follow_ups");
const QString CaseloadDashboard::Referrals = QStringLiteral("referrals");

namespace {
using Report = reporting::ReceivedCaseloadReport;
using Length = core::ReportingPeriod::Length;

const core::CaseloadFigureDefinition* definition(const QString& id) {
    return core::CaseloadDefinitions::find(id);
}

// "11/2026" or "Q4/2026": short enough for a chart axis.
QString shortLabel(const core::ReportingPeriod& period) {
    return period.length == core::ReportingPeriod::Length::Month
               ? QStringLiteral("%1/%2").arg(period.number, 2, 10, QLatin1Char('0')).arg(period.year)
               : CaseloadDashboard::tr("Q%1/%2").arg(period.number).arg(period.year);
}

QString total() {
    return QStringLiteral("total");
}

// "Zeitraum: November 2026. <definition> <definition>"
QString describe(const QString& period, const QStringList& ids) {
    QStringList parts{CaseloadDashboard::tr("Zeitraum: %1.").arg(period)};
    for (const QString& id : ids) {
        if (const auto* figure = definition(id)) {
            parts << figure->definition;
        }
    }
    return parts.join(QLatin1Char(' '));
}

// The key of a definition that counts what is overdue (follow-ups, referrals).
QString overdueKey(const core::CaseloadFigureDefinition& figure) {
    for (const auto& [key, label] : figure.keys) {
        if (key.contains(QLatin1String("overdue"))) {
            return key;
        }
    }
    return figure.keys.isEmpty() ? total() : figure.keys.constLast().first;
}

// A row of a table whose value columns are figure/key pairs.
ReportTable::Row countsRow(const Report& report, const QString& label, const QString& chartLabel,
                           const QList<QPair<QString, QString>>& columns) {
    ReportTable::Row row;
    row.labels << label;
    row.chartLabel = chartLabel;
    row.code = report.senderKeyId;
    for (const auto& [figure, key] : columns) {
        row.values << report.content.value(figure, key).value_or(0);
        row.valueTexts << CaseloadDashboard::countText(report.content, figure, key);
    }
    return row;
}

// Value columns for every key of one figure.
QList<QPair<QString, QString>> keysOf(const QString& id, QStringList* headers) {
    QList<QPair<QString, QString>> columns;
    if (const auto* figure = definition(id)) {
        for (const auto& [key, label] : figure->keys) {
            columns << qMakePair(id, key);
            *headers << label;
        }
    }
    return columns;
}

ReportTable perMember(const std::vector<const Report*>& reports, const QString& id, const QString& title,
                      ReportTable::Chart chart, const QString& period, const QStringList& definitions,
                      const QList<QPair<QString, QString>>& columns, const QStringList& headers) {
    ReportTable table;
    table.id = id;
    table.title = title;
    table.description = describe(period, definitions);
    table.chart = chart;
    table.labelHeaders = {CaseloadDashboard::tr("Teammitglied")};
    table.valueHeaders = headers;
    for (const Report* report : reports) {
        table.rows << countsRow(*report, report->senderName, report->senderName, columns);
    }
    return table;
}

ReportTable overTime(const std::vector<const Report*>& reports, const QString& id, const QString& title,
                     ReportTable::Chart chart, const QStringList& definitions,
                     const QList<QPair<QString, QString>>& columns, const QStringList& headers) {
    ReportTable table;
    table.id = id;
    table.title = title;
    table.chart = chart;
    table.labelHeaders = {CaseloadDashboard::tr("Zeitraum")};
    table.valueHeaders = headers;
    for (const Report* report : reports) {
        table.rows << countsRow(*report, report->content.period.label(), shortLabel(report->content.period), columns);
    }
    const QString span =
        reports.empty() ? QString()
                        : CaseloadDashboard::tr("%1 bis %2")
                              .arg(reports.front()->content.period.label(), reports.back()->content.period.label());
    table.description = describe(span, definitions);
    return table;
}

QList<QPair<QString, QString>> overdueColumns(QStringList* headers) {
    QList<QPair<QString, QString>> columns;
    if (const auto* figure = definition(CaseloadDashboard::FollowUps)) {
        columns << qMakePair(CaseloadDashboard::FollowUps, overdueKey(*figure));
        *headers << CaseloadDashboard::tr("Wiedervorlagen überfällig");
    }
    if (const auto* figure = definition(CaseloadDashboard::Referrals)) {
        columns << qMakePair(CaseloadDashboard::Referrals, overdueKey(*figure));
        *headers << CaseloadDashboard::tr("Vermittlungen überfällig");
    }
    return columns;
}

// The team's new and closed cases over the periods of the same length up to `period`.
ReportTable teamTrend(const TeamReports& reports, const core::ReportingPeriod& period) {
    ReportTable table;
    table.id = QStringLiteral("team_trend");
    table.title = CaseloadDashboard::tr("Neue und abgeschlossene Fälle im Team");
    table.chart = ReportTable::Chart::Lines;
    table.labelHeaders = {CaseloadDashboard::tr("Zeitraum"), CaseloadDashboard::tr("Berichte")};
    table.valueHeaders = {CaseloadDashboard::tr("Neu"), CaseloadDashboard::tr("Abgeschlossen")};
    std::vector<core::ReportingPeriod> periods;
    core::ReportingPeriod shown = period;
    for (int i = 0; i < CaseloadDashboard::TrendPeriods; ++i, shown = shown.previous()) {
        periods.insert(periods.begin(), shown);
    }
    for (const core::ReportingPeriod& each : periods) {
        const auto ofPeriod = reports.ofPeriod(each);
        if (ofPeriod.empty()) {
            continue;
        }
        qint64 opened = 0;
        qint64 closed = 0;
        for (const Report* report : ofPeriod) {
            opened += report->content.value(CaseloadDashboard::NewCases).value_or(0);
            closed += report->content.value(CaseloadDashboard::ClosedCases).value_or(0);
        }
        table.rows << ReportTable::Row{
            {each.label(), QString::number(ofPeriod.size())}, {opened, closed}, shortLabel(each), {}, {}, {}};
    }
    table.description =
        describe(CaseloadDashboard::tr("die letzten %1 Zeiträume bis %2, Summe der Berichte je Zeitraum")
                     .arg(CaseloadDashboard::TrendPeriods)
                     .arg(period.label()),
                 {CaseloadDashboard::NewCases, CaseloadDashboard::ClosedCases});
    return table;
}

ReportTable memberAlerts(const Report* latest) {
    ReportTable table;
    table.id = QStringLiteral("member_alerts");
    table.title = CaseloadDashboard::tr("Hinweise");
    table.chart = ReportTable::Chart::None;
    table.labelHeaders = {CaseloadDashboard::tr("Pseudonym"), CaseloadDashboard::tr("Phase"),
                          CaseloadDashboard::tr("Gründe")};
    table.valueHeaders = {CaseloadDashboard::tr("Wochen seit Kontakt"), CaseloadDashboard::tr("Wochen in der Phase"),
                          CaseloadDashboard::tr("Wiedervorlagen überfällig"),
                          CaseloadDashboard::tr("Vermittlungen überfällig")};
    if (latest == nullptr) {
        return table;
    }
    table.description =
        CaseloadDashboard::tr(
            "Zeitraum: %1. Fälle, die nach den Regeln des Teams Aufmerksamkeit brauchen (kein Kontakt seit mehr als "
            "%2 Tagen, mehr als %3 Tage in einer Phase, überfällige Wiedervorlagen oder Vermittlungen).")
            .arg(latest->content.period.label())
            .arg(latest->content.rules.noContactAlertDays)
            .arg(latest->content.rules.stuckInPhaseDays);
    for (const reporting::CaseloadReportAlert& alert : latest->content.alerts) {
        table.rows << ReportTable::Row{
            {alert.pseudonym, core::label(alert.phase), CaseloadDashboard::alertReasons(alert.reasons)},
            {alert.weeksSinceContact, alert.weeksInPhase, alert.overdueFollowUps, alert.overdueReferrals},
            alert.pseudonym,
            alert.pseudonym,
            {},
            {reporting::CaseloadReportAlert::weeksText(alert.weeksSinceContact),
             reporting::CaseloadReportAlert::weeksText(alert.weeksInPhase), QString(), QString()}};
    }
    return table;
}

// Every figure of one report, one table per definition, as the sender sent it.
QList<ReportTable> allFigures(const Report& report) {
    QList<ReportTable> tables;
    for (const core::CaseloadFigureDefinition& figure : core::CaseloadDefinitions::all()) {
        ReportTable table;
        table.id = QStringLiteral("figure:") + figure.id;
        table.title = figure.title;
        table.description = describe(report.content.period.label(), {figure.id});
        table.chart = ReportTable::Chart::None;
        table.labelHeaders = {CaseloadDashboard::tr("Merkmal")};
        table.valueHeaders = {CaseloadDashboard::tr("Wert")};
        for (const auto& [key, label] : figure.keys) {
            ReportTable::Row row;
            row.labels << (key == total() ? CaseloadDashboard::tr("insgesamt") : label);
            row.chartLabel = label;
            row.code = key;
            row.values << report.content.value(figure.id, key).value_or(0);
            row.valueTexts << CaseloadDashboard::countText(report.content, figure.id, key);
            table.rows << row;
        }
        tables << table;
    }
    return tables;
}
} // namespace

QString CaseloadDashboard::countText(const reporting::CaseloadReport& report, const QString& figureId,
                                     const QString& key) {
    return reporting::CaseloadReport::countText(report.value(figureId, key));
}

QString CaseloadDashboard::alertReasons(int reasons) {
    QStringList words;
    if ((reasons & int(core::AlertReason::NoContact)) != 0) {
        words << CaseloadDashboard::tr("kein Kontakt");
    }
    if ((reasons & int(core::AlertReason::OverdueFollowUp)) != 0) {
        words << CaseloadDashboard::tr("Wiedervorlage überfällig");
    }
    if ((reasons & int(core::AlertReason::StuckInPhase)) != 0) {
        words << CaseloadDashboard::tr("lange in einer Phase");
    }
    if ((reasons & int(core::AlertReason::OverdueReferral)) != 0) {
        words << CaseloadDashboard::tr("Vermittlung ohne Antwort");
    }
    return words.join(QStringLiteral(", "));
}

QList<ReportTable> CaseloadDashboard::team(const TeamReports& reports, const core::ReportingPeriod& period) {
    const auto ofPeriod = reports.ofPeriod(period);
    const QString label = period.label();
    QList<ReportTable> tables;
    tables << perMember(ofPeriod, QStringLiteral("team_open"), CaseloadDashboard::tr("Offene Fälle je Teammitglied"),
                        ReportTable::Chart::Bars, label, {OpenCases}, {qMakePair(OpenCases, total())},
                        {CaseloadDashboard::tr("Offene Fälle")});
    QStringList headers;
    auto columns = keysOf(Duration, &headers);
    tables << perMember(ofPeriod, QStringLiteral("team_duration"),
                        CaseloadDashboard::tr("Verteilung der Fälle nach Falldauer"), ReportTable::Chart::StackedBars,
                        label, {Duration}, columns, headers);
    tables << teamTrend(reports, period);
    headers.clear();
    columns = keysOf(ByPhase, &headers);
    tables << perMember(ofPeriod, QStringLiteral("team_phases"), CaseloadDashboard::tr("Offene Fälle nach Phase"),
                        ReportTable::Chart::StackedBars, label, {ByPhase}, columns, headers);
    headers.clear();
    columns = keysOf(ContactGaps, &headers);
    tables << perMember(ofPeriod, QStringLiteral("team_gaps"), CaseloadDashboard::tr("Kontaktlücken"),
                        ReportTable::Chart::Bars, label, {ContactGaps}, columns, headers);
    headers.clear();
    columns = overdueColumns(&headers);
    tables << perMember(ofPeriod, QStringLiteral("team_overdue"),
                        CaseloadDashboard::tr("Überfällige Wiedervorlagen und Vermittlungen"), ReportTable::Chart::Bars,
                        label, {FollowUps, Referrals}, columns, headers);
    return tables;
}

QList<ReportTable> CaseloadDashboard::member(const TeamReports& reports, const QString& keyId, Length length) {
    auto ofMember = reports.ofMember(keyId, length);
    if (ofMember.size() > size_t(2 * TrendPeriods)) {
        ofMember.erase(ofMember.begin(), ofMember.end() - 2 * TrendPeriods);
    }
    QList<ReportTable> tables;
    QStringList headers{CaseloadDashboard::tr("Offen"), CaseloadDashboard::tr("Neu"),
                        CaseloadDashboard::tr("Abgeschlossen")};
    tables << overTime(
        ofMember, QStringLiteral("member_cases"), CaseloadDashboard::tr("Offene, neue und abgeschlossene Fälle"),
        ReportTable::Chart::Lines, {OpenCases, NewCases, ClosedCases},
        {qMakePair(OpenCases, total()), qMakePair(NewCases, total()), qMakePair(ClosedCases, total())}, headers);
    headers.clear();
    auto columns = keysOf(ByPhase, &headers);
    tables << overTime(ofMember, QStringLiteral("member_phases"), CaseloadDashboard::tr("Offene Fälle nach Phase"),
                       ReportTable::Chart::StackedBars, {ByPhase}, columns, headers);
    headers.clear();
    columns = keysOf(ContactGaps, &headers);
    tables << overTime(ofMember, QStringLiteral("member_gaps"), CaseloadDashboard::tr("Kontaktlücken"),
                       ReportTable::Chart::Lines, {ContactGaps}, columns, headers);
    headers.clear();
    columns = overdueColumns(&headers);
    tables << overTime(ofMember, QStringLiteral("member_overdue"),
                       CaseloadDashboard::tr("Überfällige Wiedervorlagen und Vermittlungen"), ReportTable::Chart::Lines,
                       {FollowUps, Referrals}, columns, headers);
    const Report* latest = ofMember.empty() ? nullptr : ofMember.back();
    tables << memberAlerts(latest);
    if (latest != nullptr) {
        tables << allFigures(*latest);
    }
    return tables;
}

} // namespace kim::gui
