// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <botan/secmem.h>

#include <optional>

namespace kim::crypto {

// Authenticated encryption with ChaCha20-Poly1305 and a random 96-bit nonce.
// The sealed form is nonce || ciphertext || tag.
Botan::secure_vector<uint8_t> seal(const Botan::secure_vector<uint8_t>& key, const Botan::secure_vector<uint8_t>& plain,
                                   const std::vector<uint8_t>& associatedData);

// Returns nothing when the key, the data or the associated data do not match.
std::optional<Botan::secure_vector<uint8_t>> open(const Botan::secure_vector<uint8_t>& key,
                                                  const std::vector<uint8_t>& sealed,
                                                  const std::vector<uint8_t>& associatedData);

} // namespace kim::crypto
