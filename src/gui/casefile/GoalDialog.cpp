// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/casefile/GoalDialog.h"

#include "ui_GoalDialog.h"

#include "gui/common/CatalogCombo.h"
#include "gui/common/Messages.h"

#include <QCalendarWidget>
#include <QPushButton>

namespace kim::gui {

namespace {
const QDate NoDate(2000, 1, 1);
}

GoalDialog::GoalDialog(const core::Goal& goal, const QDate& today, SaveHandler handler, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GoalDialog>())
    , m_goal(goal)
    , m_handler(std::move(handler)) {
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    setWindowTitle(goal.id == 0 ? tr("Ziel hinzufügen") : tr("Ziel bearbeiten"));
    CatalogCombo::fill<core::FieldOfAction>(m_ui->fieldCombo);
    CatalogCombo::fill<core::GoalStatus>(m_ui->statusCombo);
    CatalogCombo::select(m_ui->fieldCombo, goal.field);
    CatalogCombo::select(m_ui->statusCombo, goal.status);
    m_ui->descriptionEdit->setPlainText(goal.description);
    m_ui->targetDateEdit->setMinimumDate(NoDate);
    m_ui->targetDateEdit->setSpecialValueText(tr("kein Zieldatum"));
    m_ui->targetDateEdit->setDate(goal.targetDate.isValid() ? goal.targetDate : NoDate);
    if (!goal.targetDate.isValid()) {
        m_ui->targetDateEdit->calendarWidget()->setSelectedDate(today.addMonths(3));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Speichern"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GoalDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &GoalDialog::reject);
    m_ui->fieldCombo->setFocus();
}

GoalDialog::~GoalDialog() = default;

void GoalDialog::accept() {
    core::Goal goal = m_goal;
    goal.field = CatalogCombo::current<core::FieldOfAction>(m_ui->fieldCombo);
    goal.status = CatalogCombo::current<core::GoalStatus>(m_ui->statusCombo);
    goal.description = m_ui->descriptionEdit->toPlainText().trimmed();
    const QDate target = m_ui->targetDateEdit->date();
    goal.targetDate = target == NoDate ? QDate() : target;
    if (Messages::guardInline(m_ui->errorLabel, [&] { m_handler(goal); })) {
        QDialog::accept();
    }
}

} // namespace kim::gui
