// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QStringList>

class QTreeWidget;
class QTreeWidgetItem;

namespace kim::gui {

// Shared look of the small lists inside the case file, so every tab reads the same way.
class ItemViews final {
public:
    ItemViews() = delete;

    // A flat, sortable-looking list with the given columns and a stretching last column.
    static void setupList(QTreeWidget* tree, const QStringList& headers);
    static void fitColumns(QTreeWidget* tree);
    static QString date(const QDate& day);
    static QColor overdueColor();
    static QColor mutedColor();
};

} // namespace kim::gui
