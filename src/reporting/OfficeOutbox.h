// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ContactCard.h"
#include "reporting/OfficePackages.h"

#include <QDateTime>

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

// The coordinating office's packages to the case managers: the issued taxonomy and the
// conference feedback, each one package signed by the office and encrypted to every trusted,
// not revoked contact. Writing feedback marks its items as sent in the same transaction as
// the package log entry.
class OfficeOutbox final {
public:
    OfficeOutbox(storage::Database& db, const exchange::Identity& identity, const Clock& clock);

    // Trusted, not revoked contacts. Throws Error(NotFound) when there is none and
    // Error(InvalidInput) for more contacts than one package can address.
    std::vector<exchange::ContactCard> recipients() const;

    // Throw exchange::PackageError / kim::Error; on failure nothing is marked or logged. An
    // invalid `created` means the clock's now().
    std::vector<uint8_t> writeTaxonomy(const core::Taxonomy& taxonomy, const QDateTime& created = {});
    std::vector<uint8_t> writeFeedback(const QList<core::ConferenceItem>& items, const QDateTime& created = {});

private:
    storage::Database& m_db;
    const exchange::Identity& m_identity;
    const Clock& m_clock;
};

} // namespace kim::reporting
