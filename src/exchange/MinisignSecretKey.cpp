// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/MinisignSecretKey.h"

#include "exchange/PackageError.h"

#include "crypto/SecureRandom.h"

#include <QByteArray>

#include <botan/ed25519.h>
#include <botan/hash.h>
#include <botan/mem_ops.h>

#include <algorithm>
#include <span>

namespace kim::exchange {

namespace {

// sig alg, kdf alg, checksum alg, kdf salt, opslimit, memlimit, key id, secret key, checksum
constexpr size_t HeaderSize = 2 + 2 + 2 + 32 + 8 + 8;
constexpr size_t EncodedSize = HeaderSize + 8 + 64 + 32;

[[noreturn]] void invalid() {
    throw PackageError(PackageFailure::InvalidKey);
}

std::vector<uint8_t> derivePublic(std::span<const uint8_t> seed) {
    const Botan::secure_vector<uint8_t> seedCopy(seed.begin(), seed.end());
    const Botan::Ed25519_PrivateKey key(seedCopy);
    return key.get_public_key();
}

} // namespace

MinisignSecretKey::MinisignSecretKey(const MinisignPublicKey::KeyId& keyId, Botan::secure_vector<uint8_t> secret)
    : m_keyId(keyId)
    , m_secret(std::move(secret)) {
    if (m_secret.size() != 64) {
        invalid();
    }
    const auto publicKey = derivePublic(std::span(m_secret).first(32));
    if (!std::equal(publicKey.begin(), publicKey.end(), m_secret.begin() + 32)) {
        invalid();
    }
}

MinisignSecretKey MinisignSecretKey::generate() {
    auto secret = crypto::randomBytes(32);
    const auto publicKey = derivePublic(secret);
    secret.insert(secret.end(), publicKey.begin(), publicKey.end());
    MinisignPublicKey::KeyId keyId;
    const auto id = crypto::randomBytes(keyId.size());
    std::copy(id.begin(), id.end(), keyId.begin());
    return MinisignSecretKey(keyId, std::move(secret));
}

MinisignSecretKey MinisignSecretKey::parseFile(std::string_view text) {
    if (text.size() > 4096) {
        invalid();
    }
    const size_t newline = text.find('\n');
    if (!text.starts_with("untrusted comment:") || newline == std::string_view::npos) {
        invalid();
    }
    std::string_view line = text.substr(newline + 1);
    line = line.substr(0, line.find_first_of("\r\n"));
    const QByteArray input(line.data(), static_cast<qsizetype>(line.size()));
    auto decoded = QByteArray::fromBase64Encoding(input, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray& raw = decoded.decoded;
    // Only the unencrypted form: kdf algorithm "\0\0" (minisign -W).
    if (!decoded || raw.size() != static_cast<qsizetype>(EncodedSize) || !raw.startsWith(QByteArray("Ed\0\0B2", 6))) {
        invalid();
    }
    MinisignPublicKey::KeyId keyId;
    std::copy_n(raw.constData() + HeaderSize, keyId.size(), keyId.begin());
    const auto* secretStart = reinterpret_cast<const uint8_t*>(raw.constData()) + HeaderSize + 8;
    MinisignSecretKey key(keyId, Botan::secure_vector<uint8_t>(secretStart, secretStart + 64));
    const auto expected = key.checksum();
    // minisign -W leaves the checksum all zero; the seed → public key check above still
    // catches a damaged key, so only a present checksum has to match.
    const bool unset =
        std::all_of(secretStart + 64, secretStart + 64 + expected.size(), [](uint8_t b) { return b == 0; });
    const bool match = unset || Botan::constant_time_compare(expected.data(), secretStart + 64, expected.size());
    Botan::secure_scrub_memory(decoded.decoded.data(), static_cast<size_t>(decoded.decoded.size()));
    if (!match) {
        invalid();
    }
    return key;
}

Botan::secure_vector<uint8_t> MinisignSecretKey::checksum() const {
    auto hash = Botan::HashFunction::create_or_throw("BLAKE2b(256)");
    hash->update(reinterpret_cast<const uint8_t*>("Ed"), 2);
    hash->update(m_keyId.data(), m_keyId.size());
    hash->update(m_secret);
    return hash->final();
}

Botan::secure_vector<char> MinisignSecretKey::fileText() const {
    Botan::secure_vector<uint8_t> raw = {'E', 'd', 0, 0, 'B', '2'};
    raw.resize(HeaderSize, 0); // no KDF: salt and limits stay zero
    raw.insert(raw.end(), m_keyId.begin(), m_keyId.end());
    raw.insert(raw.end(), m_secret.begin(), m_secret.end());
    const auto sum = checksum();
    raw.insert(raw.end(), sum.begin(), sum.end());
    QByteArray encoded =
        QByteArray(reinterpret_cast<const char*>(raw.data()), static_cast<qsizetype>(raw.size())).toBase64();
    const std::string_view comment = "untrusted comment: minisign secret key (unencrypted)\n";
    Botan::secure_vector<char> text(comment.begin(), comment.end());
    text.insert(text.end(), encoded.begin(), encoded.end());
    text.push_back('\n');
    Botan::secure_scrub_memory(encoded.data(), static_cast<size_t>(encoded.size()));
    return text;
}

MinisignPublicKey MinisignSecretKey::publicKey() const {
    MinisignPublicKey::Key key;
    std::copy(m_secret.begin() + 32, m_secret.end(), key.begin());
    return MinisignPublicKey(m_keyId, key);
}

} // namespace kim::exchange
