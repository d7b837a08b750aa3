// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/AgeX25519.h"

#include "exchange/AgePrimitives.h"
#include "exchange/Bech32.h"
#include "exchange/PackageError.h"

#include "crypto/SecureRandom.h"

#include <botan/curve25519.h>

#include <algorithm>

namespace kim::exchange {

namespace {

constexpr std::string_view StanzaType = "X25519";
constexpr std::string_view Info = "age-encryption.org/v1/X25519";
constexpr std::string_view RecipientHrp = "age";
constexpr std::string_view IdentityHrp = "age-secret-key-";
constexpr size_t WrappedKeySize = 32; // 16-byte file key + 16-byte tag

Botan::secure_vector<uint8_t> sharedSecret(const Botan::secure_vector<uint8_t>& secret,
                                           std::span<const uint8_t> point) {
    Botan::secure_vector<uint8_t> shared(AgeX25519::KeySize);
    Botan::curve25519_donna(shared.data(), secret.data(), point.data());
    // An all-zero result means a low-order point; the spec requires rejecting it.
    const bool allZero = std::all_of(shared.begin(), shared.end(), [](uint8_t b) { return b == 0; });
    if (allZero) {
        throw PackageError(PackageFailure::Damaged);
    }
    return shared;
}

Botan::secure_vector<uint8_t> wrapKey(const Botan::secure_vector<uint8_t>& shared, std::span<const uint8_t> ephemeral,
                                      std::span<const uint8_t> recipient) {
    std::vector<uint8_t> salt(ephemeral.begin(), ephemeral.end());
    salt.insert(salt.end(), recipient.begin(), recipient.end());
    return AgePrimitives::hkdfSha256(shared, salt, Info, 32);
}

} // namespace

Botan::secure_vector<uint8_t> AgeX25519::generateSecret() {
    return crypto::randomBytes(KeySize);
}

std::vector<uint8_t> AgeX25519::publicKey(const Botan::secure_vector<uint8_t>& secret) {
    std::vector<uint8_t> result(KeySize);
    Botan::curve25519_basepoint(result.data(), secret.data());
    return result;
}

std::string AgeX25519::encodeRecipient(std::span<const uint8_t> publicKey) {
    return Bech32::encode(RecipientHrp, publicKey);
}

std::optional<std::vector<uint8_t>> AgeX25519::decodeRecipient(std::string_view text) {
    const auto decoded = Bech32::decode(text);
    if (!decoded || decoded->hrp != RecipientHrp || decoded->data.size() != KeySize || text.starts_with("AGE")) {
        return std::nullopt;
    }
    return std::vector<uint8_t>(decoded->data.begin(), decoded->data.end());
}

Botan::secure_vector<char> AgeX25519::encodeIdentity(const Botan::secure_vector<uint8_t>& secret) {
    std::string text = Bech32::encode(IdentityHrp, secret);
    std::transform(text.begin(), text.end(), text.begin(), [](char c) { return c >= 'a' && c <= 'z' ? c - 32 : c; });
    Botan::secure_vector<char> result(text.begin(), text.end());
    Botan::secure_scrub_memory(text.data(), text.size());
    return result;
}

std::optional<Botan::secure_vector<uint8_t>> AgeX25519::decodeIdentity(std::string_view text) {
    auto decoded = Bech32::decode(text);
    if (!decoded || decoded->hrp != IdentityHrp || decoded->data.size() != KeySize) {
        return std::nullopt;
    }
    return std::move(decoded->data);
}

AgeStanza AgeX25519::wrap(const Botan::secure_vector<uint8_t>& fileKey, std::span<const uint8_t> recipient) {
    const auto ephemeralSecret = generateSecret();
    const auto ephemeral = publicKey(ephemeralSecret);
    const auto key = wrapKey(sharedSecret(ephemeralSecret, recipient), ephemeral, recipient);
    return AgeStanza{
        std::string(StanzaType), {AgePrimitives::encodeBase64(ephemeral)}, AgePrimitives::sealZeroNonce(key, fileKey)};
}

std::optional<Botan::secure_vector<uint8_t>> AgeX25519::unwrap(const AgeStanza& stanza,
                                                               const Botan::secure_vector<uint8_t>& secret) {
    if (stanza.type != StanzaType) {
        return std::nullopt;
    }
    if (stanza.args.size() != 1 || stanza.body.size() != WrappedKeySize) {
        throw PackageError(PackageFailure::Damaged);
    }
    const auto ephemeral = AgePrimitives::decodeBase64(stanza.args.front());
    if (!ephemeral || ephemeral->size() != KeySize) {
        throw PackageError(PackageFailure::Damaged);
    }
    const auto recipient = publicKey(secret);
    const auto key = wrapKey(sharedSecret(secret, *ephemeral), *ephemeral, recipient);
    return AgePrimitives::openZeroNonce(key, stanza.body);
}

} // namespace kim::exchange
