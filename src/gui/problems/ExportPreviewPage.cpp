// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problems/ExportPreviewPage.h"

#include "core/ProblemTaxonomy.h"
#include "reporting/ProblemReportExport.h"
#include "storage/Vault.h"
#include "gui/common/BackgroundJob.h"
#include "gui/common/Messages.h"
#include "gui/common/Session.h"
#include "gui/problems/ProblemCodeLabels.h"
#include "gui/problems/ProblemExportWizard.h"
#include "gui/problems/ProblemReportPreview.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <memory>

namespace kim::gui {

ExportPreviewPage::ExportPreviewPage(ProblemExportWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_preview(new QTextBrowser(this))
    , m_keySums(new QCheckBox(tr("&Prüfsummen anzeigen"), this))
    , m_error(new QLabel(this)) {
    setTitle(tr("Vorschau: Das verlässt Ihre Fallakte"));
    setSubTitle(tr("Genau diese Angaben gehen an die Koordinierende Stelle – nichts anderes. Bitte sehen Sie sie "
                   "durch, bevor Sie weitergehen."));
    m_preview->setObjectName(QStringLiteral("previewBrowser"));
    m_preview->setOpenLinks(false);
    m_keySums->setObjectName(QStringLiteral("keySumsCheck"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->hide();
    auto* explanation = new QLabel(tr("Zu jeder Zahl gehört eine Prüfsumme: die Summe geheimer Zufallszahlen der "
                                      "gezählten Fälle. Sie verrät nichts über die Personen. Mit ihr kann die "
                                      "Koordinierende Stelle die Meldungen aller Case-Manager*innen genau "
                                      "zusammenführen und jede veröffentlichte Zahl immer gleich schützen."),
                                   this);
    explanation->setWordWrap(true);
    explanation->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_keySums);
    layout->addWidget(explanation);
    layout->addWidget(m_error);
    connect(m_keySums, &QCheckBox::toggled, this, &ExportPreviewPage::render);
}

void ExportPreviewPage::initializePage() {
    m_ready = false;
    m_wizard.setReport(std::nullopt);
    m_preview->setPlainText(tr("Die Vorschau wird erstellt …"));
    m_error->hide();
    Q_EMIT completeChanged();
    // Building the tables reads every flag of the quarter: milliseconds for a caseload, seconds
    // for a register of 100,000 clients, so it runs off the GUI thread.
    struct Prepared {
        std::optional<reporting::ProblemReport> report;
        QList<core::ProblemType> types;
    };
    auto prepared = std::make_shared<Prepared>();
    auto work = [prepared, session = m_wizard.session(), quarter = m_wizard.quarter()] {
        storage::Database& db = session->vault().database();
        prepared->report = reporting::ProblemReportExport(db, session->identity(), session->clock()).prepare(quarter);
        prepared->types = core::ProblemTaxonomyRepository(db).current().types;
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
                                  m_types = prepared->types;
                                  m_wizard.setReport(std::move(prepared->report));
                                  m_ready = true;
                                  render();
                                  Q_EMIT completeChanged();
                              });
}

void ExportPreviewPage::render() {
    const auto& report = m_wizard.report();
    if (!m_ready || !report) {
        return;
    }
    const ProblemCodeLabels labels(m_types);
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(ProblemReportPreview(*report, labels).html(m_keySums->isChecked()));
    m_preview->verticalScrollBar()->setValue(scroll);
}

bool ExportPreviewPage::isComplete() const {
    return m_ready;
}

} // namespace kim::gui
