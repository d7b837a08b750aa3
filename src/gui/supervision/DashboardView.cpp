// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/supervision/DashboardView.h"

#include "gui/reports/ReportCharts.h"
#include "gui/reports/RowsModel.h"
#include "gui/reports/TableViews.h"

#include <QChart>
#include <QApplication>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kim::gui {

namespace {
constexpr int MaxTableRows = 14;

RowsModel::Row modelRow(const ReportTable::Row& row) {
    RowsModel::Row result;
    for (const QString& label : row.labels) {
        result.cells << label;
    }
    for (int column = 0; column < row.values.size(); ++column) {
        const QString text = row.valueTexts.value(column);
        // A suppressed count shows as "gesperrt" and sorts as 0.
        if (!text.isEmpty() && !text.front().isDigit()) {
            result.cells << text;
        } else {
            result.cells << row.values[column];
        }
    }
    result.sortKeys = QList<QVariant>(row.labels.size());
    for (const qint64 value : row.values) {
        result.sortKeys << value;
    }
    result.tag = row.code;
    return result;
}
} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QScrollArea(parent) {
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Tab moves from table to table; the one that takes the focus scrolls into view.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now != nullptr && m_content != nullptr && m_content->isAncestorOf(now)) {
            ensureWidgetVisible(now);
        }
    });
}

void DashboardView::setTables(const QList<ReportTable>& tables, const QString& emptyText) {
    m_tables = tables;
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(18);
    if (tables.isEmpty()) {
        auto* empty = new QLabel(emptyText, content);
        empty->setObjectName(QStringLiteral("dashboardEmpty"));
        empty->setWordWrap(true);
        layout->addWidget(empty);
    }
    for (const ReportTable& table : tables) {
        layout->addWidget(section(table));
    }
    layout->addStretch();
    delete takeWidget();
    setWidget(content);
    m_content = content;
}

QWidget* DashboardView::section(const ReportTable& table) {
    auto* box = new QWidget;
    box->setObjectName(QStringLiteral("section:") + table.id);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(table.title.toHtmlEscaped()), box);
    title->setStyleSheet(QStringLiteral("font-size: 11pt;"));
    auto* description = new QLabel(table.description, box);
    description->setWordWrap(true);
    description->setStyleSheet(QStringLiteral("color: #404040;"));
    layout->addWidget(title);
    layout->addWidget(description);

    QStringList headers = table.labelHeaders + table.valueHeaders;
    auto* model = new RowsModel(headers, box);
    model->setObjectName(QStringLiteral("model:") + table.id);
    QList<RowsModel::Row> rows;
    for (const ReportTable::Row& row : table.rows) {
        rows << modelRow(row);
    }
    model->setRows(rows);
    QTableView* view = TableViews::create(box, model, QStringLiteral("table:") + table.id);
    view->setAccessibleName(table.title);
    TableViews::fitColumns(view, 260);
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    const int shown = std::clamp(int(table.rows.size()), 1, MaxTableRows);
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height() + shown * rowHeight + 4);

    auto* row = new QHBoxLayout;
    if (table.chart != ReportTable::Chart::None && !table.rows.isEmpty()) {
        auto* chart = new QChartView(ReportCharts::create(table), box);
        chart->setObjectName(QStringLiteral("chart:") + table.id);
        chart->setRenderHint(QPainter::Antialiasing);
        chart->setFocusPolicy(Qt::NoFocus);
        const int bars = std::min<int>(int(table.rows.size()), ReportCharts::MaxBars);
        chart->setMinimumHeight(table.chart == ReportTable::Chart::Lines ? 260 : std::clamp(90 + bars * 26, 200, 420));
        chart->setMinimumWidth(420);
        row->addWidget(chart, 3);
        // A table of many columns would need a horizontal scroll bar beside the chart: below it
        // gets the full width.
        if (table.valueHeaders.size() <= 2) {
            row->addWidget(view, 2, Qt::AlignTop);
            layout->addLayout(row);
            return box;
        }
        row->addStretch(2);
    }
    layout->addLayout(row);
    layout->addWidget(view);
    return box;
}

QTableView* DashboardView::tableView(const QString& id) const {
    return m_content == nullptr ? nullptr : m_content->findChild<QTableView*>(QStringLiteral("table:") + id);
}

RowsModel* DashboardView::model(const QString& id) const {
    return m_content == nullptr ? nullptr : m_content->findChild<RowsModel*>(QStringLiteral("model:") + id);
}

} // namespace kim::gui
