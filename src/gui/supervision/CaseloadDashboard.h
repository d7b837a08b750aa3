// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/reports/ReportTable.h"
#include "gui/supervision/TeamReports.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kim::gui {

// The supervisor's dashboards as report tables, each with its chart: the same tables are shown
// on screen, written into the PDF and the CSV. Every table states its period and the one
// definition of its figure (core::CaseloadDefinitions); a count the sender suppressed reads
// "gesperrt" and is never guessed.
class CaseloadDashboard final {
    Q_DECLARE_TR_FUNCTIONS(kim::gui::CaseloadDashboard)

public:
    static constexpr int TrendPeriods = 12;

    CaseloadDashboard() = delete;

    // The team in one period: open cases per member, their case durations, new and closed
    // over the last periods, phases, contact gaps, overdue follow-ups and referrals.
    static QList<ReportTable> team(const TeamReports& reports, const core::ReportingPeriod& period);
    // One member over time (periods of `length`), then every figure of their latest report.
    static QList<ReportTable> member(const TeamReports& reports, const QString& keyId,
                                     core::ReportingPeriod::Length length);

    // A count as it reads: the number, or "gesperrt" where the sender suppressed it.
    static QString countText(const reporting::CaseloadReport& report, const QString& figureId, const QString& key);
    static QString alertReasons(int reasons);

    // The figure ids the dashboards draw; each one has its definition in CaseloadDefinitions.
    static const QString OpenCases;
    static const QString NewCases;
    static const QString ClosedCases;
    static const QString ByPhase;
    static const QString Duration;
    static const QString ContactGaps;
    static const QString FollowUps;
    static const QString Referrals;
};

} // namespace kim::gui
