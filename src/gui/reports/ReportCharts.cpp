// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reports/ReportCharts.h"

#include "gui/reports/ReportTable.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace kim::gui {

namespace {

// A round tick step for at most about six ticks, so they fall on whole, even numbers.
qint64 tickStep(qint64 maximum) {
    for (const qint64 step : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000}) {
        if (maximum <= step * 5) {
            return step;
        }
    }
    return (maximum / 5 / 10000 + 1) * 10000;
}

QValueAxis* valueAxis(qint64 maximum) {
    auto* axis = new QValueAxis;
    const qint64 step = tickStep(std::max<qint64>(maximum, 1));
    const qint64 top = std::max<qint64>(step, (maximum + step - 1) / step * step);
    axis->setRange(0, double(top));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    return axis;
}

// Qt Charts gives the category axis at most about 40 % of the width; longer labels run out.
QString shorten(const QString& label) {
    constexpr int MaxLength = 36;
    return label.size() <= MaxLength ? label : label.left(MaxLength - 1).trimmed() + QChar(0x2026);
}

void barChart(QChart* chart, const ReportTable& table, bool stacked) {
    // Horizontal bars list their first category at the bottom: reverse so the table order reads
    // top-down, as in the table next to it.
    const QList<ReportTable::Row> rows = table.rows.mid(0, ReportCharts::MaxBars);
    QStringList categories;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        categories << shorten(it->chartLabel);
    }
    QAbstractBarSeries* series = stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                                         : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    qint64 maximum = 0;
    QList<qint64> totals(rows.size(), 0);
    for (int column = 0; column < table.valueHeaders.size(); ++column) {
        auto* set = new QBarSet(table.valueHeaders[column]);
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            const qint64 value = rows[i].values.value(column);
            set->append(double(value));
            totals[i] += value;
            maximum = std::max(maximum, stacked ? totals[i] : value);
        }
        series->append(set);
    }
    series->setBarWidth(0.7);
    if (!stacked) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
    }
    chart->addSeries(series);
    // Colours after adding: the chart applies its theme to a series it takes.
    const QList<QBarSet*> sets = series->barSets();
    for (int column = 0; column < sets.size(); ++column) {
        sets[column]->setColor(ReportCharts::fieldColor(stacked ? column : 2));
        sets[column]->setBorderColor(Qt::white);
    }
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    // Labels are kept short by the report; truncation would turn them into "..." on low charts.
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis* axisX = valueAxis(maximum);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(stacked);
}

void lineChart(QChart* chart, const ReportTable& table) {
    QStringList categories;
    for (const ReportTable::Row& row : table.rows) {
        categories << row.chartLabel;
    }
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTruncateLabels(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    qint64 maximum = 0;
    for (const ReportTable::Row& row : table.rows) {
        for (const qint64 value : row.values) {
            maximum = std::max(maximum, value);
        }
    }
    QValueAxis* axisY = valueAxis(maximum);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (int column = 0; column < table.valueHeaders.size(); ++column) {
        auto* series = new QLineSeries;
        series->setName(table.valueHeaders[column]);
        series->setPointsVisible(true);
        for (int i = 0; i < table.rows.size(); ++i) {
            series->append(i, double(table.rows[i].values.value(column)));
        }
        chart->addSeries(series);
        QPen pen(ReportCharts::fieldColor(column));
        pen.setWidthF(2.0);
        series->setPen(pen);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    chart->legend()->setVisible(true);
}

} // namespace

QColor ReportCharts::fieldColor(int index) {
    static const QColor colors[] = {QColor(0x1f, 0x5f, 0x9e), QColor(0xe0, 0x8a, 0x1e), QColor(0x2e, 0x8b, 0x57),
                                    QColor(0xb0, 0x3a, 0x2e), QColor(0x7b, 0x4f, 0x9d), QColor(0x4a, 0x9c, 0xb8)};
    return colors[std::abs(index) % 6];
}

QChart* ReportCharts::create(const ReportTable& table) {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (table.chart == ReportTable::Chart::Lines) {
        lineChart(chart, table);
    } else {
        barChart(chart, table, table.chart == ReportTable::Chart::StackedBars);
    }
    return chart;
}

QImage ReportCharts::render(const ReportTable& table, const QSize& size, qreal scale) {
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QGraphicsScene scene;
    QChart* chart = create(table); // owned by the scene
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    // Qt Charts lays out in steps on events it posts to the chart and the scene; deliver just
    // those (no event loop) until the axes have their final room.
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents(chart, 0);
        QCoreApplication::sendPostedEvents(&scene, 0);
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace kim::gui
