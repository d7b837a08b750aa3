#include "gui/clients/ClientListModel.h"

#include "core/Catalog.h"

namespace kim::gui {

ClientListModel::ClientListModel(core::ClientRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository) {
    refresh();
}

void ClientListModel::setFilter(const core::ClientFilter& filter) {
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    refresh();
}

void ClientListModel::refresh() {
    beginResetModel();
    m_rows.clear();
    m_total = m_repository.count(m_filter);
    m_rows = m_repository.page(m_filter, 0, PageSize);
    endResetModel();
}

int64_t ClientListModel::clientIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ClientListModel::rowOfClient(int64_t clientId) {
    while (true) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == clientId) {
                return row;
            }
        }
        if (!canFetchMore(QModelIndex())) {
            return -1;
        }
        fetchMore(QModelIndex());
    }
}

int ClientListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const core::ClientRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TargetGroup) {
            return core::label(row.targetGroup);
        }
        if (index.column() == Municipality || index.column() == Name) {
            return displayText(row, index.column());
        }
        return {};
    case Qt::UserRole:
        return QVariant::fromValue<qlonglong>(row.id);
    default:
        return {};
    }
}

QVariant ClientListModel::displayText(const core::ClientRow& row, int column) const {
    switch (column) {
    case CaseCode:
        return row.caseCode;
    case Name:
        return row.displayName;
    case Municipality:
        return core::label(row.municipality);
    case TargetGroup:
        return core::shortLabel(row.targetGroup);
    case Phase:
        return row.phase ? core::label(*row.phase) : tr("kein Fall");
    default:
        return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CaseCode:
        return tr("Fallcode");
    case Name:
        return tr("Name");
    case Municipality:
        return tr("Kommune");
    case TargetGroup:
        return tr("Zielgruppe");
    case Phase:
        return tr("Phase");
    default:
        return {};
    }
}

bool ClientListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void ClientListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<core::ClientRow> more = m_repository.page(m_filter, int(m_rows.size()), PageSize);
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // the register shrank meanwhile
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

} // namespace kim::gui
