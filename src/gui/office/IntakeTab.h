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

// The coordinating office's "Eingang": reads problem reports and lists the submissions held,
// with the ones a correction replaced.
class IntakeTab final : public PackageIntakeTab {
    Q_OBJECT

public:
    IntakeTab(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
              QWidget* parent = nullptr);

    RowsModel* submissions() const { return m_submissions; }

public Q_SLOTS:
    void refresh() override;

private:
    storage::Database& m_db;
    RowsModel* m_submissions = nullptr;
    QTableView* m_submissionView = nullptr;
    QLabel* m_submissionSummary = nullptr;
};

} // namespace kim::gui
