// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

// Durations of referrals that were passed on ("übermittelt"), counted from that day.
struct ReferralDurations {
    int transmitted = 0; // referrals that reached "übermittelt"
    int responded = 0;   // … of which got a first answer ("keine Rückmeldung" is none)
    int concluded = 0;   // … of which reached a final status
    std::optional<double> medianDaysToFirstResponse;
    std::optional<double> medianDaysToOutcome;
};

struct InstitutionReferralFigures {
    int64_t institutionId = 0;
    QString name;
    InstitutionType type = InstitutionType::Other;
    ReferralDurations durations;
};

struct InstitutionTypeReferralFigures {
    InstitutionType type = InstitutionType::Other;
    ReferralDurations durations;
};

// How the concluded referrals to institutions of one legal domain ended.
struct LegalDomainOutcomes {
    LegalDomain domain = LegalDomain::None;
    int completed = 0;
    int rejected = 0;
    int noResponse = 0;
    int referredOn = 0;

    int total() const { return completed + rejected + noResponse + referredOn; }
};

// The referral figures of this workspace (one case manager). Stays in the vault: it names
// institutions, so it is not an export.
struct ReferralFigures {
    int open = 0;
    int overdue = 0;
    QList<InstitutionReferralFigures> byInstitution; // by name
    QList<InstitutionTypeReferralFigures> byType;    // in catalogue order, only types with referrals
    QList<LegalDomainOutcomes> outcomesByDomain;     // in catalogue order, only domains with outcomes

    static ReferralFigures compute(storage::Database& db, const Clock& clock);
    // The median of day counts; empty for no values, the mean of the middle two for an even count.
    static std::optional<double> median(QList<int> days);
};

} // namespace kim::core
