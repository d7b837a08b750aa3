// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "gui/referrals/ReferralSheetWriter.h"
#include "gui/workspace/AppSettings.h"

#include <QPushButton>

namespace kim::gui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>()) {
    m_ui->setupUi(this);
    m_ui->autoLockCheck->setChecked(AppSettings::autoLockEnabled());
    m_ui->minutesSpin->setValue(AppSettings::autoLockMinutes());
    m_ui->minutesSpin->setEnabled(m_ui->autoLockCheck->isChecked());
    m_ui->senderEdit->setText(ReferralSheetWriter::storedSender());
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(m_ui->autoLockCheck, &QCheckBox::toggled, m_ui->minutesSpin, &QSpinBox::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept() {
    AppSettings::setAutoLockEnabled(m_ui->autoLockCheck->isChecked());
    AppSettings::setAutoLockMinutes(m_ui->minutesSpin->value());
    ReferralSheetWriter::setSenderInSettings(m_ui->senderEdit->text());
    QDialog::accept();
}

} // namespace kim::gui
