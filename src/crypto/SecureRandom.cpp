// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SecureRandom.h"

#include <botan/system_rng.h>

namespace kim::crypto {

Botan::secure_vector<uint8_t> randomBytes(size_t count) {
    return Botan::system_rng().random_vec(count);
}

uint64_t randomUint64() {
    uint64_t value = 0;
    Botan::system_rng().randomize(reinterpret_cast<uint8_t*>(&value), sizeof(value));
    return value;
}

} // namespace kim::crypto
