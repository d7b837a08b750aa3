// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace kim::gui {

// One look for the office's tables: whole rows selected, read-only, no row numbers, and
// optionally sorted by clicking a header (numbers as numbers, through RowsModel::SortRole).
class TableViews final {
public:
    TableViews() = delete;

    static QTableView* create(QWidget* parent, QAbstractItemModel* model, const QString& objectName,
                              bool sortable = true);
    // The tag (RowsModel::TagRole) of the current row, whatever the sort order.
    static QVariant currentTag(const QTableView* view);
    static void fitColumns(QTableView* view, int maxWidth = 320);
    // Gives the spare width to `column` (a text column) instead of the last one.
    static void stretchColumn(QTableView* view, int column);
};

} // namespace kim::gui
