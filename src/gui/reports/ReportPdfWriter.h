// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/reports/ReportDocument.h"

#include <QString>

class QFont;
class QPainter;
class QRect;
class QTextDocument;

namespace kim::gui {

// Writes a report document as an A4 PDF: title block and notice, then every table with its
// chart (rendered as an image, kept on one page with its heading), and on every page a header
// and a "Seite n von m" footer.
class ReportPdfWriter final {
public:
    explicit ReportPdfWriter(ReportDocument document);

    // The body as rich text; charts are referenced as "chart:<table id>" images.
    QString html() const;
    // Throws nothing; false if the file could not be written. The file is 0600.
    bool writePdf(const QString& path) const;

private:
    QString tableHtml(const ReportTable& table) const;
    void addChartImages(QTextDocument& document) const;
    static void keepSectionsTogether(QTextDocument& document, qreal pageHeight);
    void drawPageFrame(QPainter& painter, const QRect& page, int headerHeight, const QFont& font, int pageNumber,
                       int pages) const;

    ReportDocument m_document;
};

} // namespace kim::gui
