// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/caseload/CaseloadExportWizard.h"

#include "base/Error.h"
#include "reporting/CaseloadReportExport.h"
#include "storage/Vault.h"
#include "gui/caseload/CaseloadPeriodPage.h"
#include "gui/caseload/CaseloadPreviewPage.h"
#include "gui/common/Session.h"
#include "gui/contacts/PackageRecipientPage.h"
#include "gui/contacts/PackageWrittenPage.h"

#include <QDir>

namespace kim::gui {

CaseloadExportWizard::CaseloadExportWizard(std::shared_ptr<Session> session, QWidget* parent)
    : PackageExportWizard(std::move(session), tr("Fallzahlenbericht an die Fachaufsicht"), tr("&Senden"), parent) {
    resize(900, 720);
    m_periodPage = new CaseloadPeriodPage(*this);
    m_previewPage = new CaseloadPreviewPage(*this);
    PackageRecipientPage::Setup recipients;
    recipients.subTitle = tr("Der Bericht wird mit Ihrem Schlüssel signiert und so verschlüsselt, dass nur die "
                             "gewählten Kontakte ihn öffnen können – meist ist das Ihre Fachaufsicht.");
    recipients.noContactsText = tr("Es ist noch keine Kontaktkarte hinterlegt. Lesen Sie die Kontaktkarte Ihrer "
                                   "Fachaufsicht ein und vergleichen Sie den Fingerabdruck am Telefon.");
    recipients.preferredHints = {QStringLiteral("Fachaufsicht"), QStringLiteral("Teamleit"),
                                 QStringLiteral("Aufsicht")};
    recipients.severalRecipients = true;
    recipients.fileBaseName = [this] {
        return tr("Fallzahlen %1").arg(period().toString());
    };
    recipients.write = [this](const QList<exchange::ContactCard>& cards) {
        if (!m_prepared) {
            throw Error(ErrorCode::InvalidInput, tr("Die Vorschau fehlt. Bitte gehen Sie einen Schritt zurück."));
        }
        return reporting::CaseloadReportExport(database(), identity(), clock()).write(*m_prepared, cards);
    };
    m_recipientPage = new PackageRecipientPage(*this->session(), std::move(recipients), this);
    setPage(PeriodPageId, m_periodPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(RecipientPageId, m_recipientPage);
    setPage(DonePageId,
            new PackageWrittenPage(
                *m_recipientPage, tr("Bericht gespeichert"),
                [this](const QString& path, const QStringList& names) { return doneText(path, names); }, this));
}

core::ReportingPeriod CaseloadExportWizard::period() const {
    return m_periodPage->chosenPeriod();
}

QString CaseloadExportWizard::doneText(const QString& path, const QStringList& recipients) const {
    QString text =
        tr("Der Fallzahlenbericht für %1 ist gespeichert:\n%2\n\nEr ist signiert und verschlüsselt; öffnen "
           "kann ihn nur %3. Schicken Sie die Datei per E-Mail oder auf einem USB-Stick an Ihre Fachaufsicht.")
            .arg(period().label(), QDir::toNativeSeparators(path), PackageWrittenPage::namesText(recipients));
    const size_t alerts = m_prepared ? m_prepared->report.alerts.size() : 0;
    if (alerts > 0) {
        const QString cases = alerts == 1 ? tr("einen Fall mit Hinweis") : tr("%1 Fälle mit Hinweis").arg(alerts);
        text += QStringLiteral("\n\n") +
                tr("Der Bericht nennt %1, jeden nur mit einem Pseudonym wie „%2“. Spricht Ihre Fachaufsicht Sie in "
                   "der Fallbesprechung auf ein Pseudonym an, geben Sie es in der Suche ein (Strg+Umschalt+F): Ihre "
                   "Fallakte zeigt, welcher Fall gemeint ist.")
                    .arg(cases, m_prepared->report.alerts.front().pseudonym);
    }
    text += QStringLiteral("\n\n") + tr("Senden Sie denselben Zeitraum später noch einmal, gilt der neue Bericht; der "
                                        "frühere bleibt bei der Fachaufsicht als ersetzt sichtbar.");
    return text;
}

} // namespace kim::gui
