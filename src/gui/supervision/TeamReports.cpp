// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/supervision/TeamReports.h"

#include <QSet>

#include <algorithm>

namespace kim::gui {

TeamReports::TeamReports(std::vector<reporting::ReceivedCaseloadReport> reports)
    : m_reports(std::move(reports)) {
    QSet<QString> periods;
    QHash<QString, QString> names;
    for (int i = 0; i < int(m_reports.size()); ++i) {
        const reporting::ReceivedCaseloadReport& report = m_reports[size_t(i)];
        m_index.insert(key(report.senderKeyId, report.content.period), i);
        const QString period = report.content.period.toString();
        if (!periods.contains(period)) {
            periods.insert(period);
            m_periods.push_back(report.content.period);
        }
        names.insert(report.senderKeyId, report.senderName); // the newest name wins below
    }
    std::sort(m_periods.begin(), m_periods.end(), [](const auto& a, const auto& b) { return a > b; });
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        m_members.push_back({it.key(), it.value()});
    }
    std::sort(m_members.begin(), m_members.end(), [](const Member& a, const Member& b) {
        const int order = QString::localeAwareCompare(a.name, b.name);
        return order != 0 ? order < 0 : a.keyId < b.keyId;
    });
}

TeamReports TeamReports::load(storage::Database& db) {
    return TeamReports(reporting::SupervisorReports(db).currentWithContent());
}

QString TeamReports::key(const QString& keyId, const core::ReportingPeriod& period) {
    return keyId + QLatin1Char('|') + period.toString();
}

QString TeamReports::memberName(const QString& keyId) const {
    for (const Member& member : m_members) {
        if (member.keyId == keyId) {
            return member.name;
        }
    }
    return {};
}

std::optional<core::ReportingPeriod> TeamReports::latestPeriod() const {
    for (const core::ReportingPeriod& period : m_periods) {
        if (period.length == core::ReportingPeriod::Length::Month) {
            return period;
        }
    }
    if (!m_periods.empty()) {
        return m_periods.front();
    }
    return std::nullopt;
}

const reporting::ReceivedCaseloadReport* TeamReports::report(const QString& keyId,
                                                             const core::ReportingPeriod& period) const {
    const auto it = m_index.constFind(key(keyId, period));
    return it == m_index.cend() ? nullptr : &m_reports[size_t(*it)];
}

std::vector<const reporting::ReceivedCaseloadReport*> TeamReports::ofPeriod(const core::ReportingPeriod& period) const {
    std::vector<const reporting::ReceivedCaseloadReport*> result;
    for (const Member& member : m_members) {
        if (const auto* found = report(member.keyId, period)) {
            result.push_back(found);
        }
    }
    return result;
}

std::vector<const reporting::ReceivedCaseloadReport*>
TeamReports::ofMember(const QString& keyId, core::ReportingPeriod::Length length) const {
    std::vector<const reporting::ReceivedCaseloadReport*> result;
    for (auto it = m_periods.crbegin(); it != m_periods.crend(); ++it) {
        if (it->length != length) {
            continue;
        }
        if (const auto* found = report(keyId, *it)) {
            result.push_back(found);
        }
    }
    return result;
}

bool TeamReports::isMember(const QString& keyId) const {
    return std::any_of(m_members.begin(), m_members.end(), [&](const Member& m) { return m.keyId == keyId; });
}

} // namespace kim::gui
