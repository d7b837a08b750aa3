// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/AgeStanza.h"

#include <QString>

#include <botan/secmem.h>

#include <optional>

namespace kim::exchange {

// age's passphrase recipient: the file key wrapped under scrypt(passphrase, N = 2^logN,
// r = 8, p = 1). The work factor a file may ask for is capped, so a hostile file cannot
// demand gigabytes of memory.
class AgeScrypt final {
public:
    static constexpr int DefaultWorkFactor = 18; // what age itself uses (256 MiB)
    static constexpr int MaxWorkFactor = 20;     // 1 GiB

    static AgeStanza wrap(const Botan::secure_vector<uint8_t>& fileKey, const QString& passphrase,
                          int workFactor = DefaultWorkFactor);
    // Nothing for a wrong passphrase; throws PackageError(Damaged) for a malformed stanza
    // or one whose work factor exceeds MaxWorkFactor.
    static std::optional<Botan::secure_vector<uint8_t>> unwrap(const AgeStanza& stanza, const QString& passphrase);
};

} // namespace kim::exchange
