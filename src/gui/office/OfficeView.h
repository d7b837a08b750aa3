// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}
namespace kim::exchange {
class Identity;
}

namespace kim::gui {

class ConferenceTab;
class EvaluationTab;
class IntakeTab;
class ReportTab;
class TaxonomyTab;

// What the main window shows while a workspace of kind "Koordinierende Stelle" is unlocked:
// intake of problem reports, merged and protected figures, the conference report, conference
// tracking and the problem taxonomy, one tab each. Files and folders dropped anywhere on it are
// read as packages. Holds references only; destroyed before the session.
class OfficeView final : public QWidget {
    Q_OBJECT

public:
    enum Tab { IntakePage, EvaluationPage, ReportPage, ConferencePage, TaxonomyPage };

    OfficeView(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
               QWidget* parent = nullptr);
    ~OfficeView() override;

    void showTab(Tab tab);
    QTabWidget* tabs() const { return m_tabs; }
    IntakeTab* intake() const { return m_intake; }
    EvaluationTab* evaluation() const { return m_evaluation; }
    ReportTab* report() const { return m_report; }
    ConferenceTab* conference() const { return m_conference; }
    TaxonomyTab* taxonomy() const { return m_taxonomy; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    storage::Database& m_db;
    const exchange::Identity& m_identity;
    const kim::Clock& m_clock;
    QTabWidget* m_tabs = nullptr;
    IntakeTab* m_intake = nullptr;
    EvaluationTab* m_evaluation = nullptr;
    ReportTab* m_report = nullptr;
    ConferenceTab* m_conference = nullptr;
    TaxonomyTab* m_taxonomy = nullptr;
};

} // namespace kim::gui
