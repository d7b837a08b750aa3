// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/ChangePasswordDialog.h"

#include "ui_ChangePasswordDialog.h"

#include "gui/common/BackgroundJob.h"
#include "gui/common/Messages.h"
#include "gui/workspace/CreateWorkspaceDialog.h"
#include "gui/common/Session.h"
#include "storage/Vault.h"

#include <QPushButton>

namespace kim::gui {

ChangePasswordDialog::ChangePasswordDialog(std::shared_ptr<Session> session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_session(std::move(session)) {
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->hintLabel->setText(tr("Mindestens %1 Zeichen.").arg(CreateWorkspaceDialog::MinimumPasswordLength));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Passwort &ändern"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    m_ui->currentEdit->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

std::optional<QString> ChangePasswordDialog::validationError() const {
    if (m_ui->currentEdit->text().isEmpty()) {
        return tr("Bitte geben Sie das bisherige Passwort ein.");
    }
    const QString password = m_ui->newEdit->text();
    if (password.size() < CreateWorkspaceDialog::MinimumPasswordLength) {
        return tr("Das neue Passwort ist zu kurz: Es braucht mindestens %1 Zeichen.")
            .arg(CreateWorkspaceDialog::MinimumPasswordLength);
    }
    if (password != m_ui->repeatEdit->text()) {
        return tr("Die beiden neuen Passwörter stimmen nicht überein.");
    }
    return std::nullopt;
}

void ChangePasswordDialog::accept() {
    if (m_busy) {
        return;
    }
    if (const auto error = validationError()) {
        Messages::setInlineError(m_ui->errorLabel, *error);
        return;
    }
    setBusy(true);
    auto work = [session = m_session, current = m_ui->currentEdit->text(), next = m_ui->newEdit->text(),
                 kdf = m_kdfParams] {
        const crypto::KdfParams params = kdf ? *kdf : crypto::calibrateKdf(std::chrono::milliseconds(700));
        session->vault().changePassword(current, next, params);
    };
    BackgroundJob::runWithProgress(this, tr("Das Passwort wird geändert …"), std::move(work),
                                   [this](const std::optional<QString>& error) { finish(error); });
}

void ChangePasswordDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->currentEdit->setEnabled(!busy);
    m_ui->newEdit->setEnabled(!busy);
    m_ui->repeatEdit->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
}

void ChangePasswordDialog::finish(const std::optional<QString>& error) {
    setBusy(false);
    if (error) {
        Messages::setInlineError(m_ui->errorLabel, *error);
        m_ui->currentEdit->clear();
        m_ui->currentEdit->setFocus();
        return;
    }
    m_ui->currentEdit->clear();
    m_ui->newEdit->clear();
    m_ui->repeatEdit->clear();
    QDialog::accept();
}

void ChangePasswordDialog::reject() {
    if (!m_busy) {
        QDialog::reject();
    }
}

} // namespace kim::gui
