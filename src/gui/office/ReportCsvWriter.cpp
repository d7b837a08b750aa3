// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/ReportCsvWriter.h"

#include "gui/office/CodeLabels.h"
#include "gui/reports/CsvFile.h"

#include <QCoreApplication>

namespace kim::gui {

namespace {
// What a row of the table stands for, in words ("Merkmal").
QString feature(const ReportTable& table, const ReportTable::Row& row) {
    if (table.id == QLatin1String("ranking")) {
        return row.labels.value(1) + QLatin1Char(' ') + row.labels.value(2);
    }
    if (table.id == QLatin1String("field") || table.id == QLatin1String("trend")) {
        return {};
    }
    return row.labels.value(0);
}
} // namespace

ReportCsvWriter::ReportCsvWriter(ConferenceReport report)
    : m_report(std::move(report)) {}

QStringList ReportCsvWriter::headers() {
    return {QCoreApplication::translate("kim::gui::ReportCsvWriter", "Bericht"),
            QCoreApplication::translate("kim::gui::ReportCsvWriter", "Tabelle"),
            QCoreApplication::translate("kim::gui::ReportCsvWriter", "Quartal"),
            QCoreApplication::translate("kim::gui::ReportCsvWriter", "Handlungsfeld"),
            QCoreApplication::translate("kim::gui::ReportCsvWriter", "Merkmal"),
            QCoreApplication::translate("kim::gui::ReportCsvWriter", "Fälle (geschützt)")};
}

QString ReportCsvWriter::quoted(const QString& text) {
    return CsvFile::quoted(text);
}

QByteArray ReportCsvWriter::bytes() const {
    QStringList lines;
    QStringList header;
    for (const QString& name : headers()) {
        header << quoted(name);
    }
    lines << CsvFile::line(header);
    const QString report = m_report.periodLine();
    const QString period = m_report.publication().period.label();
    for (const ReportTable& table : m_report.tables()) {
        for (const ReportTable::Row& row : table.rows) {
            const QString quarter = table.id == QLatin1String("trend") ? row.labels.value(0) : period;
            for (int column = 0; column < row.values.size(); ++column) {
                const QString field = table.valueFields.isEmpty() ? row.field : table.valueFields.value(column);
                lines << QStringList{quoted(report),
                                     quoted(table.title),
                                     quoted(quarter),
                                     quoted(CodeLabels::field(field)),
                                     quoted(feature(table, row)),
                                     QString::number(row.values[column])}
                             .join(QLatin1Char(';'));
            }
        }
    }
    lines << quoted(ConferenceReport::protectionStatement());
    return CsvFile::bytes(lines);
}

bool ReportCsvWriter::write(const QString& path) const {
    return CsvFile::write(path, bytes());
}

} // namespace kim::gui
