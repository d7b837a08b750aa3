// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/supervision/DashboardExport.h"

#include "gui/common/FileDialogs.h"
#include "gui/common/Messages.h"
#include "gui/reports/CsvFile.h"
#include "gui/reports/ReportPdfWriter.h"

namespace kim::gui {

DashboardExport::DashboardExport(QString title, QString subtitle, QList<ReportTable> tables)
    : m_title(std::move(title))
    , m_subtitle(std::move(subtitle))
    , m_tables(std::move(tables)) {}

QString DashboardExport::notice() {
    return tr("Die Zahlen stammen aus den Fallzahlenberichten der Teammitglieder. Sie enthalten keine Namen, keine "
              "Fallcodes und keine Notizen; Hinweise tragen ein Pseudonym, das nur im jeweiligen Zeitraum gilt.");
}

QByteArray DashboardExport::csv() const {
    QStringList lines;
    lines << CsvFile::line({CsvFile::quoted(tr("Bericht")), CsvFile::quoted(tr("Tabelle")),
                            CsvFile::quoted(tr("Zeile")), CsvFile::quoted(tr("Spalte")), CsvFile::quoted(tr("Wert"))});
    for (const ReportTable& table : m_tables) {
        for (const ReportTable::Row& row : table.rows) {
            for (int column = 0; column < row.values.size(); ++column) {
                const QString text = row.valueTexts.value(column);
                const QString value = text.isEmpty()           ? QString::number(row.values[column])
                                      : text.front().isDigit() ? text
                                                               : CsvFile::quoted(text);
                lines << CsvFile::line({CsvFile::quoted(m_subtitle), CsvFile::quoted(table.title),
                                        CsvFile::quoted(row.labels.join(QStringLiteral(" · "))),
                                        CsvFile::quoted(table.valueHeaders.value(column)), value});
            }
        }
    }
    lines << CsvFile::quoted(notice());
    return CsvFile::bytes(lines);
}

bool DashboardExport::writeCsv(const QString& path) const {
    return CsvFile::write(path, csv());
}

bool DashboardExport::writePdf(const QString& path) const {
    ReportDocument document;
    document.title = m_title;
    document.subtitle = m_subtitle;
    document.noticeLabel = tr("Datenschutz:");
    document.notice = notice();
    document.pageHeaderLeft = m_title;
    document.pageHeaderRight = m_subtitle;
    document.emptyTableText = tr("keine Angaben");
    document.tables = m_tables;
    return ReportPdfWriter(document).writePdf(path);
}

void DashboardExport::savePdf(QWidget* parent, const QString& baseName) const {
    const QString path = FileDialogs::documentToSave(parent, tr("Als PDF speichern"), baseName + QStringLiteral(".pdf"),
                                                     tr("PDF-Dateien (*.pdf)"), QStringLiteral("pdf"));
    if (!path.isEmpty() && !writePdf(path)) {
        Messages::showError(parent, tr("Die PDF-Datei konnte nicht geschrieben werden."));
    }
}

void DashboardExport::saveCsv(QWidget* parent, const QString& baseName) const {
    const QString path =
        FileDialogs::documentToSave(parent, tr("Als CSV speichern"), baseName + QStringLiteral(".csv"),
                                    tr("CSV-Dateien für Tabellenkalkulation (*.csv)"), QStringLiteral("csv"));
    if (!path.isEmpty() && !writeCsv(path)) {
        Messages::showError(parent, tr("Die CSV-Datei konnte nicht geschrieben werden."));
    }
}

} // namespace kim::gui
