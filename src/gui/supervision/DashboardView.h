// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/reports/ReportTable.h"

#include <QList>
#include <QScrollArea>

class QTableView;
class QVBoxLayout;

namespace kim::gui {

class RowsModel;

// A scrolling column of dashboard sections: each shows a table's title, its period and
// definition, its chart and, beside the chart, a table with the same figures (a count the
// sender suppressed reads "gesperrt"). Tables without a chart show the table alone.
class DashboardView final : public QScrollArea {
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);

    void setTables(const QList<ReportTable>& tables, const QString& emptyText);
    const QList<ReportTable>& tables() const { return m_tables; }
    // The figures table of the section with `id` (nullptr if there is none).
    QTableView* tableView(const QString& id) const;
    RowsModel* model(const QString& id) const;

private:
    QWidget* section(const ReportTable& table);

    QList<ReportTable> m_tables;
    QWidget* m_content = nullptr;
};

} // namespace kim::gui
