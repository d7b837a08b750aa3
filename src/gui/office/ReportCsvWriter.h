// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/office/ConferenceReport.h"

#include <QByteArray>
#include <QString>

namespace kim::gui {

// Writes the conference report as one CSV file that German Excel opens correctly: UTF-8 with
// BOM, ";" as separator, CRLF line ends, text fields quoted. One file in long form (one line per
// figure, the table in a column) rather than one file per table: it filters and pivots in
// Excel, and the report travels as one attachment. Protected figures only.
class ReportCsvWriter final {
public:
    explicit ReportCsvWriter(ConferenceReport report);

    QByteArray bytes() const;
    // Throws nothing; false if the file could not be written. The file is 0600.
    bool write(const QString& path) const;

    static QStringList headers();
    // A quoted field; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula.
    static QString quoted(const QString& text);

private:
    ConferenceReport m_report;
};

} // namespace kim::gui
