#pragma once

#include "core/Domain.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace kim::gui {

class Session;

// The "Wiedervorlagen" tab: follow-ups of the client's case (overdue ones in red), adding one
// and marking one as done.
class FollowUpsTab final : public QWidget {
    Q_OBJECT

public:
    explicit FollowUpsTab(Session& session, QWidget* parent = nullptr);

    void setClient(int64_t clientId);
    void addFollowUp();

Q_SIGNALS:
    void changed();

private:
    void reload();
    void markSelectedDone();
    void updateButtons();

    Session& m_session;
    int64_t m_clientId = 0;
    std::optional<core::Case> m_case;
    QLabel* m_hint = nullptr;
    QTreeWidget* m_list = nullptr;
    QCheckBox* m_showDone = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_doneButton = nullptr;
};

} // namespace kim::gui
