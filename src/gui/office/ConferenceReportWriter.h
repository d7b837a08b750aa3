// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/office/ConferenceReport.h"

#include <QString>

class QFont;
class QPainter;
class QRect;
class QTextDocument;

namespace kim::gui {

// Writes the conference report as an A4 PDF: title block with period, revision and the
// protection statement, then every table with its chart (rendered as an image), and on every
// page a header with period and revision and a page footer. Protected figures only.
class ConferenceReportWriter final {
public:
    ConferenceReportWriter(ConferenceReport report, QString officeName);

    // The body as rich text; charts are referenced as "chart:<table id>" images.
    QString html() const;
    // Throws nothing; false if the file could not be written. The file is 0600.
    bool writePdf(const QString& path) const;

private:
    QString tableHtml(const ReportTable& table) const;
    void addChartImages(QTextDocument& document) const;
    static void keepSectionsTogether(QTextDocument& document, qreal pageHeight);
    // Header (period, revision) and footer (page n of m) around the page body.
    void drawPageFrame(QPainter& painter, const QRect& page, int headerHeight, const QFont& font, int pageNumber,
                       int pages) const;

    ConferenceReport m_report;
    QString m_officeName;
};

} // namespace kim::gui
