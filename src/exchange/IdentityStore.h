// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Identity.h"

#include <optional>

namespace kim {
class Clock;
}
namespace kim::storage {
class Database;
}

namespace kim::exchange {

// Keeps the workspace identity in the vault (table exchange_identity, schema 0003).
// The GUI calls ensure() after creating or opening a case-manager workspace.
class IdentityStore final {
public:
    // Creates the identity on the first call and loads it on every later one.
    static Identity ensure(storage::Database& db, const Clock& clock);
    static std::optional<Identity> load(storage::Database& db);
    static void setProfile(storage::Database& db, const QString& name, const QString& role,
                           const QString& organisation);
};

} // namespace kim::exchange
