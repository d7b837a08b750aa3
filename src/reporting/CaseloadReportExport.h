// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ContactCard.h"
#include "reporting/CaseloadReport.h"

#include <QDateTime>
#include <QList>

#include <vector>

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}
namespace kim::exchange {
class Identity;
}

namespace kim::reporting {

// The case manager's side of the caseload wizard: prepare() computes exactly what will leave
// the vault with the team rules saved in it (shown as the preview; may take a second at
// 100,000 clients, so the GUI runs it off its thread); write() signs and encrypts that same
// report for the chosen supervisors (trusted contacts only), logs it and records the
// pseudonyms it carries, in one transaction. The package's `created` is the day after the period
// (midnight UTC), never the day or time of sending, so the supervisor learns nothing about when
// the case manager works; `revision` orders the reports of one period.
class CaseloadReportExport final {
public:
    CaseloadReportExport(storage::Database& db, const exchange::Identity& identity, const Clock& clock);

    PreparedCaseloadReport prepare(const core::ReportingPeriod& period) const;
    // Throws Error(RuleViolation) for a recipient that is not a trusted contact,
    // exchange::PackageError / kim::Error otherwise; on failure nothing is logged or recorded.
    std::vector<uint8_t> write(const PreparedCaseloadReport& prepared, const QList<exchange::ContactCard>& recipients);

private:
    storage::Database& m_db;
    const exchange::Identity& m_identity;
    const Clock& m_clock;
};

} // namespace kim::reporting
