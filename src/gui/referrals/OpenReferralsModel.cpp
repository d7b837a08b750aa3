#include "gui/referrals/OpenReferralsModel.h"

#include <utility>

#include <QColor>
#include <QFont>

#include "base/Clock.h"
#include "base/Error.h"
#include "gui/common/ItemViews.h"

namespace kim::gui {

OpenReferralsModel::OpenReferralsModel(storage::Database& db, const kim::Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_referrals(db, clock)
    , m_clock(clock) {}

void OpenReferralsModel::setQuery(const core::OpenReferralQuery& query) {
    m_query = query;
    if (m_loaded)
        reload();
}

void OpenReferralsModel::reload() {
    // Read first, so a failing query leaves the model as it was.
    const int total = m_referrals.openCount(m_query);
    QList<core::ReferralRow> rows = m_referrals.openPage(m_query, 0, PageSize);
    beginResetModel();
    m_loaded = true;
    m_total = total;
    m_rows = std::move(rows);
    endResetModel();
}

int64_t OpenReferralsModel::clientIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].referral.clientId : 0;
}

bool OpenReferralsModel::isOverdueAt(int row) const {
    return row >= 0 && row < m_rows.size() && m_rows[row].referral.isOverdueOn(m_clock.today());
}

int OpenReferralsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OpenReferralsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenReferralsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::ReferralRow& row = m_rows[index.row()];
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
    if (role == Qt::ForegroundRole && isOverdueAt(index.row()))
        return QColor(0xb0, 0x00, 0x20);
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return r.reason;
    return {};
}

QVariant OpenReferralsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Rückmeldung bis");
    case InstitutionColumn:
        return tr("Einrichtung");
    case ClientColumn:
        return tr("Person");
    case CaseCodeColumn:
        return tr("Aktenzeichen");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Anlass");
    default:
        return {};
    }
}

bool OpenReferralsModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void OpenReferralsModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    QList<core::ReferralRow> more;
    if (!reportFailure([&] { more = m_referrals.openPage(m_query, static_cast<int>(m_rows.size()), PageSize); })) {
        m_total = static_cast<int>(m_rows.size()); // stop paging; the next reload tries again
        return;
    }
    if (more.isEmpty()) {
        m_total = static_cast<int>(m_rows.size()); // the list shrank meanwhile
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void OpenReferralsModel::sort(int column, Qt::SortOrder) {
    if (column != DueColumn && column != InstitutionColumn)
        return;
    core::OpenReferralQuery query = m_query;
    query.order =
        column == DueColumn ? core::OpenReferralQuery::Order::DueDate : core::OpenReferralQuery::Order::Institution;
    reportFailure([&] { setQuery(query); });
}

bool OpenReferralsModel::reportFailure(const std::function<void()>& read) {
    // Called from the view's scrolling and header clicks: nothing may escape into Qt.
    try {
        read();
        return true;
    } catch (const Error& error) {
        Q_EMIT loadFailed(error.message());
        return false;
    }
}

} // namespace kim::gui
