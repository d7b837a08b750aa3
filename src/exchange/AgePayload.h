// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <botan/secmem.h>

#include <span>
#include <vector>

namespace kim::exchange {

// The age payload: a 16-byte nonce, then the plaintext in 64 KiB chunks, each sealed with
// ChaCha20-Poly1305 under HKDF-SHA-256(file key, nonce, "payload") and the STREAM nonce
// (11-byte big-endian counter || 0x01 for the last chunk, else 0x00).
class AgePayload final {
public:
    static constexpr size_t ChunkSize = 64 * 1024;
    static constexpr size_t NonceSize = 16;
    static constexpr size_t TagSize = 16;

    static std::vector<uint8_t> encrypt(const Botan::secure_vector<uint8_t>& fileKey, std::span<const uint8_t> plain);
    // Throws PackageError(Damaged) for a truncated, extended, reordered or altered payload.
    static Botan::secure_vector<uint8_t> decrypt(const Botan::secure_vector<uint8_t>& fileKey,
                                                 std::span<const uint8_t> payload);
};

} // namespace kim::exchange
