// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/caseload/CaseloadPreviewPage.h"

#include "reporting/CaseloadReportExport.h"
#include "storage/Vault.h"
#include "gui/caseload/CaseloadExportWizard.h"
#include "gui/caseload/CaseloadReportPreview.h"
#include "gui/common/BackgroundJob.h"
#include "gui/common/Messages.h"
#include "gui/common/Session.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <memory>

namespace kim::gui {

CaseloadPreviewPage::CaseloadPreviewPage(CaseloadExportWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_preview(new QTextBrowser(this))
    , m_error(new QLabel(this)) {
    setTitle(tr("Vorschau: Das verlässt Ihre Fallakte"));
    setSubTitle(tr("Genau diese Angaben gehen an Ihre Fachaufsicht – nichts anderes. Bitte sehen Sie sie durch, "
                   "bevor Sie weitergehen."));
    m_preview->setObjectName(QStringLiteral("previewBrowser"));
    m_preview->setOpenLinks(false);
    // Everything wraps; a few pixels of table padding must not bring up a scroll bar.
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
}

void CaseloadPreviewPage::initializePage() {
    m_ready = false;
    m_wizard.setPrepared(std::nullopt);
    m_preview->setPlainText(tr("Die Vorschau wird erstellt …"));
    m_error->hide();
    Q_EMIT completeChanged();
    // The figures read every case, contact and follow-up of the vault: milliseconds for a
    // caseload, up to a second for a register of 100,000 clients, so they are computed off the
    // GUI thread.
    auto prepared = std::make_shared<std::optional<reporting::PreparedCaseloadReport>>();
    auto work = [prepared, session = m_wizard.session(), period = m_wizard.period()] {
        *prepared = reporting::CaseloadReportExport(session->vault().database(), session->identity(), session->clock())
                        .prepare(period);
    };
    m_wizard.setBusy(true);
    BackgroundJob::runQuietly(&m_wizard, tr("Die Vorschau wird erstellt …"), std::move(work),
                              [this, prepared](const std::optional<QString>& error) {
                                  m_wizard.setBusy(false);
                                  if (error) {
                                      m_preview->clear();
                                      Messages::setInlineError(m_error, *error);
                                      return;
                                  }
                                  m_preview->setHtml(CaseloadReportPreview((*prepared)->report).html());
                                  m_wizard.setPrepared(std::move(*prepared));
                                  m_ready = true;
                                  Q_EMIT completeChanged();
                              });
}

bool CaseloadPreviewPage::isComplete() const {
    return m_ready;
}

} // namespace kim::gui
