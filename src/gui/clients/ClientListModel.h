// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ClientRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace kim::gui {

// The client register as a sparse lazy table: it reports every client the filter lists, but
// holds only a few blocks of rows, loaded when the view paints or asks for them and dropped
// least recently used first, so neither time nor memory grows with the size of the register.
class ClientListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CaseCode, Name, Municipality, TargetGroup, Phase, ColumnCount };
    static constexpr int BlockSize = 200;
    static constexpr int MaxBlocks = 16;

    explicit ClientListModel(core::ClientRepository& repository, QObject* parent = nullptr);

    void setFilter(const core::ClientFilter& filter);
    const core::ClientFilter& filter() const { return m_filter; }
    // Counts again and forgets the loaded rows (after a change); rows load again when shown.
    void refresh();
    int totalCount() const { return m_total; }
    // 0 for a row outside the list.
    int64_t clientIdAt(int row) const;
    // Row of a client in one query, loading only its block; -1 if the filter hides it.
    int rowOfClient(int64_t clientId);
    // Rows held in memory, at most MaxBlocks * BlockSize.
    int loadedRowCount() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A block could not be read while the view painted; connect queued to show it.
    void loadFailed(const QString& message);

private:
    // The row, loading its block if needed; nullptr outside the list or when reading failed.
    const core::ClientRow* rowAt(int row) const;
    QVariant displayText(const core::ClientRow& row, int column) const;

    core::ClientRepository& m_repository;
    core::ClientFilter m_filter;
    int m_total = 0;
    // Loaded by the const accessors the view calls: a cache, not state.
    mutable QHash<int, QList<core::ClientRow>> m_blocks;
    mutable QList<int> m_recentBlocks; // least recently used first
    mutable bool m_loadFailed = false;
};

} // namespace kim::gui
