// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/office/ConferenceReport.h"
#include "gui/reports/ReportDocument.h"

#include <QString>

namespace kim::gui {

// Writes the conference report as an A4 PDF: title block with period, revision and the
// protection statement, then every table with its chart, and on every page a header with
// period and revision and a page footer (through ReportPdfWriter). Protected figures only.
class ConferenceReportWriter final {
public:
    ConferenceReportWriter(ConferenceReport report, QString officeName);

    ReportDocument document() const;
    // The body as rich text; charts are referenced as "chart:<table id>" images.
    QString html() const;
    // Throws nothing; false if the file could not be written. The file is 0600.
    bool writePdf(const QString& path) const;

private:
    ConferenceReport m_report;
    QString m_officeName;
};

} // namespace kim::gui
