// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ConferenceItem.h"

#include <QList>
#include <QWidget>

#include <cstdint>

class QPushButton;
class QTableView;

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

class ConferenceItemEditor;
class RowsModel;

// "Planungskonferenz": the structural problems taken to the conference, each with decision,
// working group, measures and status, and the feedback sent back to all case managers as one
// signed package.
class ConferenceTab final : public QWidget {
    Q_OBJECT

public:
    ConferenceTab(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
                  QWidget* parent = nullptr);

    QTableView* itemView() const { return m_view; }
    RowsModel* items() const { return m_items; }
    ConferenceItemEditor* editor() const { return m_editor; }
    QPushButton* sendButton() const { return m_send; }

public Q_SLOTS:
    void refresh();
    // A new item, prefilled (e.g. from the report's ranking); shown in the editor, not saved yet.
    void newItem(const QString& problemCode = {}, const QString& period = {});
    void saveItem();
    void sendFeedback();

private:
    void showSelected();
    void updateChoices();
    void select(int64_t id);
    QList<core::ConferenceItem> itemsWithFeedback(bool unsentOnly) const;
    void writeFeedback(const QString& path, const QList<core::ConferenceItem>& items);

    storage::Database& m_db;
    const exchange::Identity& m_identity;
    const kim::Clock& m_clock;
    RowsModel* m_items = nullptr;
    QTableView* m_view = nullptr;
    ConferenceItemEditor* m_editor = nullptr;
    QPushButton* m_send = nullptr;
};

} // namespace kim::gui
