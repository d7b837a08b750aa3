// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Referral.h"

#include <optional>

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

// Releases from confidentiality (Schweigepflichtentbindungen). A recorded release is never
// edited, only withdrawn: what was allowed when data went out must stay provable.
class ReferralReleaseRepository final {
public:
    ReferralReleaseRepository(storage::Database& db, const Clock& clock);

    QList<ReferralRelease> forClient(int64_t clientId);
    // Throws Error(NotFound).
    ReferralRelease load(int64_t id);
    // Records a new release. Throws Error(RuleViolation) without active consent,
    // Error(InvalidInput) for a missing or future date, an empty purpose or no items,
    // Error(NotFound) for an unknown client or institution.
    void record(ReferralRelease& release);
    // Throws Error(RuleViolation) if already withdrawn, Error(InvalidInput) for a bad date.
    void withdraw(int64_t releaseId, const QDate& on);
    // The most recent release for client and institution that stands on `day`.
    std::optional<ReferralRelease> activeFor(int64_t clientId, int64_t institutionId, const QDate& day);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::core
