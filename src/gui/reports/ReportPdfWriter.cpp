// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reports/ReportPdfWriter.h"

#include "gui/reports/ReportCharts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace kim::gui {

namespace {
constexpr int ChartWidth = 640; // logical pixels (96 dpi): about 17 cm on the page
constexpr qreal ChartScale = 3.0;
const auto TableStyle =
    QStringLiteral("border-collapse: collapse; border-color: #8a8a8a; margin-top: 6px; margin-bottom: 4px;");

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

int chartHeight(const ReportTable& table) {
    if (table.chart == ReportTable::Chart::Lines) {
        return 260;
    }
    const int bars = std::min<int>(int(table.rows.size()), ReportCharts::MaxBars);
    const int legend = table.chart == ReportTable::Chart::StackedBars ? 44 : 0;
    return std::clamp(64 + legend + bars * 26, 170, 420);
}

QString number(qint64 value) {
    return QLocale(QLocale::German).toString(value);
}
} // namespace

ReportPdfWriter::ReportPdfWriter(ReportDocument document)
    : m_document(std::move(document)) {}

QString ReportPdfWriter::tableHtml(const ReportTable& table) const {
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "style=\"%1\"><thead><tr>")
                       .arg(TableStyle);
    for (const QString& header : table.labelHeaders) {
        html += QStringLiteral("<th align=\"left\" bgcolor=\"#e4ebf2\">%1</th>").arg(esc(header));
    }
    for (const QString& header : table.valueHeaders) {
        html += QStringLiteral("<th align=\"right\" bgcolor=\"#e4ebf2\">%1</th>").arg(esc(header));
    }
    html += QStringLiteral("</tr></thead>");
    for (const ReportTable::Row& row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const QString& label : row.labels) {
            html += QStringLiteral("<td>%1</td>").arg(esc(label));
        }
        for (int column = 0; column < row.values.size(); ++column) {
            const qint64 value = row.values[column];
            const QString text = row.valueTexts.value(column);
            html += QStringLiteral("<td align=\"right\">%1</td>")
                        .arg(!text.isEmpty() ? esc(text)
                             : value == 0    ? QStringLiteral("–")
                                             : number(value));
        }
        html += QStringLiteral("</tr>");
    }
    if (table.rows.isEmpty()) {
        html += QStringLiteral("<tr><td colspan=\"%1\"><i>%2</i></td></tr>")
                    .arg(table.labelHeaders.size() + table.valueHeaders.size())
                    .arg(esc(m_document.emptyTableText));
    }
    return html + QStringLiteral("</table>");
}

QString ReportPdfWriter::html() const {
    QString body;
    body += QStringLiteral("<h1 style=\"font-size: 18pt; margin-bottom: 2px;\">%1</h1>").arg(esc(m_document.title));
    body += QStringLiteral("<p style=\"font-size: 12pt; margin-top: 0px;\">%1</p>").arg(esc(m_document.subtitle));
    if (!m_document.facts.isEmpty()) {
        QStringList facts;
        for (const QString& fact : m_document.facts) {
            facts << esc(fact);
        }
        body += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
    }
    if (!m_document.notice.isEmpty()) {
        body += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" style=\"border-style: solid; border-color: "
                               "#9db8d3; border-width: 1px; background-color: #eef4fa; margin-bottom: 8px;\">"
                               "<tr><td><b>%1</b> %2</td></tr></table>")
                    .arg(esc(m_document.noticeLabel), esc(m_document.notice));
    }
    for (const ReportTable& table : m_document.tables) {
        body += QStringLiteral("<h2 style=\"font-size: 13pt; margin-top: 18px; margin-bottom: 2px;\">%1</h2>")
                    .arg(esc(table.title));
        body += QStringLiteral("<p style=\"margin-top: 0px; color: #404040;\">%1</p>").arg(esc(table.description));
        if (!table.rows.isEmpty() && table.chart != ReportTable::Chart::None) {
            body += QStringLiteral("<p align=\"center\"><img src=\"chart:%1\" width=\"%2\" height=\"%3\"></p>")
                        .arg(table.id)
                        .arg(ChartWidth)
                        .arg(chartHeight(table));
        }
        body += tableHtml(table);
    }
    return QStringLiteral("<html><body>%1</body></html>").arg(body);
}

void ReportPdfWriter::addChartImages(QTextDocument& document) const {
    for (const ReportTable& table : m_document.tables) {
        if (!table.rows.isEmpty() && table.chart != ReportTable::Chart::None) {
            const QSize size(ChartWidth, chartHeight(table));
            document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:") + table.id),
                                 ReportCharts::render(table, size, ChartScale));
        }
    }
}

void ReportPdfWriter::keepSectionsTogether(QTextDocument& document, qreal pageHeight) {
    // A section heading, its description and its chart start a new page rather than being
    // torn apart. Moving one section down only moves later ones, so one pass in order suffices.
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2) {
            continue;
        }
        QTextBlock chart = block.next().next(); // heading → description → chart
        if (!chart.isValid()) {
            continue;
        }
        const qreal top = layout->blockBoundingRect(block).top();
        const qreal bottom = layout->blockBoundingRect(chart).bottom();
        if (int(top / pageHeight) != int(bottom / pageHeight)) {
            QTextCursor cursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
        }
    }
}

void ReportPdfWriter::drawPageFrame(QPainter& painter, const QRect& page, int headerHeight, const QFont& font,
                                    int pageNumber, int pages) const {
    painter.setFont(font);
    painter.setPen(QColor(0x50, 0x50, 0x50));
    const QRect header(0, 0, page.width(), headerHeight * 2 / 3);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_document.pageHeaderLeft);
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_document.pageHeaderRight);
    painter.drawLine(0, header.bottom(), page.width(), header.bottom());
    const QRect footer(0, page.height() - headerHeight / 2, page.width(), headerHeight / 2);
    painter.drawText(
        footer, Qt::AlignRight | Qt::AlignVCenter,
        QCoreApplication::translate("kim::gui::ReportPdfWriter", "Seite %1 von %2").arg(pageNumber).arg(pages));
}

bool ReportPdfWriter::writePdf(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    // Like every file the program writes: readable by the owner only until shared on purpose.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The charts as image resources, referred to by the HTML as "chart:<id>".
    QTextDocument document;
    addChartImages(document);
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_document.pdfTitle.isEmpty() ? m_document.title : m_document.pdfTitle);
        writer.setCreator(QStringLiteral("KIM Fallakte"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 14, 18, 14),
                                         QPageLayout::Millimeter));
        QPainter painter(&writer);
        if (!painter.isActive()) {
            return false;
        }
        const QRect page = painter.viewport();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9.5);
        const int headerHeight = QFontMetrics(font, &writer).height() * 3;
        const int footerHeight = headerHeight;

        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(font);
        document.setHtml(html());
        const QSizeF body(page.width(), page.height() - headerHeight - footerHeight);
        document.setPageSize(body);
        keepSectionsTogether(document, body.height());
        const int pages = document.pageCount();
        for (int index = 0; index < pages; ++index) {
            if (index > 0) {
                writer.newPage();
            }
            painter.save();
            drawPageFrame(painter, page, headerHeight, font, index + 1, pages);
            painter.translate(0, headerHeight - index * body.height());
            document.drawContents(&painter, QRectF(0, index * body.height(), body.width(), body.height()));
            painter.restore();
        }
    }
    return file.commit();
}

} // namespace kim::gui
