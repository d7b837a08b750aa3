// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QTreeWidget;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}

namespace kim::gui {

// The client's legal-domain timeline (Rechtskreise) with add, edit and remove.
class LegalDomainTimeline final : public QWidget {
    Q_OBJECT

public:
    LegalDomainTimeline(storage::Database& db, const kim::Clock& clock, QWidget* parent = nullptr);

    void setClient(int64_t clientId);
    void refresh();
    QTreeWidget* list() const { return m_list; }

private:
    void edit(bool isNew);
    void removeSelected();

    storage::Database& m_db;
    const kim::Clock& m_clock;
    int64_t m_clientId = 0;
    QTreeWidget* m_list = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
