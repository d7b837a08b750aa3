// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reports/RowsModel.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace kim::gui {

namespace {
bool isNumber(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}
} // namespace

RowsModel::RowsModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers)) {}

void RowsModel::setHeaders(const QStringList& headers) {
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void RowsModel::setRows(QList<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QVariant RowsModel::tagAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].tag : QVariant();
}

QString RowsModel::textAt(int row, int column) const {
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows[row].cells.size()) {
        return {};
    }
    return displayText(m_rows[row].cells[column]);
}

int RowsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QString RowsModel::displayText(const QVariant& value) {
    if (isNumber(value)) {
        return QLocale(QLocale::German).toString(value.toLongLong());
    }
    if (value.typeId() == QMetaType::QDate) {
        return value.toDate().toString(QStringLiteral("dd.MM.yyyy"));
    }
    if (value.typeId() == QMetaType::QDateTime) {
        const QDateTime when = value.toDateTime();
        return when.isValid() ? when.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
    }
    return value.toString();
}

QVariant RowsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows[index.row()];
    const QVariant value = index.column() < row.cells.size() ? row.cells[index.column()] : QVariant();
    const QVariant sortKey = index.column() < row.sortKeys.size() && row.sortKeys[index.column()].isValid()
                                 ? row.sortKeys[index.column()]
                                 : value;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(value);
    case SortRole:
        return sortKey;
    case TagRole:
        return row.tag;
    case Qt::TextAlignmentRole:
        return isNumber(sortKey) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return row.color.isValid() ? QVariant(row.color) : QVariant();
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant(displayText(value)) : QVariant(row.toolTip);
    default:
        return {};
    }
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size()) {
        return m_headers[section];
    }
    return {};
}

} // namespace kim::gui
