// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/MinisignPublicKey.h"

#include <QString>

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kim::exchange {

class MinisignSecretKey;

// A minisign signature file (.minisig) with the prehashed "ED" algorithm: Ed25519 over
// BLAKE2b-512(message), plus a global signature over (signature || trusted comment) so
// the trusted comment cannot be changed either. The legacy "Ed" algorithm is refused.
class MinisignSignature final {
public:
    static constexpr size_t MaxFileSize = 4096;

    static MinisignSignature sign(const MinisignSecretKey& key, std::span<const uint8_t> message,
                                  const QString& trustedComment);
    // Nothing when the text is not a well-formed prehashed minisign signature.
    static std::optional<MinisignSignature> parse(std::string_view text);

    // Checks the key id, the signature over the message and the global signature.
    bool verify(const MinisignPublicKey& key, std::span<const uint8_t> message) const;

    std::string fileText() const;
    const MinisignPublicKey::KeyId& keyId() const { return m_keyId; }
    const std::string& trustedComment() const { return m_trustedComment; }

private:
    MinisignSignature() = default;

    MinisignPublicKey::KeyId m_keyId{};
    std::array<uint8_t, 64> m_signature{};
    std::string m_trustedComment;
    std::array<uint8_t, 64> m_globalSignature{};
};

} // namespace kim::exchange
