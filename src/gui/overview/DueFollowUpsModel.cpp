// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/overview/DueFollowUpsModel.h"

#include <utility>

#include "base/Clock.h"
#include "gui/common/ItemViews.h"

namespace kim::gui {

DueFollowUpsModel::DueFollowUpsModel(core::FollowUpRepository& followUps, const kim::Clock& clock, QObject* parent)
    : PagedTableModel(ColumnCount, parent)
    , m_followUps(followUps)
    , m_clock(clock) {}

void DueFollowUpsModel::refresh() {
    const QDate today = m_clock.today();
    const core::DueCounts counts = m_followUps.dueCounts();
    QList<core::DueFollowUp> rows = m_followUps.duePage(PageSize);
    m_today = today;
    m_overdue = counts.overdue;
    resetRows(counts.due, std::move(rows));
}

int64_t DueFollowUpsModel::clientIdAt(int row) const {
    const core::DueFollowUp* entry = rowAt(row);
    return entry ? entry->clientId : 0;
}

bool DueFollowUpsModel::isOverdueAt(int row) const {
    const core::DueFollowUp* entry = rowAt(row);
    return entry && entry->followUp.isOverdueOn(m_today);
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
    const core::DueFollowUp* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row) {
        return {};
    }
    const core::DueFollowUp& entry = *row;
    const bool overdue = entry.followUp.isOverdueOn(m_today);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ForegroundRole:
        return overdue ? QVariant(ItemViews::overdueColor()) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            return entry.followUp.title;
        }
        if (index.column() == DueColumn && overdue) {
            return tr("überfällig seit %n Tag(en)", nullptr, static_cast<int>(entry.followUp.dueOn.daysTo(m_today)));
        }
        return {};
    default:
        return {};
    }
}

QVariant DueFollowUpsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
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

QList<core::DueFollowUp> DueFollowUpsModel::pageAfter(const QList<core::DueFollowUp>& loaded) {
    const core::FollowUp& last = loaded.back().followUp;
    return m_followUps.duePage(PageSize, core::DueListPosition{last.dueOn, last.id});
}

} // namespace kim::gui
