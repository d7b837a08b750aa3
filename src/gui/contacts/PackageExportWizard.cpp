// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/contacts/PackageExportWizard.h"

#include "gui/common/Session.h"
#include "storage/Vault.h"

#include <QCloseEvent>

namespace kim::gui {

PackageExportWizard::PackageExportWizard(std::shared_ptr<Session> session, const QString& title,
                                         const QString& commitText, QWidget* parent)
    : QWizard(parent)
    , m_session(std::move(session)) {
    setWindowTitle(title);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::BackButton, tr("< &Zurück"));
    setButtonText(QWizard::NextButton, tr("&Weiter >"));
    setButtonText(QWizard::CommitButton, commitText);
    setButtonText(QWizard::FinishButton, tr("&Fertig"));
    setButtonText(QWizard::CancelButton, tr("Abbrechen"));
}

storage::Database& PackageExportWizard::database() const {
    return m_session->vault().database();
}

exchange::Identity& PackageExportWizard::identity() const {
    return m_session->identity();
}

const kim::Clock& PackageExportWizard::clock() const {
    return m_session->clock();
}

void PackageExportWizard::reject() {
    if (!m_busy) {
        QWizard::reject();
    }
}

void PackageExportWizard::closeEvent(QCloseEvent* event) {
    if (m_busy) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

} // namespace kim::gui
