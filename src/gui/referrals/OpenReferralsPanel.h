// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>

class QCheckBox;
class QLabel;
class QTableView;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}

namespace kim::gui {

class OpenReferralsModel;

// "Offene Vermittlungen": every open referral of the workspace, overdue ones in red, sortable
// by due date and institution. Enter or double-click activates the client. Empty until the
// first refresh(): the workspace calls it when the tab is shown.
class OpenReferralsPanel final : public QWidget {
    Q_OBJECT

public:
    OpenReferralsPanel(storage::Database& db, const kim::Clock& clock, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    OpenReferralsModel* model() const { return m_model; }
    QCheckBox* overdueOnlyBox() const { return m_overdueOnly; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void clientActivated(int64_t clientId);

private:
    void updateSummary();

    storage::Database& m_db;
    const kim::Clock& m_clock;
    OpenReferralsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QCheckBox* m_overdueOnly = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace kim::gui
