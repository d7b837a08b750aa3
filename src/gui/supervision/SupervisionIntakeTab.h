// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/reports/PackageIntakeTab.h"

class QLabel;
class QTableView;

namespace kim {
class Clock;
}
namespace kim::exchange {
class Identity;
}
namespace kim::storage {
class Database;
}

namespace kim::gui {

// The supervisor's "Eingang": reads caseload reports and lists every report held, the ones a
// newer report of the same period replaced marked "ersetzt".
class SupervisionIntakeTab final : public PackageIntakeTab {
    Q_OBJECT

public:
    SupervisionIntakeTab(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
                         QWidget* parent = nullptr);

    RowsModel* reports() const { return m_reports; }

public Q_SLOTS:
    void refresh() override;

private:
    storage::Database& m_db;
    RowsModel* m_reports = nullptr;
    QTableView* m_reportView = nullptr;
    QLabel* m_reportSummary = nullptr;
};

} // namespace kim::gui
