// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FollowUpRepository.h"
#include "gui/common/PagedTableModel.h"

#include <QDate>

namespace kim {
class Clock;
}

namespace kim::gui {

// The due follow-ups in due-date order, read page by page as the view scrolls. Overdue rows are
// red.
class DueFollowUpsModel final : public PagedTableModel<core::DueFollowUp> {
    Q_OBJECT

public:
    enum Column { DueColumn, ClientColumn, CaseCodeColumn, TitleColumn, ColumnCount };

    DueFollowUpsModel(core::FollowUpRepository& followUps, const kim::Clock& clock, QObject* parent = nullptr);

    // Counts again and loads the first page.
    void refresh();
    int overdueCount() const { return m_overdue; }
    int64_t clientIdAt(int row) const;
    bool isOverdueAt(int row) const;

    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QList<core::DueFollowUp> pageAfter(const QList<core::DueFollowUp>& loaded) override;

private:
    QVariant displayText(const core::DueFollowUp& entry, int column) const;

    core::FollowUpRepository& m_followUps;
    const kim::Clock& m_clock;
    QDate m_today;
    int m_overdue = 0;
};

} // namespace kim::gui
