// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class FollowUpDialog;
}

namespace kim::gui {

// Creates a follow-up (Wiedervorlage): due date and what to do. Errors stay inline.
class FollowUpDialog final : public QDialog {
    Q_OBJECT

public:
    using SaveHandler = std::function<void(core::FollowUp&)>;

    FollowUpDialog(const QDate& today, SaveHandler handler, QWidget* parent);
    ~FollowUpDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::FollowUpDialog> m_ui;
    SaveHandler m_handler;
};

} // namespace kim::gui
