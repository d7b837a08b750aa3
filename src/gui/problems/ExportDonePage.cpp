// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problems/ExportDonePage.h"

#include "gui/problems/ProblemExportWizard.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace kim::gui {

ExportDonePage::ExportDonePage(ProblemExportWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this)) {
    setTitle(tr("Meldung gespeichert"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void ExportDonePage::initializePage() {
    const auto& report = m_wizard.report();
    const qsizetype proposals = report ? report->proposals.size() : 0;
    QString text = tr("Die Meldung für das %1 ist gespeichert:\n%2\n\nSie ist signiert und verschlüsselt; öffnen kann "
                      "sie nur „%3“. Schicken Sie die Datei per E-Mail oder auf einem USB-Stick an die Koordinierende "
                      "Stelle.")
                       .arg(m_wizard.quarter().label(), QDir::toNativeSeparators(m_wizard.writtenPath()),
                            m_wizard.recipientName());
    if (proposals == 1) {
        text += QStringLiteral("\n\n") + tr("Mit der Meldung geht Ihr Vorschlag für einen neuen Problemtyp mit.");
    } else if (proposals > 1) {
        text += QStringLiteral("\n\n") +
                tr("Mit der Meldung gehen Ihre %1 Vorschläge für neue Problemtypen mit.").arg(proposals);
    }
    text += QStringLiteral("\n\n") + tr("Melden Sie dasselbe Quartal später noch einmal, ersetzt die neue Meldung "
                                        "diese (zum Beispiel nach einer Korrektur).");
    m_summary->setText(text);
}

} // namespace kim::gui
