// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <botan/secmem.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kim::exchange {

// Bech32 (BIP 173, not Bech32m) as age uses it for "age1…" recipients and
// "AGE-SECRET-KEY-1…" identities. Like age, no 90-character limit is enforced.
class Bech32 final {
public:
    struct Decoded {
        std::string hrp; // lower case
        Botan::secure_vector<uint8_t> data;
    };

    // Lower-case result; the caller upper-cases it for secret keys.
    static std::string encode(std::string_view hrp, std::span<const uint8_t> data);
    // Rejects mixed case, bad characters, a wrong checksum and non-zero padding.
    static std::optional<Decoded> decode(std::string_view text);
};

} // namespace kim::exchange
