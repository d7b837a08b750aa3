// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <botan/secmem.h>

#include <cstdint>

namespace kim {
class Clock;
}
namespace kim::storage {
class Database;
}

namespace kim::reporting {

// The coordinating office's secret for the cell keys of the disclosure control (table
// office_secret): 32 random bytes created on first use. It never leaves the vault; without it
// nobody can tell which noise a cell received.
class OfficeSecret final {
public:
    static constexpr size_t Size = 32;

    // Creates the secret on the first call (inside the caller's transaction, if any).
    static Botan::secure_vector<uint8_t> ensure(storage::Database& db, const Clock& clock);
};

} // namespace kim::reporting
