// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/supervision/TeamReports.h"

#include <QWidget>

class QTabWidget;

namespace kim::gui {

class AlertsTab;
class MemberTab;
class OverviewTab;
class Session;
class SupervisionIntakeTab;
class TeamTab;

// What the main window shows while a workspace of kind "Fachaufsicht" is unlocked: the overview
// (what changed since the last visit, the team dashboard), one team member over time, the alert
// rows with the supervisor's own marks, the intake of caseload reports and the team with its
// missing reports. Every dashboard is computed from one read of the current reports. Files and
// folders dropped on it are read as reports. Holds references only; destroyed before the session.
class SupervisionView final : public QWidget {
    Q_OBJECT

public:
    enum Tab { OverviewPage, MemberPage, AlertsPage, IntakePage, TeamPage };

    explicit SupervisionView(Session& session, QWidget* parent = nullptr);
    ~SupervisionView() override;

    void showTab(Tab tab);
    // Reads the current reports again and redraws every tab.
    void refresh();
    // The "Seit Ihrem letzten Besuch" text shown when the view was opened.
    QString news() const { return m_news; }

    QTabWidget* tabs() const { return m_tabs; }
    OverviewTab* overview() const { return m_overview; }
    MemberTab* member() const { return m_member; }
    AlertsTab* alerts() const { return m_alerts; }
    SupervisionIntakeTab* intake() const { return m_intake; }
    TeamTab* team() const { return m_team; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QString sinceLastVisit();
    void periodChanged();
    void openContacts();

    Session& m_session;
    TeamReports m_reports;
    QString m_news;
    QTabWidget* m_tabs = nullptr;
    OverviewTab* m_overview = nullptr;
    MemberTab* m_member = nullptr;
    AlertsTab* m_alerts = nullptr;
    SupervisionIntakeTab* m_intake = nullptr;
    TeamTab* m_team = nullptr;
};

} // namespace kim::gui
