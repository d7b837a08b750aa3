// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kim::gui {

// CSV that German Excel opens correctly: UTF-8 with BOM, ";" as separator, CRLF line ends,
// text fields quoted and defused against formulas. Every CSV export of the program writes
// through it.
class CsvFile final {
public:
    CsvFile() = delete;

    // A quoted field; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula.
    static QString quoted(const QString& text);
    // One line of already formatted fields (quoted text or plain numbers).
    static QString line(const QStringList& fields);
    // The file's bytes: BOM, the lines joined with CRLF, a final CRLF.
    static QByteArray bytes(const QStringList& lines);
    // Throws nothing; false if the file could not be written. The file is 0600, saved atomically.
    static bool write(const QString& path, const QByteArray& data);
};

} // namespace kim::gui
