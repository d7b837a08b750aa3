// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/PackageOpener.h"

#include <functional>
#include <span>

namespace kim {
class Clock;
}
namespace kim::storage {
class Database;
}

namespace kim::exchange {

class Identity;

// Reads packages sent to this workspace: every check of PackageOpener, then the replay
// check against the package log. A failed read writes nothing.
class PackageReader final {
public:
    using Apply = std::function<void(const OpenedPackage&)>;

    // `clock` dates the log entry of an imported package.
    PackageReader(storage::Database& db, const Identity& identity, const Clock& clock);

    // Verifies without writing. Throws PackageError (AlreadyImported for a replay).
    OpenedPackage read(std::span<const uint8_t> file) const;
    // Verifies, runs `apply` (the caller's import of the content) and records the package
    // in the log, all in one transaction: if apply throws, the vault is unchanged.
    OpenedPackage import(std::span<const uint8_t> file, const Apply& apply = {});

private:
    storage::Database& m_db;
    const Identity& m_identity;
    const Clock& m_clock;
};

} // namespace kim::exchange
