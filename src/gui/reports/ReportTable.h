// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kim::gui {

// One table of a report with the chart drawn from it: leading text columns and value columns,
// each value column a series of the chart (the office's protected figures, the supervisor's
// caseload figures).
struct ReportTable {
    enum class Chart { Bars, StackedBars, Lines, None }; // None: a table without a chart

    struct Row {
        QStringList labels;     // one per labelHeaders entry
        QList<qint64> values;   // one per valueHeaders entry
        QString chartLabel;     // the category in the chart
        QString code;           // what the row stands for, e.g. a problem code
        QString field;          // the group (e.g. Handlungsfeld) code of a row that belongs to one
        QStringList valueTexts; // where given and not empty, shown instead of the number (e.g. "gesperrt")
    };

    QString id;
    QString title;
    QString description;
    Chart chart = Chart::Bars;
    QStringList labelHeaders;
    QStringList valueHeaders;
    QStringList valueFields; // the group code of each value column, where they are groups
    QList<Row> rows;
};

} // namespace kim::gui
