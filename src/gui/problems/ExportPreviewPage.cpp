#include "gui/problems/ExportPreviewPage.h"

#include "core/ProblemTaxonomy.h"
#include "gui/common/Messages.h"
#include "gui/problems/ProblemCodeLabels.h"
#include "gui/problems/ProblemExportWizard.h"
#include "gui/problems/ProblemReportPreview.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

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
    m_ready = Messages::guardInline(m_error, [this] { m_wizard.prepare(); });
    render();
    Q_EMIT completeChanged();
}

void ExportPreviewPage::render() {
    const auto& report = m_wizard.report();
    if (!m_ready || !report) {
        m_preview->clear();
        return;
    }
    QList<core::ProblemType> types;
    Messages::guardInline(m_error,
                          [&] { types = core::ProblemTaxonomyRepository(m_wizard.database()).current().types; });
    const ProblemCodeLabels labels(types);
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(ProblemReportPreview(*report, labels).html(m_keySums->isChecked()));
    m_preview->verticalScrollBar()->setValue(scroll);
}

bool ExportPreviewPage::isComplete() const {
    return m_ready;
}

} // namespace kim::gui
