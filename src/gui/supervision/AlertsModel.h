// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/SupervisorReports.h"

#include <QAbstractTableModel>

#include <vector>

namespace kim {
class Clock;
}

namespace kim::gui {

class TeamReports;

// The alert rows of one period across the team, with the supervisor's own mark ("besprochen")
// and short note per row. Marks and notes are saved in the supervisor's vault as they are
// edited (SupervisorReports::saveReview) and never sent anywhere. Sorts through SortRole.
class AlertsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    enum Column {
        Member,
        Pseudonym,
        Phase,
        Reasons,
        WeeksSinceContact,
        WeeksInPhase,
        OverdueFollowUps,
        OverdueReferrals,
        Discussed,
        Note,
        ColumnCount
    };

    AlertsModel(storage::Database& db, const kim::Clock& clock, QObject* parent = nullptr);

    void setPeriod(const TeamReports& reports, const core::ReportingPeriod& period);
    int discussedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    void saveFailed(const QString& message);

private:
    struct Row {
        QString senderKeyId;
        QString member;
        reporting::CaseloadReportAlert alert;
        bool discussed = false;
        QString note;
    };
    QVariant value(const Row& row, int column) const;
    bool save(Row& row, bool discussed, const QString& note);

    storage::Database& m_db;
    const kim::Clock& m_clock;
    core::ReportingPeriod m_period;
    std::vector<Row> m_rows;
};

} // namespace kim::gui
