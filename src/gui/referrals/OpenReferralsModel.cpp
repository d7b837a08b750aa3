// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/referrals/OpenReferralsModel.h"

#include <utility>

#include <QFont>

#include "base/Clock.h"
#include "gui/common/ItemViews.h"

namespace kim::gui {

OpenReferralsModel::OpenReferralsModel(storage::Database& db, const kim::Clock& clock, QObject* parent)
    : PagedTableModel(ColumnCount, parent)
    , m_referrals(db, clock)
    , m_clock(clock) {}

void OpenReferralsModel::setQuery(const core::OpenReferralQuery& query) {
    m_query = query;
    if (m_loaded) {
        refresh();
    }
}

void OpenReferralsModel::refresh() {
    const int total = m_referrals.openCount(m_query);
    QList<core::ReferralRow> rows = m_referrals.openPage(m_query, 0, PageSize);
    m_loaded = true;
    resetRows(total, std::move(rows));
}

int64_t OpenReferralsModel::clientIdAt(int row) const {
    const core::ReferralRow* entry = rowAt(row);
    return entry ? entry->referral.clientId : 0;
}

bool OpenReferralsModel::isOverdueAt(int row) const {
    const core::ReferralRow* entry = rowAt(row);
    return entry && entry->referral.isOverdueOn(m_clock.today());
}

QVariant OpenReferralsModel::data(const QModelIndex& index, int role) const {
    const core::ReferralRow* entry = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!entry) {
        return {};
    }
    const core::ReferralRow& row = *entry;
    const core::Referral& r = row.referral;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DueColumn:
            return r.expectedBy.isValid() ? ItemViews::date(r.expectedBy) : tr("offen");
        case InstitutionColumn:
            return row.institutionName;
        case ClientColumn:
            return row.clientName;
        case CaseCodeColumn:
            return row.caseCode;
        case StatusColumn:
            return isOverdueAt(index.row()) ? tr("%1 – überfällig").arg(core::label(r.status)) : core::label(r.status);
        case ReasonColumn:
            return r.reason;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && isOverdueAt(index.row())) {
        return ItemViews::overdueColor();
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn) {
        return r.reason;
    }
    return {};
}

QVariant OpenReferralsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DueColumn:
        return tr("Rückmeldung bis");
    case InstitutionColumn:
        return tr("Einrichtung");
    case ClientColumn:
        return tr("Klient*in");
    case CaseCodeColumn:
        return tr("Fallcode");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Anlass");
    default:
        return {};
    }
}

QList<core::ReferralRow> OpenReferralsModel::pageAfter(const QList<core::ReferralRow>& loaded) {
    return m_referrals.openPage(m_query, static_cast<int>(loaded.size()), PageSize);
}

void OpenReferralsModel::sort(int column, Qt::SortOrder) {
    if (column != DueColumn && column != InstitutionColumn) {
        return;
    }
    core::OpenReferralQuery query = m_query;
    query.order =
        column == DueColumn ? core::OpenReferralQuery::Order::DueDate : core::OpenReferralQuery::Order::Institution;
    reportFailure([&] { setQuery(query); });
}

} // namespace kim::gui
