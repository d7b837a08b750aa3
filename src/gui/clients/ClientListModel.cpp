// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/clients/ClientListModel.h"

#include "core/Catalog.h"
#include "base/Error.h"

namespace kim::gui {

ClientListModel::ClientListModel(core::ClientRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository) {
    m_total = m_repository.count(m_filter);
}

void ClientListModel::setFilter(const core::ClientFilter& filter) {
    if (filter == m_filter) {
        return;
    }
    const int total = m_repository.count(filter); // may throw: before the reset begins
    beginResetModel();
    m_filter = filter;
    m_blocks.clear();
    m_recentBlocks.clear();
    m_loadFailed = false;
    m_total = total;
    endResetModel();
}

void ClientListModel::refresh() {
    const int total = m_repository.count(m_filter);
    m_loadFailed = false;
    if (total != m_total) {
        beginResetModel();
        m_blocks.clear();
        m_recentBlocks.clear();
        m_total = total;
        endResetModel();
        return;
    }
    // Same number of rows: the view keeps its scroll position and selection and only
    // repaints, loading the rows it shows again.
    m_blocks.clear();
    m_recentBlocks.clear();
    if (m_total > 0) {
        Q_EMIT dataChanged(index(0, 0), index(m_total - 1, ColumnCount - 1));
    }
}

const core::ClientRow* ClientListModel::rowAt(int row) const {
    if (row < 0 || row >= m_total) {
        return nullptr;
    }
    const int block = row / BlockSize;
    if (m_blocks.contains(block)) {
        m_recentBlocks.removeOne(block);
    } else {
        // Evict before inserting: removing from a QHash may move its other entries.
        while (m_recentBlocks.size() >= MaxBlocks) {
            m_blocks.remove(m_recentBlocks.takeFirst());
        }
        if (m_loadFailed) {
            return nullptr; // reported once; the next refresh or filter tries again
        }
        try {
            m_blocks.insert(block, m_repository.page(m_filter, block * BlockSize, BlockSize));
        } catch (const Error& error) {
            // Called while the view paints: an exception must not escape into Qt, and a
            // message box must not open inside a paint event, so the panel shows it later.
            m_loadFailed = true;
            Q_EMIT const_cast<ClientListModel*>(this)->loadFailed(error.message());
            return nullptr;
        }
    }
    m_recentBlocks.append(block);
    const QList<core::ClientRow>& rows = m_blocks[block];
    const int offset = row - block * BlockSize;
    // A block can come back short if the register shrank behind this model's count.
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

int64_t ClientListModel::clientIdAt(int row) const {
    const core::ClientRow* client = rowAt(row);
    return client != nullptr ? client->id : 0;
}

int ClientListModel::rowOfClient(int64_t clientId) {
    const std::optional<int> position = m_repository.positionOf(m_filter, clientId);
    if (!position) {
        return -1;
    }
    if (clientIdAt(*position) != clientId) {
        refresh(); // the register changed behind the loaded rows
    }
    return *position < m_total ? *position : -1;
}

int ClientListModel::loadedRowCount() const {
    int rows = 0;
    for (const QList<core::ClientRow>& block : m_blocks) {
        rows += int(block.size());
    }
    return rows;
}

int ClientListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_total;
}

int ClientListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)) {
        return {};
    }
    const core::ClientRow* row = rowAt(index.row());
    if (row == nullptr) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TargetGroup) {
            return core::label(row->targetGroup);
        }
        if (index.column() == Municipality || index.column() == Name) {
            return displayText(*row, index.column());
        }
        return {};
    default:
        return QVariant::fromValue<qlonglong>(row->id);
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

} // namespace kim::gui
