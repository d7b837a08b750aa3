// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/casefile/FollowUpDialog.h"

#include "ui_FollowUpDialog.h"

#include "gui/common/Messages.h"

#include <QPushButton>

namespace kim::gui {

FollowUpDialog::FollowUpDialog(const QDate& today, SaveHandler handler, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FollowUpDialog>())
    , m_handler(std::move(handler)) {
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->dueEdit->setDate(today.addDays(7));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Speichern"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);
    m_ui->titleEdit->setFocus();
}

FollowUpDialog::~FollowUpDialog() = default;

void FollowUpDialog::accept() {
    core::FollowUp followUp;
    followUp.dueOn = m_ui->dueEdit->date();
    followUp.title = m_ui->titleEdit->text().trimmed();
    if (Messages::guardInline(m_ui->errorLabel, [&] { m_handler(followUp); })) {
        QDialog::accept();
    }
}

} // namespace kim::gui
