// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kim::gui {

// One table of the conference report with the chart drawn from it: leading text columns and
// value columns (protected figures only), each value column a series of the chart.
struct ReportTable {
    enum class Chart { Bars, StackedBars, Lines };

    struct Row {
        QStringList labels;   // one per labelHeaders entry
        QList<qint64> values; // one per valueHeaders entry
        QString chartLabel;   // the category in the chart
        QString code;         // what the row stands for, e.g. a problem code
        QString field;        // the Handlungsfeld code of a row that belongs to one field
    };

    QString id;
    QString title;
    QString description;
    Chart chart = Chart::Bars;
    QStringList labelHeaders;
    QStringList valueHeaders;
    QStringList valueFields; // the Handlungsfeld code of each value column, where they are fields
    QList<Row> rows;
};

} // namespace kim::gui
