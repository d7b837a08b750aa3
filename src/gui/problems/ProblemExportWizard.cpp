// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problems/ProblemExportWizard.h"

#include "base/Error.h"

#include "reporting/ProblemReportExport.h"
#include "storage/Vault.h"
#include "gui/common/Session.h"
#include "gui/contacts/PackageRecipientPage.h"
#include "gui/contacts/PackageWrittenPage.h"
#include "gui/problems/ExportPreviewPage.h"
#include "gui/problems/ExportQuarterPage.h"

#include <QDir>

namespace kim::gui {

ProblemExportWizard::ProblemExportWizard(std::shared_ptr<Session> session, QWidget* parent)
    : PackageExportWizard(std::move(session), tr("Strukturprobleme exportieren"), tr("&Exportieren"), parent) {
    resize(860, 680);
    m_quarterPage = new ExportQuarterPage(*this);
    m_previewPage = new ExportPreviewPage(*this);
    PackageRecipientPage::Setup recipients;
    recipients.subTitle = tr("Die Meldung wird mit Ihrem Schlüssel signiert und so verschlüsselt, dass nur der "
                             "gewählte Kontakt sie öffnen kann.");
    recipients.noContactsText = tr("Es ist noch keine Kontaktkarte hinterlegt. Lesen Sie die Kontaktkarte der "
                                   "Koordinierenden Stelle ein und vergleichen Sie den Fingerabdruck am Telefon.");
    // The coordinating office is the usual recipient: preselected when its card says so.
    recipients.preferredHints = {QStringLiteral("Koordin")};
    recipients.fileBaseName = [this] {
        return tr("Strukturprobleme %1").arg(quarter().toString());
    };
    recipients.write = [this](const QList<exchange::ContactCard>& cards) {
        if (!m_report || cards.size() != 1) {
            throw Error(ErrorCode::InvalidInput, tr("Bitte wählen Sie genau einen Empfänger."));
        }
        return reporting::ProblemReportExport(database(), identity(), clock()).write(*m_report, cards.first());
    };
    m_recipientPage = new PackageRecipientPage(*this->session(), std::move(recipients), this);
    setPage(QuarterPageId, m_quarterPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(RecipientPageId, m_recipientPage);
    setPage(DonePageId,
            new PackageWrittenPage(
                *m_recipientPage, tr("Meldung gespeichert"),
                [this](const QString& path, const QStringList& names) { return doneText(path, names); }, this));
}

QString ProblemExportWizard::doneText(const QString& path, const QStringList& recipients) const {
    const qsizetype proposals = m_report ? m_report->proposals.size() : 0;
    QString text =
        tr("Die Meldung für das %1 ist gespeichert:\n%2\n\nSie ist signiert und verschlüsselt; öffnen kann "
           "sie nur %3. Schicken Sie die Datei per E-Mail oder auf einem USB-Stick an die Koordinierende "
           "Stelle.")
            .arg(quarter().label(), QDir::toNativeSeparators(path), PackageWrittenPage::namesText(recipients));
    if (proposals == 1) {
        text += QStringLiteral("\n\n") + tr("Mit der Meldung geht Ihr Vorschlag für einen neuen Problemtyp mit.");
    } else if (proposals > 1) {
        text += QStringLiteral("\n\n") +
                tr("Mit der Meldung gehen Ihre %1 Vorschläge für neue Problemtypen mit.").arg(proposals);
    }
    text += QStringLiteral("\n\n") + tr("Melden Sie dasselbe Quartal später noch einmal, ersetzt die neue Meldung "
                                        "diese (zum Beispiel nach einer Korrektur).");
    return text;
}

core::Quarter ProblemExportWizard::quarter() const {
    return m_quarterPage->chosenQuarter();
}

} // namespace kim::gui
