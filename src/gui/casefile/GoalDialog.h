// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class GoalDialog;
}

namespace kim::gui {

// Adds or edits a goal of the case: field of action, description, status, target date.
class GoalDialog final : public QDialog {
    Q_OBJECT

public:
    using SaveHandler = std::function<void(core::Goal&)>;

    GoalDialog(const core::Goal& goal, const QDate& today, SaveHandler handler, QWidget* parent);
    ~GoalDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::GoalDialog> m_ui;
    core::Goal m_goal;
    SaveHandler m_handler;
};

} // namespace kim::gui
