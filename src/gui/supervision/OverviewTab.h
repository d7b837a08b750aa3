// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReportingPeriod.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace kim::gui {

class DashboardView;
class TeamReports;

// "Übersicht": what changed since the supervisor last looked, then the team dashboard for a
// chosen period (every period that has reports, months and quarters), with PDF and CSV export.
class OverviewTab final : public QWidget {
    Q_OBJECT

public:
    explicit OverviewTab(QWidget* parent = nullptr);

    // `news`: the "Seit Ihrem letzten Besuch" text (rich text, already escaped).
    void setNews(const QString& news);
    void setReports(const TeamReports* reports);
    std::optional<core::ReportingPeriod> period() const;
    void selectPeriod(const core::ReportingPeriod& period);
    DashboardView* dashboard() const { return m_dashboard; }
    QComboBox* periodCombo() const { return m_periodCombo; }

public Q_SLOTS:
    void exportPdf();
    void exportCsv();

Q_SIGNALS:
    void periodChanged();

private:
    void showPeriod();

    const TeamReports* m_reports = nullptr;
    QLabel* m_news = nullptr;
    QComboBox* m_periodCombo = nullptr;
    DashboardView* m_dashboard = nullptr;
};

} // namespace kim::gui
