// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <utility>

namespace kim::gui {

// The signal and error handling shared by every paged table; not a template, so moc can see it.
class PagedTableModelBase : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int PageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;

Q_SIGNALS:
    // Reading a further page or a new order failed; connect queued to show it.
    void loadFailed(const QString& message);

protected:
    // Runs a read the view asked for from its scrolling or a header click, where nothing may
    // escape into Qt: a failure is reported through loadFailed. True when the read succeeded.
    bool reportFailure(const std::function<void()>& read);
};

// A lazy table over a repository's page queries: counts once per refresh and reads further pages
// of `PageSize` rows as the view scrolls, so tens of thousands of rows never load at once.
// Subclasses read the first page in their refresh() and hand it to resetRows(), and say how the
// page after the loaded rows is read.
template <typename Row> class PagedTableModel : public PagedTableModelBase {
public:
    PagedTableModel(int columnCount, QObject* parent)
        : PagedTableModelBase(parent)
        , m_columnCount(columnCount) {}

    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_columnCount; }
    bool canFetchMore(const QModelIndex& parent) const override { return !parent.isValid() && m_rows.size() < m_total; }
    void fetchMore(const QModelIndex& parent) override {
        if (!canFetchMore(parent)) {
            return;
        }
        if (m_rows.isEmpty()) {
            m_total = 0; // the first page came back empty: the list shrank since it was counted
            return;
        }
        QList<Row> more;
        if (!reportFailure([&] { more = pageAfter(m_rows); }) || more.isEmpty()) {
            // Stop paging: the read failed (the next refresh tries again) or the list shrank.
            m_total = static_cast<int>(m_rows.size());
            return;
        }
        beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size()) - 1);
        m_rows.append(more);
        endInsertRows();
    }

protected:
    // The subclass reads before calling this, so a failing query leaves the model as it was.
    void resetRows(int total, QList<Row> firstPage) {
        beginResetModel();
        m_total = total;
        m_rows = std::move(firstPage);
        endResetModel();
    }
    // The next page after `loaded` (never empty when called).
    virtual QList<Row> pageAfter(const QList<Row>& loaded) = 0;

    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }

private:
    const int m_columnCount;
    QList<Row> m_rows;
    int m_total = 0;
};

} // namespace kim::gui
