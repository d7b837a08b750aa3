// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReportingPeriod.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}

namespace kim::gui {

class RowsModel;
class TeamReports;

// "Team": the team are the supervisor's trusted contacts. Lists each with their latest report and
// whether a current report for the chosen period is there; "Fehlende Berichte" names those
// without. Contact cards are added in the contacts dialog, opened from here.
class TeamTab final : public QWidget {
    Q_OBJECT

public:
    TeamTab(storage::Database& db, const kim::Clock& clock, QWidget* parent = nullptr);

    void setPeriod(const TeamReports& reports, const std::optional<core::ReportingPeriod>& period);
    // The names of trusted contacts without a current report for the period.
    QStringList missing() const { return m_missing; }
    RowsModel* members() const { return m_members; }
    QPushButton* contactsButton() const { return m_contactsButton; }

Q_SIGNALS:
    void contactsRequested();

private:
    storage::Database& m_db;
    const kim::Clock& m_clock;
    RowsModel* m_members = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_missingLabel = nullptr;
    QPushButton* m_contactsButton = nullptr;
    QStringList m_missing;
};

} // namespace kim::gui
