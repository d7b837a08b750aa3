// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

// Consent records (Einwilligung nach DSGVO). No case work without an active consent;
// a withdrawal closes the open case and its open follow-ups.
class ConsentRepository final {
public:
    ConsentRepository(storage::Database& db, const Clock& clock);

    QList<Consent> forClient(int64_t clientId);
    // Throws Error(InvalidInput) for a date in the future or an empty form version.
    void record(Consent& consent);
    // Throws Error(RuleViolation) if already withdrawn, Error(InvalidInput) for a bad date.
    void withdraw(int64_t consentId, const QDate& on);
    bool hasActiveConsent(int64_t clientId);
    // Throws Error(RuleViolation) with a translated message when there is no active consent.
    void requireActiveConsent(int64_t clientId);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::core
