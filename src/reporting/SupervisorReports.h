// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/CaseloadReport.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace kim::storage {
class Database;
}

namespace kim::reporting {

// One caseload report held by the supervisor (table supervisor_reports; its figures and alert
// rows in supervisor_figures and supervisor_alerts).
struct ReceivedCaseloadReport {
    int64_t id = 0;
    QString packageId;
    QString senderKeyId;
    QString senderName;
    QDateTime created; // the day the case manager sent it
    QDateTime receivedAt;
    bool superseded = false;
    CaseloadReport content; // period, revision, rules, values, alerts
};

// The supervisor's own mark on an alert row, never sent anywhere. Keyed by sender, period and
// pseudonym, so it stays when a newer report of the same period replaces the older one.
struct AlertReview {
    QString senderKeyId;
    core::ReportingPeriod period;
    QString pseudonym;
    bool discussed = false;
    QString note; // short, at most 500 characters
    QDateTime updatedAt;
};

// The supervisor's store of accepted caseload reports.
class SupervisorReports final {
public:
    explicit SupervisorReports(storage::Database& db);

    // The current report of a sender for a period (for supersession), without content.
    std::optional<ReceivedCaseloadReport> current(const QString& senderKeyId,
                                                  const core::ReportingPeriod& period) const;
    int64_t add(const ReceivedCaseloadReport& report);
    // Marks the report replaced and deletes its figures and alert rows: only the entry stays.
    void supersede(int64_t id, const QString& byPackageId);

    // Every report, current and superseded, newest received first, without content (intake list).
    std::vector<ReceivedCaseloadReport> all() const;
    // Every current report with its content, by period then sender name (dashboards). Reads
    // 30 team members x 24 periods in well under 200 ms.
    std::vector<ReceivedCaseloadReport> currentWithContent() const;

    std::vector<AlertReview> reviews() const;
    // Throws Error(InvalidInput) for a note over 500 characters.
    void saveReview(const AlertReview& review);

    // When the supervisor last opened the overview (invalid before the first time).
    QDateTime lastSeen() const;
    void markSeen(const QDateTime& at);

private:
    storage::Database& m_db;
};

} // namespace kim::reporting
