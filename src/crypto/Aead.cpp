// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Aead.h"

#include "crypto/SecureRandom.h"

#include <botan/aead.h>
#include <botan/exceptn.h>

namespace kim::crypto {

namespace {
constexpr size_t NonceSize = 12;
constexpr size_t TagSize = 16;
constexpr const char* Algorithm = "ChaCha20Poly1305";
} // namespace

Botan::secure_vector<uint8_t> seal(const Botan::secure_vector<uint8_t>& key, const Botan::secure_vector<uint8_t>& plain,
                                   const std::vector<uint8_t>& associatedData) {
    auto cipher = Botan::AEAD_Mode::create_or_throw(Algorithm, Botan::ENCRYPTION);
    cipher->set_key(key);
    cipher->set_associated_data_vec(associatedData);
    const auto nonce = randomBytes(NonceSize);
    cipher->start(nonce);
    Botan::secure_vector<uint8_t> buffer = plain;
    cipher->finish(buffer);
    Botan::secure_vector<uint8_t> sealed(nonce.begin(), nonce.end());
    sealed.insert(sealed.end(), buffer.begin(), buffer.end());
    return sealed;
}

std::optional<Botan::secure_vector<uint8_t>> open(const Botan::secure_vector<uint8_t>& key,
                                                  const std::vector<uint8_t>& sealed,
                                                  const std::vector<uint8_t>& associatedData) {
    if (sealed.size() < NonceSize + TagSize) {
        return std::nullopt;
    }
    auto cipher = Botan::AEAD_Mode::create_or_throw(Algorithm, Botan::DECRYPTION);
    cipher->set_key(key);
    cipher->set_associated_data_vec(associatedData);
    cipher->start(sealed.data(), NonceSize);
    Botan::secure_vector<uint8_t> buffer(sealed.begin() + NonceSize, sealed.end());
    try {
        cipher->finish(buffer);
    } catch (const Botan::Invalid_Authentication_Tag&) {
        return std::nullopt;
    }
    return buffer;
}

} // namespace kim::crypto
