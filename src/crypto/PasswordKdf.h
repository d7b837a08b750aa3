// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <botan/secmem.h>

#include <chrono>
#include <cstdint>

namespace kim::crypto {

// Argon2id parameters as stored with each key slot.
struct KdfParams {
    uint32_t memoryKiB = 65536;
    uint32_t iterations = 3;
    uint32_t parallelism = 1;

    // The floor the design sets: 64 MiB and three passes. Slots below it are refused.
    static constexpr uint32_t MinimumMemoryKiB = 65536;
    static constexpr uint32_t MinimumIterations = 3;
    bool meetsMinimum() const;
};

// Derives a 256-bit key-encryption key from a password with Argon2id.
Botan::secure_vector<uint8_t> deriveKey(const QString& password, const Botan::secure_vector<uint8_t>& salt,
                                        const KdfParams& params);

// Chooses the number of passes at 64 MiB so that one derivation takes about `target`
// on this machine, never fewer than the minimum.
KdfParams calibrateKdf(std::chrono::milliseconds target);

} // namespace kim::crypto
