// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problems/ProblemReportPreview.h"

#include "core/Catalog.h"
#include "gui/problems/ProblemCodeLabels.h"

#include <QCoreApplication>

namespace kim::gui {

namespace {
QString escapedLines(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

const QString TableStyle =
    QStringLiteral("<style>"
                   "table.cells { border-collapse: collapse; margin-bottom: 6px; }"
                   "table.cells th { background: #e8eaed; text-align: left; padding: 4px 8px; }"
                   "table.cells td { padding: 3px 8px; border-bottom: 1px solid #dadce0; vertical-align: top; }"
                   "td.count { text-align: right; font-weight: bold; }"
                   "td.key { font-family: monospace; color: #5f6368; }"
                   "p.muted { color: #5f6368; }"
                   "h3 { margin-top: 16px; margin-bottom: 4px; }"
                   "</style>");
} // namespace

ProblemReportPreview::ProblemReportPreview(const reporting::ProblemReport& report, const ProblemCodeLabels& labels)
    : m_report(report)
    , m_labels(labels) {}

QString ProblemReportPreview::tableTitle(const QString& tableId) {
    if (tableId == core::ProblemTableProgramme::Problems) {
        return QCoreApplication::translate("kim::gui::ProblemReportPreview", "Probleme je Handlungsfeld");
    }
    if (tableId == core::ProblemTableProgramme::FieldMunicipality) {
        return QCoreApplication::translate("kim::gui::ProblemReportPreview", "Handlungsfeld × Kommune");
    }
    if (tableId == core::ProblemTableProgramme::FieldTargetGroup) {
        return QCoreApplication::translate("kim::gui::ProblemReportPreview", "Handlungsfeld × Zielgruppe");
    }
    if (tableId == core::ProblemTableProgramme::FieldInstitution) {
        return QCoreApplication::translate("kim::gui::ProblemReportPreview", "Handlungsfeld × Art der Einrichtung");
    }
    return tableId;
}

QString ProblemReportPreview::keySumText(uint64_t keySum) {
    return QStringLiteral("%1").arg(keySum, 16, 16, QLatin1Char('0')).toUpper();
}

QString ProblemReportPreview::html(bool showKeySums) const {
    const core::ProblemTableSet& tables = m_report.tables;
    QString html = TableStyle;
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(QCoreApplication::translate("kim::gui::ProblemReportPreview", "Zeitraum: %1")
                         .arg(tables.period.label())
                         .toHtmlEscaped(),
                     QCoreApplication::translate("kim::gui::ProblemReportPreview",
                                                 "Tabellenprogramm Version %1 · Problemkatalog Version %2")
                         .arg(tables.programmeVersion)
                         .arg(tables.taxonomyVersion)
                         .toHtmlEscaped());
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(QCoreApplication::translate(
                         "kim::gui::ProblemReportPreview",
                         "Jede Zahl sagt, wie viele Fälle (eine Familie zählt einmal) in diesem Quartal in die Zeile "
                         "fallen. Ein Fall zählt je Zeile höchstens einmal.")
                         .toHtmlEscaped());
    for (const core::ProblemTable& table : tables.tables) {
        html += tableHtml(table, showKeySums);
    }
    html += proposalsHtml();
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(QCoreApplication::translate("kim::gui::ProblemReportPreview", "Was die Fallakte nicht verlässt")
                         .toHtmlEscaped(),
                     QCoreApplication::translate(
                         "kim::gui::ProblemReportPreview",
                         "Keine Namen, keine Fallcodes, keine Adressen oder Kontaktdaten, keine Geburtsdaten und kein "
                         "Alter, kein Geschlecht, keine Staatsangehörigkeit und kein Aufenthaltsstatus, keine Notizen "
                         "und keine anderen Freitexte aus Fällen, keine genauen Daten (nur das Quartal) und keine "
                         "Namen von Einrichtungen (nur ihre Art).")
                         .toHtmlEscaped());
    return html;
}

QString ProblemReportPreview::tableHtml(const core::ProblemTable& table, bool showKeySums) const {
    QString html = QStringLiteral("<h3>%1</h3>").arg(tableTitle(table.id).toHtmlEscaped());
    if (table.cells.empty()) {
        return html +
               QStringLiteral("<p class=\"muted\">%1</p>")
                   .arg(
                       QCoreApplication::translate("kim::gui::ProblemReportPreview", "keine Einträge").toHtmlEscaped());
    }
    html += QStringLiteral("<table class=\"cells\" cellspacing=\"0\"><tr>");
    for (const QString& dimension : table.dimensions) {
        html += QStringLiteral("<th>%1</th>").arg(ProblemCodeLabels::dimensionName(dimension).toHtmlEscaped());
    }
    html += QStringLiteral("<th>%1</th>")
                .arg(QCoreApplication::translate("kim::gui::ProblemReportPreview", "Fälle").toHtmlEscaped());
    if (showKeySums) {
        html += QStringLiteral("<th>%1</th>")
                    .arg(QCoreApplication::translate("kim::gui::ProblemReportPreview", "Prüfsumme").toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    QString previousFirst;
    for (const core::ProblemCell& cell : table.cells) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < table.dimensions.size(); ++i) {
            const QString value = i < cell.key.size() ? cell.key.at(i) : QString();
            // Cells are sorted by key: the first value (the Handlungsfeld) is written once per group.
            if (i == 0) {
                const bool repeated = value == previousFirst;
                previousFirst = value;
                if (repeated) {
                    html += QStringLiteral("<td></td>");
                    continue;
                }
            }
            html +=
                QStringLiteral("<td>%1</td>").arg(escapedLines(m_labels.dimensionValue(table.dimensions.at(i), value)));
        }
        html += QStringLiteral("<td class=\"count\">%1</td>").arg(cell.count);
        if (showKeySums) {
            html += QStringLiteral("<td class=\"key\">%1</td>").arg(keySumText(cell.keySum));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString ProblemReportPreview::proposalsHtml() const {
    QString html =
        QStringLiteral("<h3>%1</h3>")
            .arg(QCoreApplication::translate("kim::gui::ProblemReportPreview", "Vorschläge für neue Problemtypen")
                     .toHtmlEscaped());
    if (m_report.proposals.isEmpty()) {
        return html + QStringLiteral("<p class=\"muted\">%1</p>")
                          .arg(QCoreApplication::translate("kim::gui::ProblemReportPreview", "keine").toHtmlEscaped());
    }
    html += QStringLiteral("<table class=\"cells\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(QCoreApplication::translate("kim::gui::ProblemReportPreview", "Handlungsfeld").toHtmlEscaped(),
                     QCoreApplication::translate("kim::gui::ProblemReportPreview", "Titel").toHtmlEscaped(),
                     QCoreApplication::translate("kim::gui::ProblemReportPreview", "Beschreibung").toHtmlEscaped());
    for (const core::ProblemProposal& proposal : m_report.proposals) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(core::label(proposal.field).toHtmlEscaped(), proposal.title.toHtmlEscaped(),
                         escapedLines(proposal.definition));
    }
    return html + QStringLiteral("</table>");
}

} // namespace kim::gui
