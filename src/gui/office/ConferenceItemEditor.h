// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ConferenceItem.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kim {
class Clock;
}

namespace kim::gui {

// The form of one Planungskonferenz item: the problem and the quarter that raised it, the
// agenda title and date, decision, working group, measures, status and the feedback text the
// case managers will read.
class ConferenceItemEditor final : public QWidget {
    Q_OBJECT

public:
    using Choices = QList<QPair<QString, QString>>; // value, shown text

    // A new item is dated to `clock`'s day until the user picks the conference date.
    explicit ConferenceItemEditor(const kim::Clock& clock, QWidget* parent = nullptr);

    // Problems (code, "code title") and quarters ("2026-Q3", label) to choose from; the item's
    // own values are added when they are missing.
    void setChoices(const Choices& problems, const Choices& periods);
    void setItem(const core::ConferenceItem& item);
    // The form as an item, with the id and sent time of the item it was filled from.
    core::ConferenceItem item() const;
    bool isDirty() const { return m_dirty; }
    void setClean();

    QLineEdit* agendaEdit() const { return m_agenda; }
    QPlainTextEdit* decisionEdit() const { return m_decision; }
    QLineEdit* workingGroupEdit() const { return m_workingGroup; }
    QPlainTextEdit* measuresEdit() const { return m_measures; }
    QPlainTextEdit* feedbackEdit() const { return m_feedback; }
    QComboBox* statusCombo() const { return m_status; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* errorLabel() const { return m_error; }

Q_SIGNALS:
    void saveRequested();

private:
    void buildLayout();
    static void select(QComboBox* combo, const QString& value);
    void markDirty();

    const kim::Clock& m_clock;
    core::ConferenceItem m_item;
    bool m_dirty = false;
    QLabel* m_title = nullptr;
    QComboBox* m_problem = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_agenda = nullptr;
    QPlainTextEdit* m_decision = nullptr;
    QLineEdit* m_workingGroup = nullptr;
    QPlainTextEdit* m_measures = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_feedback = nullptr;
    QLabel* m_sent = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace kim::gui
