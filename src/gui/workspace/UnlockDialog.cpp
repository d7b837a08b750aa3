// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/UnlockDialog.h"

#include "ui_UnlockDialog.h"

#include "gui/common/BackgroundJob.h"
#include "gui/common/Messages.h"
#include "base/Clock.h"
#include "core/ClientRepository.h"
#include "storage/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace kim::gui {

UnlockDialog::UnlockDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UnlockDialog>())
    , m_path(path)
    , m_result(std::make_shared<std::unique_ptr<storage::Vault>>()) {
    m_ui->setupUi(this);
    const QFileInfo info(path);
    m_ui->fileLabel->setText(QStringLiteral("<b>%1</b>").arg(info.fileName().toHtmlEscaped()));
    m_ui->fileLabel->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Entsperren"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    m_ui->passwordEdit->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

std::unique_ptr<storage::Vault> UnlockDialog::takeVault() {
    return std::move(*m_result);
}

void UnlockDialog::accept() {
    if (m_busy) {
        return;
    }
    const QString password = m_ui->passwordEdit->text();
    if (password.isEmpty()) {
        Messages::setInlineError(m_ui->errorLabel, tr("Bitte geben Sie das Passwort ein."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    setBusy(true);
    auto result = m_result;
    BackgroundJob::runCancellable(
        this, tr("Die Arbeitsmappe wird entsperrt …"),
        [path = m_path, password, result] {
            *result = storage::Vault::open(path, password);
            warmUp(**result);
        },
        [this](const std::optional<QString>& error) { finish(error); }, [this] { setBusy(false); },
        [result] { result->reset(); });
}

// Unlocking reads only the schema, so the first screen would read the client list's pages
// from the disk and decrypt them on the GUI thread (about 0.1 s at 100,000 clients); reading
// them here, behind the progress dialog, leaves them in the connection's cache.
void UnlockDialog::warmUp(storage::Vault& vault) {
    if (vault.kind() != storage::WorkspaceKind::CaseManager) {
        return;
    }
    const SystemClock clock;
    core::ClientRepository clients(vault.database(), clock);
    clients.count({});
    clients.page({}, 0, 50);
}

void UnlockDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
}

void UnlockDialog::finish(const std::optional<QString>& error) {
    setBusy(false);
    m_ui->passwordEdit->clear();
    if (error) {
        Messages::setInlineError(m_ui->errorLabel, *error);
        m_ui->passwordEdit->setFocus();
        return;
    }
    QDialog::accept();
}

void UnlockDialog::reject() {
    if (!m_busy) {
        QDialog::reject();
    }
}

} // namespace kim::gui
