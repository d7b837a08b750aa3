// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/AgeStanza.h"

#include <botan/secmem.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kim::exchange {

// age's native X25519 recipient type: key encodings ("age1…", "AGE-SECRET-KEY-1…") and
// wrapping the file key for a recipient (ephemeral ECDH, HKDF-SHA-256, ChaCha20-Poly1305).
class AgeX25519 final {
public:
    static constexpr size_t KeySize = 32;

    static Botan::secure_vector<uint8_t> generateSecret();
    static std::vector<uint8_t> publicKey(const Botan::secure_vector<uint8_t>& secret);

    static std::string encodeRecipient(std::span<const uint8_t> publicKey);
    static std::optional<std::vector<uint8_t>> decodeRecipient(std::string_view text);
    // The identity line as age-keygen writes it; only for exporting a key to a file.
    static Botan::secure_vector<char> encodeIdentity(const Botan::secure_vector<uint8_t>& secret);
    static std::optional<Botan::secure_vector<uint8_t>> decodeIdentity(std::string_view text);

    static AgeStanza wrap(const Botan::secure_vector<uint8_t>& fileKey, std::span<const uint8_t> recipient);
    // Nothing when the stanza is not an X25519 stanza for this identity; throws
    // PackageError(Damaged) when it is an X25519 stanza that breaks the format.
    static std::optional<Botan::secure_vector<uint8_t>> unwrap(const AgeStanza& stanza,
                                                               const Botan::secure_vector<uint8_t>& secret);
};

} // namespace kim::exchange
