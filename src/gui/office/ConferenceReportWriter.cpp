// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/ConferenceReportWriter.h"

#include "gui/reports/ReportPdfWriter.h"

#include <QCoreApplication>

namespace kim::gui {

ConferenceReportWriter::ConferenceReportWriter(ConferenceReport report, QString officeName)
    : m_report(std::move(report))
    , m_officeName(std::move(officeName)) {}

ReportDocument ConferenceReportWriter::document() const {
    const reporting::Publication& publication = m_report.publication();
    ReportDocument document;
    document.title = QCoreApplication::translate("kim::gui::ConferenceReportWriter",
                                                 "Strukturelle Probleme – Bericht zur Planungskonferenz");
    document.subtitle = m_report.periodLine();
    if (!m_officeName.isEmpty()) {
        document.facts << QCoreApplication::translate("kim::gui::ConferenceReportWriter", "Koordinierende Stelle: %1")
                              .arg(m_officeName);
    }
    document.facts << QCoreApplication::translate("kim::gui::ConferenceReportWriter",
                                                  "Grundlage: %n Meldung(en) der KIM-Case-Managements", nullptr,
                                                  publication.submissions);
    if (!publication.reason.isEmpty()) {
        document.facts << QCoreApplication::translate("kim::gui::ConferenceReportWriter", "Grund der Revision: %1")
                              .arg(publication.reason);
    }
    document.noticeLabel = QCoreApplication::translate("kim::gui::ConferenceReportWriter", "Datenschutz:");
    document.notice = ConferenceReport::protectionStatement();
    document.pageHeaderLeft = QCoreApplication::translate("kim::gui::ConferenceReportWriter", "Konferenzbericht %1")
                                  .arg(m_report.periodLine());
    document.pageHeaderRight = QCoreApplication::translate("kim::gui::ConferenceReportWriter", "geschützte Zahlen");
    document.pdfTitle = QCoreApplication::translate("kim::gui::ConferenceReportWriter", "Konferenzbericht %1")
                            .arg(publication.period.label());
    document.emptyTableText = QCoreApplication::translate("kim::gui::ConferenceReportWriter", "keine Fälle");
    document.tables = m_report.tables();
    return document;
}

QString ConferenceReportWriter::html() const {
    return ReportPdfWriter(document()).html();
}

bool ConferenceReportWriter::writePdf(const QString& path) const {
    return ReportPdfWriter(document()).writePdf(path);
}

} // namespace kim::gui
