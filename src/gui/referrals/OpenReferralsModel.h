// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReferralRepository.h"
#include "gui/common/PagedTableModel.h"

namespace kim {
class Clock;
}

namespace kim::gui {

// All open referrals of the workspace, read page by page so the list opens at once even with
// thousands of referrals. Sorting by due date or institution is done by the database. Nothing
// is read before the first refresh(), so an unseen list costs nothing.
class OpenReferralsModel final : public PagedTableModel<core::ReferralRow> {
    Q_OBJECT

public:
    enum Column { DueColumn, InstitutionColumn, ClientColumn, CaseCodeColumn, StatusColumn, ReasonColumn, ColumnCount };

    OpenReferralsModel(storage::Database& db, const kim::Clock& clock, QObject* parent = nullptr);

    // Refreshes only once the list has been loaded.
    void setQuery(const core::OpenReferralQuery& query);
    const core::OpenReferralQuery& query() const { return m_query; }
    void refresh();
    bool isLoaded() const { return m_loaded; }
    int64_t clientIdAt(int row) const;
    bool isOverdueAt(int row) const;

    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Only the due-date and institution columns sort; the order is always ascending.
    void sort(int column, Qt::SortOrder order) override;

protected:
    QList<core::ReferralRow> pageAfter(const QList<core::ReferralRow>& loaded) override;

private:
    core::ReferralRepository m_referrals;
    const kim::Clock& m_clock;
    core::OpenReferralQuery m_query;
    bool m_loaded = false;
};

} // namespace kim::gui
