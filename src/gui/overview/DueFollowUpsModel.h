#pragma once

#include "core/FollowUpRepository.h"

#include <QAbstractTableModel>
#include <QDate>

namespace kim {
class Clock;
}

namespace kim::gui {

// The due follow-ups as a lazy table: counts once per reload and loads pages of rows in due-date
// order as the view scrolls, so tens of thousands of due follow-ups never load at once. Overdue
// rows are red.
class DueFollowUpsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DueColumn, ClientColumn, CaseCodeColumn, TitleColumn, ColumnCount };
    static constexpr int PageSize = 200;

    DueFollowUpsModel(core::FollowUpRepository& followUps, const kim::Clock& clock, QObject* parent = nullptr);

    // Counts again and loads the first page.
    void reload();
    int totalCount() const { return m_counts.due; }
    int overdueCount() const { return m_counts.overdue; }
    int64_t clientIdAt(int row) const;
    bool isOverdueAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // A further page could not be read; connect queued to show it.
    void loadFailed(const QString& message);

private:
    QVariant displayText(const core::DueFollowUp& entry, int column) const;

    core::FollowUpRepository& m_followUps;
    const kim::Clock& m_clock;
    QDate m_today;
    core::DueCounts m_counts;
    QList<core::DueFollowUp> m_rows;
};

} // namespace kim::gui
