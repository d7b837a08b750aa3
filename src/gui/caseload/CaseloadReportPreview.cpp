// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/caseload/CaseloadReportPreview.h"

#include "core/Catalog.h"

#include <QCoreApplication>
#include <QStringList>

namespace kim::gui {

namespace {
QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

const QString Style =
    QStringLiteral("<style>"
                   "table.cells { border-collapse: collapse; margin-bottom: 6px; }"
                   "table.cells th { background: #e8eaed; text-align: left; padding: 4px 8px; }"
                   "table.cells td { padding: 3px 8px; border-bottom: 1px solid #dadce0; vertical-align: top; }"
                   "td.count { text-align: right; font-weight: bold; }"
                   "td.code { font-family: monospace; font-weight: bold; white-space: nowrap; }"
                   "p.muted { color: #5f6368; margin-top: 0px; }"
                   "h3 { margin-top: 14px; margin-bottom: 2px; }"
                   "</style>");
} // namespace

CaseloadReportPreview::CaseloadReportPreview(const reporting::CaseloadReport& report)
    : m_report(report) {}

QString CaseloadReportPreview::reasonsText(int reasons, const core::CaseloadRules& rules) {
    QStringList words;
    if ((reasons & static_cast<int>(core::AlertReason::NoContact)) != 0) {
        words << tr("kein Kontakt seit mehr als %1 Tagen").arg(rules.noContactAlertDays);
    }
    if ((reasons & static_cast<int>(core::AlertReason::OverdueFollowUp)) != 0) {
        words << tr("Wiedervorlage überfällig");
    }
    if ((reasons & static_cast<int>(core::AlertReason::StuckInPhase)) != 0) {
        words << tr("seit mehr als %1 Tagen in derselben Phase").arg(rules.stuckInPhaseDays);
    }
    if ((reasons & static_cast<int>(core::AlertReason::OverdueReferral)) != 0) {
        words << tr("Vermittlung ohne Antwort überfällig");
    }
    return words.join(QStringLiteral(", "));
}

QString CaseloadReportPreview::html() const {
    const core::CaseloadRules& rules = m_report.rules;
    QString html = Style;
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(esc(tr("Zeitraum: %1").arg(m_report.period.label())),
                     esc(tr("Definitionen Version %1 · %2. Bericht für diesen Zeitraum")
                             .arg(m_report.definitionsVersion)
                             .arg(m_report.revision)));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr("Regeln des Teams: Hinweis ohne Kontakt seit mehr als %1 Tagen und in derselben Phase seit "
                        "mehr als %2 Tagen; bei Zielgruppen und Kommunen gehen Zahlen unter %3 als „gesperrt“ hinaus, "
                        "und ist es nur eine, wird die nächstkleinere mit gesperrt.")
                         .arg(rules.noContactAlertDays)
                         .arg(rules.stuckInPhaseDays)
                         .arg(rules.smallCountThreshold)));
    for (const core::CaseloadFigureDefinition& definition : core::CaseloadDefinitions::all()) {
        html += figureHtml(definition);
    }
    html += alertsHtml();
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(tr("Was die Fallakte nicht verlässt")),
                     esc(tr("Keine Namen, keine Fallcodes, keine Adressen, Telefonnummern oder Geburtsdaten, keine "
                            "Staatsangehörigkeit und kein Aufenthaltsstatus, keine Notizen und keine anderen "
                            "Freitexte, keine Daten einzelner Kontakte oder Wiedervorlagen (nur der Zeitraum, bei "
                            "Hinweisen ganze Wochen), keine Namen von Einrichtungen (nur ihre Art) und keine Uhrzeiten "
                            "oder Wochentage Ihrer Arbeit.")));
    return html;
}

QString CaseloadReportPreview::figureHtml(const core::CaseloadFigureDefinition& definition) const {
    QString html =
        QStringLiteral("<h3>%1</h3><p class=\"muted\">%2</p>").arg(esc(definition.title), esc(definition.definition));
    const auto values = m_report.values.find(definition.id);
    const auto valueOf = [&](const QString& key) -> QString {
        if (values == m_report.values.end() || values->second.find(key) == values->second.end()) {
            return QStringLiteral("–");
        }
        return reporting::CaseloadReport::countText(values->second.at(key));
    };
    // A single number reads better as a sentence than as a table of one row.
    if (definition.keys.size() == 1 && definition.keys.first().first == QLatin1String("total")) {
        return html + QStringLiteral("<p>%1: <b>%2</b></p>")
                          .arg(esc(definition.keys.first().second), esc(valueOf(QStringLiteral("total"))));
    }
    html += QStringLiteral("<table class=\"cells\" cellspacing=\"0\">");
    for (const auto& [key, label] : definition.keys) {
        html += QStringLiteral("<tr><td>%1</td><td class=\"count\">%2</td></tr>").arg(esc(label), esc(valueOf(key)));
    }
    return html + QStringLiteral("</table>");
}

QString CaseloadReportPreview::alertsHtml() const {
    QString html = QStringLiteral("<a name=\"alerts\"></a><h3>%1</h3><p class=\"muted\">%2</p>")
                       .arg(esc(tr("Hinweise zu einzelnen Fällen")),
                            esc(tr("Offene Fälle, die Aufmerksamkeit brauchen. Jeder trägt ein Pseudonym, das nur für "
                                   "diesen Zeitraum gilt; nur Ihre Fallakte kann es einem Fall zuordnen.")));
    if (m_report.alerts.empty()) {
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("keine")));
    }
    html += QStringLiteral("<table class=\"cells\" cellspacing=\"0\"><tr>");
    // Two-line headers that never break inside a word; the reasons take the remaining width.
    for (const QString& header : {tr("Pseudonym"), tr("Phase"), tr("Grund"), tr("ohne\nKontakt"), tr("in der\nPhase"),
                                  tr("Wiedervorlagen\nüberfällig"), tr("Vermittlungen\nüberfällig")}) {
        html += QStringLiteral("<th style=\"white-space: nowrap;\">%1</th>")
                    .arg(esc(header).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("</tr>");
    for (const reporting::CaseloadReportAlert& alert : m_report.alerts) {
        html += QStringLiteral("<tr><td class=\"code\">%1</td><td>%2</td><td>%3</td><td class=\"count\">%4</td>"
                               "<td class=\"count\">%5</td><td class=\"count\">%6</td><td class=\"count\">%7</td></tr>")
                    .arg(esc(alert.pseudonym), esc(core::label(alert.phase)),
                         esc(reasonsText(alert.reasons, m_report.rules)))
                    .arg(esc(reporting::CaseloadReportAlert::weeksText(alert.weeksSinceContact)),
                         esc(reporting::CaseloadReportAlert::weeksText(alert.weeksInPhase)))
                    .arg(alert.overdueFollowUps)
                    .arg(alert.overdueReferrals);
    }
    return html + QStringLiteral("</table>");
}

} // namespace kim::gui
