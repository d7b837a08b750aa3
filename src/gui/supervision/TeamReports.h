// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/SupervisorReports.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace kim::gui {

// The team's current caseload reports, read once (SupervisorReports::currentWithContent) and
// indexed by member and period, so that every dashboard is computed in memory from that one
// read. Team members are the senders of reports, by name.
class TeamReports final {
public:
    struct Member {
        QString keyId;
        QString name;
    };

    TeamReports() = default;
    explicit TeamReports(std::vector<reporting::ReceivedCaseloadReport> reports);
    static TeamReports load(storage::Database& db);

    const std::vector<reporting::ReceivedCaseloadReport>& reports() const { return m_reports; }
    // Every period with at least one report, newest first (months and quarters).
    const std::vector<core::ReportingPeriod>& periods() const { return m_periods; }
    const std::vector<Member>& members() const { return m_members; }
    QString memberName(const QString& keyId) const;
    // Whether the contact has sent any report: only they count as missing when a period lacks one
    // (a trusted contact such as the coordinating office never sends caseload reports).
    bool isMember(const QString& keyId) const;
    // The newest month with a report, else the newest quarter.
    std::optional<core::ReportingPeriod> latestPeriod() const;

    const reporting::ReceivedCaseloadReport* report(const QString& keyId, const core::ReportingPeriod& period) const;
    // The reports of one period, by member name.
    std::vector<const reporting::ReceivedCaseloadReport*> ofPeriod(const core::ReportingPeriod& period) const;
    // The reports of one member of one period length, oldest first.
    std::vector<const reporting::ReceivedCaseloadReport*> ofMember(const QString& keyId,
                                                                   core::ReportingPeriod::Length length) const;

private:
    static QString key(const QString& keyId, const core::ReportingPeriod& period);

    std::vector<reporting::ReceivedCaseloadReport> m_reports;
    std::vector<core::ReportingPeriod> m_periods;
    std::vector<Member> m_members;
    QHash<QString, int> m_index;
};

} // namespace kim::gui
