// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>

class QChart;
class QColor;

namespace kim::gui {

struct ReportTable;

// Draws the chart of a report table with Qt Charts: horizontal bars (ranking, fields), stacked
// bars by Handlungsfeld (regions, institution types, target groups) or lines over quarters.
// The same chart is shown on screen and rendered as an image for the PDF.
class ReportCharts final {
public:
    static constexpr int MaxBars = 12;

    ReportCharts() = delete;

    // A new chart; the caller owns it (e.g. hands it to a QChartView).
    static QChart* create(const ReportTable& table);
    // The chart drawn offscreen at `size` (logical pixels) times `scale`, on white.
    static QImage render(const ReportTable& table, const QSize& size, qreal scale = 2.0);
    // The colour of the n-th Handlungsfeld, the same in every chart.
    static QColor fieldColor(int index);
};

} // namespace kim::gui
