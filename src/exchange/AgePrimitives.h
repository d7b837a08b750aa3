// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <botan/secmem.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kim::exchange {

// The few building blocks the age format combines, each a thin call into Botan, plus the
// unpadded ("raw") base64 that age uses everywhere in its header.
class AgePrimitives final {
public:
    static Botan::secure_vector<uint8_t> hkdfSha256(std::span<const uint8_t> secret, std::span<const uint8_t> salt,
                                                    std::string_view info, size_t length);
    // ChaCha20-Poly1305 under a single-use key with the all-zero nonce (stanza bodies).
    static std::vector<uint8_t> sealZeroNonce(const Botan::secure_vector<uint8_t>& key,
                                              const Botan::secure_vector<uint8_t>& plain);
    static std::optional<Botan::secure_vector<uint8_t>> openZeroNonce(const Botan::secure_vector<uint8_t>& key,
                                                                      std::span<const uint8_t> sealed);
    static std::vector<uint8_t> hmacSha256(const Botan::secure_vector<uint8_t>& key, std::span<const uint8_t> data);

    static std::string encodeBase64(std::span<const uint8_t> bytes);
    // Rejects padding, whitespace and non-canonical encodings (age requires canonical base64).
    static std::optional<std::vector<uint8_t>> decodeBase64(std::string_view text);
};

} // namespace kim::exchange
