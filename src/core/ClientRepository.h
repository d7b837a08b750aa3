// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <optional>

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

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

    // Exact, from covering index ranges only (schema 8).
    int count(const ClientFilter& filter);
    // Ordered by last name, first name (letter case ignored), id; for the lazy list model.
    QList<ClientRow> page(const ClientFilter& filter, int offset, int limit);
    // The client's row in that order under the filter (how many listed clients sort before
    // it), or nothing when the filter hides the client or it does not exist. One statement.
    std::optional<int> positionOf(const ClientFilter& filter, int64_t clientId);
    // Throws Error(NotFound).
    Client load(int64_t id);
    // Inserts (assigning id, case code and creation date) or updates, household included.
    // Throws Error(InvalidInput) for a missing name, a birth date in the future or a family
    // link to the client itself; Error(NotFound) for a family link to an unknown client;
    // Error(RuleViolation) when a client who heads a family is to join another. A link to a
    // family member is stored as a link to that family's head.
    void save(Client& client);
    // The client with exactly this case code (letter case ignored), e.g. to link a family.
    std::optional<int64_t> findIdByCaseCode(const QString& caseCode);

private:
    QString nextCaseCode(Municipality municipality, int year);
    void resolveFamily(Client& client);

    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::core
