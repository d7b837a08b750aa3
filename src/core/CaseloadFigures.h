// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CaseloadDefinitions.h"
#include "core/Catalog.h"
#include "core/ReportingPeriod.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace kim::storage {
class Database;
}

namespace kim::core {

// What the team agreed for caseload reports; stored in the case manager's vault (table
// caseload_settings) and sent with each report so the supervisor reads the alerts as meant.
struct CaseloadRules {
    int noContactAlertDays = 30; // an open case without contact for longer is an alert
    int stuckInPhaseDays = 90;   // an open case in one phase for longer is an alert
    int smallCountThreshold = 5; // counts 1 .. threshold-1 in the suppressed breakdowns leave as "< threshold"

    bool operator==(const CaseloadRules&) const = default;
};

// Why an open case is an alert row (bits).
enum class AlertReason : int {
    NoContact = 1,       // no contact for longer than noContactAlertDays at the period's end
    OverdueFollowUp = 2, // a follow-up due before the period's end and not done by it
    StuckInPhase = 4,    // in its phase for longer than stuckInPhaseDays
    OverdueReferral = 8, // a referral without an answer past its expected date at the period's end
};

// An open case that needs the supervisor's attention, as the case manager's vault knows it.
// The case id never leaves the vault: the report carries a per-period pseudonym instead.
struct CaseloadAlert {
    int64_t caseId = 0;
    Phase phase = Phase::Clarification;
    int reasons = 0;          // AlertReason bits
    int daysSinceContact = 0; // since the last contact held on or before the period's end (or the opening)
    int daysInPhase = 0;      // at the period's end
    int overdueFollowUps = 0;
    int overdueReferrals = 0;
};

// Exact figures of one vault for one period, computed as the vault stands now, each "as at the
// period's end" where the definition says so. Stays in the vault: reporting::CaseloadReport
// suppresses small counts and pseudonymises the alerts before anything leaves.
struct CaseloadFigures {
    ReportingPeriod period;
    CaseloadRules rules;
    // figure id -> key -> count; every key of every definition is present (0 included).
    std::map<QString, std::map<QString, int>> values;
    std::vector<CaseloadAlert> alerts; // ordered by case id

    int value(const QString& figureId, const QString& key = QStringLiteral("total")) const;

    static CaseloadFigures compute(storage::Database& db, const ReportingPeriod& period, const CaseloadRules& rules);
};

} // namespace kim::core
