// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/MinisignPublicKey.h"

#include <botan/secmem.h>

#include <string_view>

namespace kim::exchange {

// A minisign Ed25519 secret key (libsodium layout: 32-byte seed || 32-byte public key)
// with its key id. Reads and writes the unencrypted secret key file that `minisign -G -W`
// produces; password-protected files are refused (the vault is our protection).
class MinisignSecretKey final {
public:
    static MinisignSecretKey generate();
    // Throws PackageError(InvalidKey) for a malformed or encrypted file or a bad checksum.
    static MinisignSecretKey parseFile(std::string_view text);
    // Throws PackageError(InvalidKey) when the bytes do not form a consistent key.
    MinisignSecretKey(const MinisignPublicKey::KeyId& keyId, Botan::secure_vector<uint8_t> secret);

    Botan::secure_vector<char> fileText() const;
    MinisignPublicKey publicKey() const;
    const MinisignPublicKey::KeyId& keyId() const { return m_keyId; }
    const Botan::secure_vector<uint8_t>& secret() const { return m_secret; }

private:
    Botan::secure_vector<uint8_t> checksum() const;

    MinisignPublicKey::KeyId m_keyId;
    Botan::secure_vector<uint8_t> m_secret;
};

} // namespace kim::exchange
