// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reports/TableViews.h"

#include "gui/reports/RowsModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace kim::gui {

QTableView* TableViews::create(QWidget* parent, QAbstractItemModel* model, const QString& objectName, bool sortable) {
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    if (sortable) {
        auto* proxy = new QSortFilterProxyModel(view);
        proxy->setSourceModel(model);
        proxy->setSortRole(RowsModel::SortRole);
        proxy->setSortLocaleAware(true);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(-1, Qt::AscendingOrder); // the model's own order until a header is clicked
    } else {
        view->setModel(model);
    }
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QVariant TableViews::currentTag(const QTableView* view) {
    const QModelIndex index = view->currentIndex();
    return index.isValid() && view->selectionModel()->isRowSelected(index.row(), index.parent())
               ? index.siblingAtColumn(0).data(RowsModel::TagRole)
               : QVariant();
}

void TableViews::fitColumns(QTableView* view, int maxWidth) {
    if (view->model() == nullptr) {
        return;
    }
    const int columns = view->model()->columnCount();
    for (int column = 0; column + 1 < columns; ++column) {
        view->resizeColumnToContents(column);
        view->setColumnWidth(column, std::min(view->columnWidth(column) + 12, maxWidth));
    }
}

void TableViews::stretchColumn(QTableView* view, int column) {
    if (column < 0 || column >= view->horizontalHeader()->count()) {
        return;
    }
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

} // namespace kim::gui
