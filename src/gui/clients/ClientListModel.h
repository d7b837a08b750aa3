#pragma once

#include "core/ClientRepository.h"

#include <QAbstractTableModel>

namespace kim::gui {

// The client register as a lazy table: counts once per filter and loads pages of rows as the
// view scrolls (canFetchMore/fetchMore), so thousands of clients never load at once.
class ClientListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CaseCode, Name, Municipality, TargetGroup, Phase, ColumnCount };
    static constexpr int PageSize = 200;

    explicit ClientListModel(core::ClientRepository& repository, QObject* parent = nullptr);

    void setFilter(const core::ClientFilter& filter);
    const core::ClientFilter& filter() const { return m_filter; }
    // Reloads after a change (count and first pages again).
    void refresh();
    int totalCount() const { return m_total; }
    int64_t clientIdAt(int row) const;
    // Row of a client, loading further pages as needed; -1 if the filter hides it.
    int rowOfClient(int64_t clientId);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QVariant displayText(const core::ClientRow& row, int column) const;

    core::ClientRepository& m_repository;
    core::ClientFilter m_filter;
    QList<core::ClientRow> m_rows;
    int m_total = 0;
};

} // namespace kim::gui
