// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/RecordListTab.h"

class QLabel;
class QPushButton;

namespace kim::gui {

class Session;

// The "Einwilligungen" tab: whether case work is allowed right now, every consent with its
// status, and recording or withdrawing a consent.
class ConsentTab final : public RecordListTab {
    Q_OBJECT

public:
    explicit ConsentTab(Session& session, QWidget* parent = nullptr);

    void refresh() override;
    void recordConsent();

private:
    void withdrawSelected();
    void updateButtons();

    Session& m_session;
    QLabel* m_status = nullptr;
    QPushButton* m_recordButton = nullptr;
    QPushButton* m_withdrawButton = nullptr;
};

} // namespace kim::gui
