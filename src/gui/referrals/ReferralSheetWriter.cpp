// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/referrals/ReferralSheetWriter.h"

#include "gui/common/ItemViews.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSettings>
#include <QTextDocument>

namespace kim::gui {

namespace {

const auto SenderKey = QStringLiteral("referrals/senderOrganisation");

QString esc(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString recipientBlock(const core::Institution& i) {
    QStringList lines{esc(i.name)};
    if (!i.contactPerson.isEmpty()) {
        lines << QCoreApplication::translate("ReferralSheetWriter", "z. Hd. %1").arg(esc(i.contactPerson));
    }
    if (!i.address.isEmpty()) {
        lines << esc(i.address);
    }
    return lines.join(QStringLiteral("<br>"));
}

QString clientTable(const core::ReferralSheetData& d) {
    if (d.client.isEmpty()) {
        return QStringLiteral("<p><i>%1</i></p>")
            .arg(QCoreApplication::translate("ReferralSheetWriter",
                                             "Angaben zur Person sind von der Entbindung nicht umfasst."));
    }
    QString rows;
    for (const auto& field : d.client) {
        rows += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(field.first), esc(field.second));
    }
    return QStringLiteral("<table cellpadding=\"3\" width=\"100%\">%1</table>").arg(rows);
}

} // namespace

ReferralSheetWriter::ReferralSheetWriter(core::ReferralSheetData data, QString senderOrganisation)
    : m_data(std::move(data))
    , m_sender(std::move(senderOrganisation)) {}

QString ReferralSheetWriter::storedSender() {
    return QSettings().value(SenderKey).toString().trimmed();
}

QString ReferralSheetWriter::senderFromSettings() {
    const QString stored = storedSender();
    return stored.isEmpty()
               ? QCoreApplication::translate("ReferralSheetWriter",
                                             "[Träger des KIM-Case-Managements – bitte in den Einstellungen eintragen]")
               : stored;
}

void ReferralSheetWriter::setSenderInSettings(const QString& organisation) {
    QSettings().setValue(SenderKey, organisation.trimmed());
}

QString ReferralSheetWriter::html() const {
    const core::ReferralSheetData& d = m_data;
    QString body;
    body += QStringLiteral("<table width=\"100%\"><tr><td><small>%1<br>%2</small></td>"
                           "<td align=\"right\">%3</td></tr></table>")
                .arg(esc(m_sender),
                     QCoreApplication::translate("ReferralSheetWriter", "Kommunales Integrationsmanagement (KIM)"),
                     ItemViews::date(d.date));
    // Room above and below the recipient, where a window envelope expects the address.
    body += QStringLiteral("<p><br><br>%1<br><br></p>").arg(recipientBlock(d.recipient));
    body += QStringLiteral("<h2 style=\"margin-top:24px\">%1</h2>")
                .arg(QCoreApplication::translate("ReferralSheetWriter", "Überleitungsbogen"));
    body += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("ReferralSheetWriter", "Sehr geehrte Damen und Herren,"));
    body += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("ReferralSheetWriter",
                                                 "wir vermitteln die unten genannte Person an Ihre Einrichtung. "
                                                 "Die Person hat uns am %1 für folgenden Zweck von der "
                                                 "Schweigepflicht entbunden: %2.")
                         .arg(ItemViews::date(d.releaseGivenOn), esc(d.purpose)));
    body += QStringLiteral("<p>%1 %2.</p>")
                .arg(QCoreApplication::translate("ReferralSheetWriter", "Die Entbindung umfasst nur:"),
                     esc(d.releasedItems.join(QStringLiteral(", "))));
    body += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("ReferralSheetWriter", "Angaben zur Person"));
    body += clientTable(d);
    if (!d.reason.isEmpty()) {
        body += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("ReferralSheetWriter", "Anliegen"));
        body +=
            QStringLiteral("<p><b>%1:</b> %2</p><p>%3</p>")
                .arg(QCoreApplication::translate("ReferralSheetWriter", "Handlungsfeld"), esc(d.field), esc(d.reason));
    }
    if (d.expectedBy.isValid()) {
        body += QStringLiteral("<p>%1</p>")
                    .arg(QCoreApplication::translate("ReferralSheetWriter",
                                                     "Wir bitten um eine kurze Rückmeldung bis zum %1.")
                             .arg(ItemViews::date(d.expectedBy)));
    }
    body += QStringLiteral("<p style=\"margin-top:18px\">%1<br><br>%2</p>")
                .arg(QCoreApplication::translate("ReferralSheetWriter", "Mit freundlichen Grüßen"), esc(m_sender));
    body += QStringLiteral("<p style=\"margin-top:30px\"><small>%1</small></p>")
                .arg(QCoreApplication::translate(
                    "ReferralSheetWriter",
                    "Vertraulich: enthält personenbezogene Daten. Nur für den genannten Zweck verwenden und "
                    "nicht weitergeben."));
    return QStringLiteral("<html><body style=\"font-family:sans-serif\">%1</body></html>").arg(body);
}

void ReferralSheetWriter::render(QPagedPaintDevice& device) const {
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(22, 18, 20, 18), QPageLayout::Millimeter);
    QTextDocument document;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    document.setHtml(html());
    document.print(&device);
}

bool ReferralSheetWriter::writePdf(const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(QCoreApplication::translate("ReferralSheetWriter", "Überleitungsbogen"));
        writer.setCreator(QStringLiteral("KIM Fallakte"));
        writer.setResolution(300);
        render(writer);
    }
    file.close();
    // The sheet holds personal data: readable by the owner only, like the vault.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.error() == QFileDevice::NoError;
}

void ReferralSheetWriter::print(QPagedPaintDevice& device) const {
    render(device);
}

} // namespace kim::gui
