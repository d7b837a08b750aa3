// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QTreeView;

namespace kim::gui {

class DueFollowUpsModel;
class Session;

// "Fällig": open follow-ups due today or overdue across all clients, overdue ones in red, loaded
// page by page as the list scrolls. Enter or double-click opens the client's case file. Empty
// until the first refresh(): the workspace calls it when the tab is shown.
class DueFollowUpsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit DueFollowUpsPanel(Session& session, QWidget* parent = nullptr);

    // Counts again and loads the first page of the list.
    void refresh();
    // Counts again without touching the list (for the tab title while the list is hidden).
    void refreshCount();
    int count() const { return m_count; }
    QTreeView* view() const { return m_view; }
    DueFollowUpsModel* model() const { return m_model; }

Q_SIGNALS:
    void openClient(int64_t clientId);
    void countChanged(int count);

private:
    void sizeColumns();
    void setCount(int count);

    Session& m_session;
    DueFollowUpsModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QTreeView* m_view = nullptr;
    int m_count = 0;
};

} // namespace kim::gui
