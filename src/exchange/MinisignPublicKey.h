// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace kim::exchange {

// A minisign Ed25519 public key: the 8-byte key id and the 32-byte key. The file form is
// "untrusted comment: minisign public key <ID>\n" + base64("Ed" || key id || key) + "\n".
class MinisignPublicKey final {
public:
    using KeyId = std::array<uint8_t, 8>;
    using Key = std::array<uint8_t, 32>;

    MinisignPublicKey(const KeyId& keyId, const Key& key);

    // Accepts the base64 line alone or a whole .pub file; nothing when malformed.
    static std::optional<MinisignPublicKey> parse(std::string_view text);
    // The id as minisign prints it: the little-endian 64-bit number in upper-case hex.
    static QString keyIdText(const KeyId& keyId);

    QString base64() const;
    QString fileText() const;
    QString keyIdText() const { return keyIdText(m_keyId); }
    const KeyId& keyId() const { return m_keyId; }
    const Key& key() const { return m_key; }

private:
    KeyId m_keyId;
    Key m_key;
};

} // namespace kim::exchange
