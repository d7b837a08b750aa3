// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/AgeStanza.h"

#include <botan/secmem.h>

#include <span>
#include <string>
#include <vector>

namespace kim::exchange {

// The text header of an age v1 file (C2SP age spec): version line, recipient stanzas and
// the HMAC-SHA-256 over everything up to and including "---". Parsing is strict and
// bounded, so a hostile header cannot make us allocate or loop without limit.
class AgeHeader final {
public:
    static constexpr size_t MaxSize = 64 * 1024;
    static constexpr size_t MaxStanzas = 64;
    static constexpr std::string_view VersionLine = "age-encryption.org/v1";

    // Throws PackageError(NotAgeFile | UnsupportedVersion | Damaged).
    static AgeHeader parse(std::span<const uint8_t> file);
    // The complete header text including the MAC line.
    static std::string serialise(const std::vector<AgeStanza>& stanzas, const Botan::secure_vector<uint8_t>& fileKey);

    bool macMatches(const Botan::secure_vector<uint8_t>& fileKey) const;
    const std::vector<AgeStanza>& stanzas() const { return m_stanzas; }
    // Offset of the payload (the byte after the MAC line's newline).
    size_t size() const { return m_size; }

private:
    static std::vector<uint8_t> mac(std::span<const uint8_t> macInput, const Botan::secure_vector<uint8_t>& fileKey);

    std::vector<AgeStanza> m_stanzas;
    std::vector<uint8_t> m_macInput;
    std::vector<uint8_t> m_mac;
    size_t m_size = 0;
};

} // namespace kim::exchange
