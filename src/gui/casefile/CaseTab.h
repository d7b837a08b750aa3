// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace kim::gui {

class Session;

// The "Fall & Ziele" tab: the client's current case with its phase (change with a note), the
// phase history, opening a case when none is open, and the goals of the case.
class CaseTab final : public QWidget {
    Q_OBJECT

public:
    explicit CaseTab(Session& session, QWidget* parent = nullptr);

    void setClient(int64_t clientId);

Q_SIGNALS:
    void changed();

private:
    QWidget* createCaseBox();
    QWidget* createGoalsBox();
    void refresh();
    void showCase();
    void showGoals();
    void openCase();
    void changePhase();
    void editGoal(const core::Goal& goal);
    void editSelectedGoal();

    Session& m_session;
    int64_t m_clientId = 0;
    std::optional<core::Case> m_case;
    QList<core::Goal> m_goals;
    QLabel* m_summary = nullptr;
    QPushButton* m_openButton = nullptr;
    QComboBox* m_phaseCombo = nullptr;
    QLineEdit* m_phaseNote = nullptr;
    QPushButton* m_phaseButton = nullptr;
    QTreeWidget* m_history = nullptr;
    QTreeWidget* m_goalList = nullptr;
    QPushButton* m_addGoal = nullptr;
    QPushButton* m_editGoal = nullptr;
};

} // namespace kim::gui
