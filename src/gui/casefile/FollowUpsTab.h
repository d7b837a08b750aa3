// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include "gui/common/RecordListTab.h"

#include <optional>

class QCheckBox;
class QPushButton;

namespace kim::gui {

class Session;

// The "Wiedervorlagen" tab: follow-ups of the client's case (overdue ones in red), adding one
// and marking one as done.
class FollowUpsTab final : public RecordListTab {
    Q_OBJECT

public:
    explicit FollowUpsTab(Session& session, QWidget* parent = nullptr);

    void refresh() override;
    void addFollowUp();

private:
    void markSelectedDone();
    void updateButtons();

    Session& m_session;
    std::optional<core::Case> m_case;
    QCheckBox* m_showDone = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_doneButton = nullptr;
};

} // namespace kim::gui
