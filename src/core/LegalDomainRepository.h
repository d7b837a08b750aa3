// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LegalDomainPeriod.h"

#include <QList>

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

// The legal-domain timeline of a client.
class LegalDomainRepository final {
public:
    LegalDomainRepository(storage::Database& db, const Clock& clock);

    // Oldest first.
    QList<LegalDomainPeriod> forClient(int64_t clientId);
    // Throws Error(RuleViolation) without active consent or when the period overlaps another
    // of the same domain, Error(InvalidInput) for a missing start, a future start or an end
    // before the start.
    void save(LegalDomainPeriod& period);
    void remove(int64_t id);
    // The domains that cover `day` for the client.
    QList<LegalDomain> domainsOn(int64_t clientId, const QDate& day);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::core
