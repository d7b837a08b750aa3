#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QTreeWidget;

namespace kim::gui {

class Session;

// "Fällig": open follow-ups due today or overdue across all clients, overdue ones in red.
// Enter or double-click opens the client's case file.
class DueFollowUpsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit DueFollowUpsPanel(Session& session, QWidget* parent = nullptr);

    void refresh();
    int count() const { return m_count; }
    QTreeWidget* list() const { return m_list; }

Q_SIGNALS:
    void openClient(int64_t clientId);
    void countChanged(int count);

private:
    Session& m_session;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    int m_count = 0;
};

} // namespace kim::gui
