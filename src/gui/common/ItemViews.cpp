// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/ItemViews.h"

#include <QHeaderView>
#include <QTreeWidget>

#include <algorithm>

namespace kim::gui {

namespace {
// Wider columns would push the free-text column (notes, title) out of sight.
constexpr int MaxColumnWidth = 220;
} // namespace

void ItemViews::setupList(QTreeWidget* tree, const QStringList& headers) {
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setAllColumnsShowFocus(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionsMovable(false);
    tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 2px; }"));
}

void ItemViews::fitColumns(QTreeWidget* tree) {
    for (int column = 0; column + 1 < tree->columnCount(); ++column) {
        tree->resizeColumnToContents(column);
        tree->setColumnWidth(column, std::min(tree->columnWidth(column) + 16, MaxColumnWidth));
    }
}

QString ItemViews::date(const QDate& day) {
    return day.isValid() ? day.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QColor ItemViews::overdueColor() {
    return QColor(0xb0, 0x00, 0x20);
}

QColor ItemViews::mutedColor() {
    return QColor(0x70, 0x70, 0x70);
}

} // namespace kim::gui
