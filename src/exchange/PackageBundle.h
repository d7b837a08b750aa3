// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/MinisignSignature.h"

#include <botan/secmem.h>

#include <span>

namespace kim::exchange {

// What age encrypts in a package: the minisign signature file (exactly four lines) followed
// by the payload bytes it signs. An administrator splits it with `head -n 4` / `tail -n +5`.
class PackageBundle final {
public:
    struct Parts {
        MinisignSignature signature;
        std::span<const uint8_t> payload;
    };

    static Botan::secure_vector<uint8_t> join(const MinisignSignature& signature, std::span<const uint8_t> payload);
    // Throws PackageError(SignatureInvalid) when the first four lines are not a signature.
    static Parts split(std::span<const uint8_t> bundle);
};

} // namespace kim::exchange
