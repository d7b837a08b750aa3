#pragma once

#include "core/ReferralRepository.h"

#include <QAbstractTableModel>

#include <functional>

namespace kim {
class Clock;
}

namespace kim::gui {

// All open referrals of the workspace, fetched in pages so the list opens at once even with
// thousands of referrals. Sorting by due date or institution is done by the database. Nothing
// is read before the first reload(), so an unseen list costs nothing.
class OpenReferralsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DueColumn, InstitutionColumn, ClientColumn, CaseCodeColumn, StatusColumn, ReasonColumn, ColumnCount };
    static constexpr int PageSize = 200;

    OpenReferralsModel(storage::Database& db, const kim::Clock& clock, QObject* parent = nullptr);

    // Reloads only once the list has been loaded.
    void setQuery(const core::OpenReferralQuery& query);
    const core::OpenReferralQuery& query() const { return m_query; }
    void reload();
    bool isLoaded() const { return m_loaded; }
    int totalCount() const { return m_total; }
    int64_t clientIdAt(int row) const;
    bool isOverdueAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Only the due-date and institution columns sort; the order is always ascending.
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    // Reading a further page or a new order failed; connect queued to show it.
    void loadFailed(const QString& message);

private:
    bool reportFailure(const std::function<void()>& read);

    core::ReferralRepository m_referrals;
    const kim::Clock& m_clock;
    core::OpenReferralQuery m_query;
    QList<core::ReferralRow> m_rows;
    int m_total = 0;
    bool m_loaded = false;
};

} // namespace kim::gui
