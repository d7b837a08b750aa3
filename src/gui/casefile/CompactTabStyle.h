// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace kim::gui {

// The application style with less horizontal padding in tab titles, so the case file's seven
// tabs fit beside the client list on common screens without scroll arrows. Only the padding
// changes; tabs are still drawn by the platform style.
class CompactTabStyle final : public QProxyStyle {
    Q_OBJECT

public:
    explicit CompactTabStyle(QObject* parent);

    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                    const QWidget* widget = nullptr) const override;
};

} // namespace kim::gui
