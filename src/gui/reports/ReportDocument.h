// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/reports/ReportTable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kim::gui {

// What a report PDF shows, whichever screen it comes from (the office's conference report, the
// supervisor's dashboards): a title block, a boxed notice, then every table with its chart.
// Plain text throughout; the writer escapes it.
struct ReportDocument {
    QString title;
    QString subtitle;    // the period line under the title
    QStringList facts;   // short lines below it
    QString noticeLabel; // e.g. "Datenschutz:"
    QString notice;      // boxed statement; none when empty
    QString pageHeaderLeft;
    QString pageHeaderRight;
    QString pdfTitle;       // the PDF's document title
    QString emptyTableText; // shown in a table without rows
    QList<ReportTable> tables;
};

} // namespace kim::gui
