// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/ReportCsvWriter.h"

#include "gui/office/CodeLabels.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace kim::gui {

namespace {
const auto Separator = QStringLiteral(";");
const auto LineEnd = QStringLiteral("\r\n");

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
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front())) {
        value.prepend(QLatin1Char('\''));
    }
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray ReportCsvWriter::bytes() const {
    QStringList lines;
    QStringList header;
    for (const QString& name : headers()) {
        header << quoted(name);
    }
    lines << header.join(Separator);
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
                             .join(Separator);
            }
        }
    }
    lines << quoted(ConferenceReport::protectionStatement());
    return QByteArray("\xEF\xBB\xBF") + (lines.join(LineEnd) + LineEnd).toUtf8();
}

bool ReportCsvWriter::write(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray data = bytes();
    return file.write(data) == data.size() && file.commit();
}

} // namespace kim::gui
