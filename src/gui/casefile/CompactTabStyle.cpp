// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/casefile/CompactTabStyle.h"

namespace kim::gui {

CompactTabStyle::CompactTabStyle(QObject* parent)
    : QProxyStyle() {
    // QWidget::setStyle() does not take ownership: the styled widget does, as parent.
    setParent(parent);
}

int CompactTabStyle::pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const {
    const int value = QProxyStyle::pixelMetric(metric, option, widget);
    return metric == PM_TabBarTabHSpace ? value * 2 / 3 : value;
}

} // namespace kim::gui
