// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ConferenceItem.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}

namespace kim::gui {

// The side tab "Rückmeldungen" of a case manager's workspace: what the Planungskonferenz did
// with the structural problems (decision, working group, measures, status, feedback), as the
// coordinating office sent it. Unread items are bold; opening one marks it read.
class FeedbackPanel final : public QWidget {
    Q_OBJECT

public:
    FeedbackPanel(storage::Database& db, const kim::Clock& clock, QWidget* parent = nullptr);

    void refresh();
    int unreadCount() const { return m_unread; }
    QTreeWidget* list() const { return m_list; }
    QTextBrowser* details() const { return m_details; }

Q_SIGNALS:
    void unreadCountChanged(int count);

private:
    void showCurrent();
    QString detailsHtml(const core::ReceivedFeedback& feedback) const;

    storage::Database& m_db;
    const kim::Clock& m_clock;
    QList<core::ReceivedFeedback> m_feedback;
    int m_unread = 0;
    QLabel* m_hint = nullptr;
    QTreeWidget* m_list = nullptr;
    QTextBrowser* m_details = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
