// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reports/CsvFile.h"

#include <QSaveFile>

namespace kim::gui {

QString CsvFile::quoted(const QString& text) {
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front())) {
        value.prepend(QLatin1Char('\''));
    }
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString CsvFile::line(const QStringList& fields) {
    return fields.join(QLatin1Char(';'));
}

QByteArray CsvFile::bytes(const QStringList& lines) {
    const auto lineEnd = QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + (lines.join(lineEnd) + lineEnd).toUtf8();
}

bool CsvFile::write(const QString& path, const QByteArray& data) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(data) == data.size() && file.commit();
}

} // namespace kim::gui
