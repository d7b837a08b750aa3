// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/AgeScrypt.h"

#include "exchange/AgePrimitives.h"
#include "exchange/PackageError.h"

#include "crypto/SecureRandom.h"

#include <botan/scrypt.h>

#include <string>

namespace kim::exchange {

namespace {

constexpr std::string_view StanzaType = "scrypt";
constexpr std::string_view SaltLabel = "age-encryption.org/v1/scrypt";
constexpr size_t SaltSize = 16;
constexpr size_t WrappedKeySize = 32;

Botan::secure_vector<uint8_t> deriveKey(const QString& passphrase, std::span<const uint8_t> salt, int workFactor) {
    QByteArray utf8 = passphrase.toUtf8();
    std::vector<uint8_t> labelledSalt(SaltLabel.begin(), SaltLabel.end());
    labelledSalt.insert(labelledSalt.end(), salt.begin(), salt.end());
    Botan::secure_vector<uint8_t> key(32);
    Botan::scrypt(key.data(), key.size(), utf8.constData(), static_cast<size_t>(utf8.size()), labelledSalt.data(),
                  labelledSalt.size(), size_t(1) << workFactor, 8, 1);
    Botan::secure_scrub_memory(utf8.data(), static_cast<size_t>(utf8.size()));
    return key;
}

// Decimal without leading zeros, as the spec demands.
int parseWorkFactor(const std::string& text) {
    if (text.empty() || text.size() > 2 || text.front() == '0') {
        throw PackageError(PackageFailure::Damaged);
    }
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            throw PackageError(PackageFailure::Damaged);
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

AgeStanza AgeScrypt::wrap(const Botan::secure_vector<uint8_t>& fileKey, const QString& passphrase, int workFactor) {
    const auto salt = crypto::randomBytes(SaltSize);
    const auto key = deriveKey(passphrase, salt, workFactor);
    return AgeStanza{std::string(StanzaType),
                     {AgePrimitives::encodeBase64(salt), std::to_string(workFactor)},
                     AgePrimitives::sealZeroNonce(key, fileKey)};
}

std::optional<Botan::secure_vector<uint8_t>> AgeScrypt::unwrap(const AgeStanza& stanza, const QString& passphrase) {
    if (stanza.type != StanzaType) {
        return std::nullopt;
    }
    if (stanza.args.size() != 2 || stanza.body.size() != WrappedKeySize) {
        throw PackageError(PackageFailure::Damaged);
    }
    const auto salt = AgePrimitives::decodeBase64(stanza.args[0]);
    const int workFactor = parseWorkFactor(stanza.args[1]);
    if (!salt || salt->size() != SaltSize || workFactor > MaxWorkFactor) {
        throw PackageError(PackageFailure::Damaged);
    }
    return AgePrimitives::openZeroNonce(deriveKey(passphrase, *salt, workFactor), stanza.body);
}

} // namespace kim::exchange
