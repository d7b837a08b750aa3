#pragma once

#include "exchange/ContactCard.h"
#include "exchange/OfficePackages.h"

#include <QDateTime>

#include <vector>

namespace kim::storage {
class Database;
}
namespace kim::core {
class Clock;
}

namespace kim::exchange {

class Identity;

// The coordinating office's packages to the case managers: the issued taxonomy and the
// conference feedback, each one package signed by the office and encrypted to every trusted,
// not revoked contact. Writing feedback marks its items as sent in the same transaction as
// the package log entry.
class OfficeOutbox final {
public:
    OfficeOutbox(storage::Database& db, const Identity& identity, const core::Clock& clock);

    // Trusted, not revoked contacts. Throws Error(NotFound) when there is none and
    // Error(InvalidInput) for more contacts than one package can address.
    std::vector<ContactCard> recipients() const;

    // Throw PackageError / kim::Error; on failure nothing is marked or logged.
    std::vector<uint8_t> writeTaxonomy(const core::Taxonomy& taxonomy,
                                       const QDateTime& created = QDateTime::currentDateTimeUtc());
    std::vector<uint8_t> writeFeedback(const QList<core::ConferenceItem>& items,
                                       const QDateTime& created = QDateTime::currentDateTimeUtc());

private:
    storage::Database& m_db;
    const Identity& m_identity;
    const core::Clock& m_clock;
};

} // namespace kim::exchange
