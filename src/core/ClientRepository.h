#pragma once

#include "core/Domain.h"

#include <optional>

namespace kim::storage {
class Database;
}

namespace kim::core {

class Clock;

// What the client list filters by; empty members do not filter.
struct ClientFilter {
    QString text; // matches name, first name or case code
    std::optional<Municipality> municipality;
    std::optional<TargetGroup> targetGroup;
    std::optional<Phase> phase; // phase of the client's latest case

    bool operator==(const ClientFilter&) const = default;
};

// One line of the client list: only what the list shows.
struct ClientRow {
    int64_t id = 0;
    QString caseCode;
    QString displayName;
    Municipality municipality = Municipality::Guetersloh;
    TargetGroup targetGroup = TargetGroup::Immigrants;
    std::optional<Phase> phase;
};

// Clients and their household members.
class ClientRepository final {
public:
    ClientRepository(storage::Database& db, const Clock& clock);

    int count(const ClientFilter& filter);
    // Ordered by last name, first name, id; for the lazy list model.
    QList<ClientRow> page(const ClientFilter& filter, int offset, int limit);
    // Throws Error(NotFound).
    Client load(int64_t id);
    // Inserts (assigning id, case code and creation date) or updates, household included.
    // Throws Error(InvalidInput) for a missing name or a birth date in the future.
    void save(Client& client);

private:
    QString nextCaseCode(Municipality municipality, int year);

    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::core
