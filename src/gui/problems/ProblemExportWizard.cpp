// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problems/ProblemExportWizard.h"

#include "gui/common/Session.h"
#include "storage/Vault.h"
#include "gui/problems/ExportDonePage.h"
#include "gui/problems/ExportPreviewPage.h"
#include "gui/problems/ExportQuarterPage.h"
#include "gui/problems/ExportRecipientPage.h"

#include <QCloseEvent>

namespace kim::gui {

ProblemExportWizard::ProblemExportWizard(std::shared_ptr<Session> session, QWidget* parent)
    : QWizard(parent)
    , m_session(std::move(session)) {
    setWindowTitle(tr("Strukturprobleme exportieren"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::BackButton, tr("< &Zurück"));
    setButtonText(QWizard::NextButton, tr("&Weiter >"));
    setButtonText(QWizard::CommitButton, tr("&Exportieren"));
    setButtonText(QWizard::FinishButton, tr("&Fertig"));
    setButtonText(QWizard::CancelButton, tr("Abbrechen"));
    resize(860, 680);
    m_quarterPage = new ExportQuarterPage(*this);
    m_previewPage = new ExportPreviewPage(*this);
    m_recipientPage = new ExportRecipientPage(*this);
    setPage(QuarterPageId, m_quarterPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(RecipientPageId, m_recipientPage);
    setPage(DonePageId, new ExportDonePage(*this));
}

storage::Database& ProblemExportWizard::database() const {
    return m_session->vault().database();
}

exchange::Identity& ProblemExportWizard::identity() const {
    return m_session->identity();
}

const kim::Clock& ProblemExportWizard::clock() const {
    return m_session->clock();
}

core::Quarter ProblemExportWizard::quarter() const {
    return m_quarterPage->chosenQuarter();
}

void ProblemExportWizard::reject() {
    if (!m_busy) {
        QWizard::reject();
    }
}

void ProblemExportWizard::closeEvent(QCloseEvent* event) {
    if (m_busy) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

void ProblemExportWizard::setWritten(const QString& path, const QString& recipient) {
    m_writtenPath = path;
    m_recipientName = recipient;
}

} // namespace kim::gui
