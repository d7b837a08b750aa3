// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/AgePrimitives.h"

#include <QByteArray>

#include <botan/aead.h>
#include <botan/exceptn.h>
#include <botan/hkdf.h>
#include <botan/mac.h>

namespace kim::exchange {

namespace {
constexpr size_t NonceSize = 12;
constexpr size_t TagSize = 16;
} // namespace

Botan::secure_vector<uint8_t> AgePrimitives::hkdfSha256(std::span<const uint8_t> secret, std::span<const uint8_t> salt,
                                                        std::string_view info, size_t length) {
    Botan::HKDF hkdf(Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)").release());
    Botan::secure_vector<uint8_t> key(length);
    hkdf.kdf(key.data(), key.size(), secret.data(), secret.size(), salt.data(), salt.size(),
             reinterpret_cast<const uint8_t*>(info.data()), info.size());
    return key;
}

std::vector<uint8_t> AgePrimitives::sealZeroNonce(const Botan::secure_vector<uint8_t>& key,
                                                  const Botan::secure_vector<uint8_t>& plain) {
    auto cipher = Botan::AEAD_Mode::create_or_throw("ChaCha20Poly1305", Botan::ENCRYPTION);
    cipher->set_key(key);
    const std::vector<uint8_t> nonce(NonceSize, 0);
    cipher->start(nonce);
    Botan::secure_vector<uint8_t> buffer = plain;
    cipher->finish(buffer);
    return std::vector<uint8_t>(buffer.begin(), buffer.end());
}

std::optional<Botan::secure_vector<uint8_t>> AgePrimitives::openZeroNonce(const Botan::secure_vector<uint8_t>& key,
                                                                          std::span<const uint8_t> sealed) {
    if (sealed.size() < TagSize) {
        return std::nullopt;
    }
    auto cipher = Botan::AEAD_Mode::create_or_throw("ChaCha20Poly1305", Botan::DECRYPTION);
    cipher->set_key(key);
    const std::vector<uint8_t> nonce(NonceSize, 0);
    cipher->start(nonce);
    Botan::secure_vector<uint8_t> buffer(sealed.begin(), sealed.end());
    try {
        cipher->finish(buffer);
    } catch (const Botan::Invalid_Authentication_Tag&) {
        return std::nullopt;
    }
    return buffer;
}

std::vector<uint8_t> AgePrimitives::hmacSha256(const Botan::secure_vector<uint8_t>& key,
                                               std::span<const uint8_t> data) {
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    mac->set_key(key);
    mac->update(data.data(), data.size());
    const auto tag = mac->final();
    return std::vector<uint8_t>(tag.begin(), tag.end());
}

std::string AgePrimitives::encodeBase64(std::span<const uint8_t> bytes) {
    const auto raw =
        QByteArray::fromRawData(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
    return raw.toBase64(QByteArray::OmitTrailingEquals).toStdString();
}

std::optional<std::vector<uint8_t>> AgePrimitives::decodeBase64(std::string_view text) {
    for (const char c : text) {
        const bool valid =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (!valid) {
            return std::nullopt;
        }
    }
    const QByteArray input(text.data(), static_cast<qsizetype>(text.size()));
    const auto result = QByteArray::fromBase64Encoding(input, QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        return std::nullopt;
    }
    // Re-encoding catches stray trailing bits and impossible lengths.
    if (result.decoded.toBase64(QByteArray::OmitTrailingEquals) != input) {
        return std::nullopt;
    }
    return std::vector<uint8_t>(result.decoded.begin(), result.decoded.end());
}

} // namespace kim::exchange
