// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReportingPeriod.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}

namespace kim::gui {

class AlertsModel;
class TeamReports;

// "Hinweise": every alert row of one period across the team, sortable, with the pseudonym to
// take into the next Fallbesprechung; the supervisor marks rows "besprochen" and adds a short
// note, kept in the own workspace only.
class AlertsTab final : public QWidget {
    Q_OBJECT

public:
    AlertsTab(storage::Database& db, const kim::Clock& clock, QWidget* parent = nullptr);

    void setPeriod(const TeamReports& reports, const core::ReportingPeriod& period);
    void clear();
    AlertsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    void updateSummary();

    AlertsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
