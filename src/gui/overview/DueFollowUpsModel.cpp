#include "gui/overview/DueFollowUpsModel.h"

#include <optional>
#include <utility>

#include "base/Clock.h"
#include "base/Error.h"
#include "gui/common/ItemViews.h"

namespace kim::gui {

DueFollowUpsModel::DueFollowUpsModel(core::FollowUpRepository& followUps, const kim::Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_followUps(followUps)
    , m_clock(clock) {}

void DueFollowUpsModel::reload() {
    // Read first, so a failing query leaves the model as it was.
    const QDate today = m_clock.today();
    const core::DueCounts counts = m_followUps.dueCounts();
    QList<core::DueFollowUp> rows = m_followUps.duePage(PageSize);
    beginResetModel();
    m_today = today;
    m_counts = counts;
    m_rows = std::move(rows);
    endResetModel();
}

int64_t DueFollowUpsModel::clientIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].clientId : 0;
}

bool DueFollowUpsModel::isOverdueAt(int row) const {
    return row >= 0 && row < m_rows.size() && m_rows[row].followUp.isOverdueOn(m_today);
}

int DueFollowUpsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DueFollowUpsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueFollowUpsModel::displayText(const core::DueFollowUp& entry, int column) const {
    switch (column) {
    case DueColumn:
        return entry.followUp.isOverdueOn(m_today) ? ItemViews::date(entry.followUp.dueOn) : tr("heute");
    case ClientColumn:
        return entry.clientName;
    case CaseCodeColumn:
        return entry.caseCode;
    case TitleColumn:
        return entry.followUp.title;
    default:
        return {};
    }
}

QVariant DueFollowUpsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::DueFollowUp& entry = m_rows[index.row()];
    const bool overdue = entry.followUp.isOverdueOn(m_today);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ForegroundRole:
        return overdue ? QVariant(ItemViews::overdueColor()) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return entry.followUp.title;
        if (index.column() == DueColumn && overdue)
            return tr("überfällig seit %n Tag(en)", nullptr, static_cast<int>(entry.followUp.dueOn.daysTo(m_today)));
        return {};
    default:
        return {};
    }
}

QVariant DueFollowUpsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Fällig am");
    case ClientColumn:
        return tr("Klient*in");
    case CaseCodeColumn:
        return tr("Fallcode");
    case TitleColumn:
        return tr("Was ist zu tun?");
    default:
        return {};
    }
}

bool DueFollowUpsModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_counts.due;
}

void DueFollowUpsModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    std::optional<core::DueListPosition> after;
    if (!m_rows.isEmpty())
        after = core::DueListPosition{m_rows.back().followUp.dueOn, m_rows.back().followUp.id};
    QList<core::DueFollowUp> more;
    try {
        more = m_followUps.duePage(PageSize, after);
    } catch (const Error& error) {
        // The view asks from its scroll handling: nothing may escape into Qt. Stop paging;
        // the panel shows the message and the next reload tries again.
        m_counts.due = static_cast<int>(m_rows.size());
        Q_EMIT loadFailed(error.message());
        return;
    }
    if (more.isEmpty()) {
        m_counts.due = static_cast<int>(m_rows.size()); // the list shrank meanwhile
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

} // namespace kim::gui
