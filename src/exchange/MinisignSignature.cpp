// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/MinisignSignature.h"

#include "exchange/MinisignSecretKey.h"

#include <QByteArray>

#include <botan/ed25519.h>
#include <botan/hash.h>
#include <botan/pubkey.h>
#include <botan/system_rng.h>

#include <algorithm>
#include <vector>

namespace kim::exchange {

namespace {

constexpr std::string_view UntrustedPrefix = "untrusted comment: ";
constexpr std::string_view TrustedPrefix = "trusted comment: ";

std::vector<uint8_t> prehash(std::span<const uint8_t> message) {
    auto hash = Botan::HashFunction::create_or_throw("BLAKE2b(512)");
    hash->update(message.data(), message.size());
    const auto digest = hash->final();
    return std::vector<uint8_t>(digest.begin(), digest.end());
}

std::array<uint8_t, 64> ed25519Sign(const MinisignSecretKey& key, std::span<const uint8_t> message) {
    const Botan::secure_vector<uint8_t> seed(key.secret().begin(), key.secret().begin() + 32);
    const Botan::Ed25519_PrivateKey privateKey(seed);
    Botan::PK_Signer signer(privateKey, Botan::system_rng(), "Pure");
    const auto signature = signer.sign_message(message.data(), message.size(), Botan::system_rng());
    std::array<uint8_t, 64> result{};
    std::copy_n(signature.begin(), result.size(), result.begin());
    return result;
}

bool ed25519Verify(const MinisignPublicKey& key, std::span<const uint8_t> message, std::span<const uint8_t> signature) {
    const Botan::Ed25519_PublicKey publicKey(key.key().data(), key.key().size());
    Botan::PK_Verifier verifier(publicKey, "Pure");
    return verifier.verify_message(message.data(), message.size(), signature.data(), signature.size());
}

std::vector<uint8_t> globalMessage(std::span<const uint8_t> signature, std::string_view trustedComment) {
    std::vector<uint8_t> message(signature.size() + trustedComment.size());
    std::copy(signature.begin(), signature.end(), message.begin());
    std::copy(trustedComment.begin(), trustedComment.end(),
              message.begin() + static_cast<std::ptrdiff_t>(signature.size()));
    return message;
}

std::optional<QByteArray> decodeLine(std::string_view line, qsizetype expectedSize) {
    const QByteArray input(line.data(), static_cast<qsizetype>(line.size()));
    const auto decoded = QByteArray::fromBase64Encoding(input, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize) {
        return std::nullopt;
    }
    return decoded.decoded;
}

// Exactly four lines, each ending in "\n" (a trailing "\r" is tolerated).
std::optional<std::array<std::string_view, 4>> splitLines(std::string_view text) {
    std::array<std::string_view, 4> lines;
    for (auto& line : lines) {
        const size_t newline = text.find('\n');
        if (newline == std::string_view::npos) {
            return std::nullopt;
        }
        line = text.substr(0, newline);
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        text.remove_prefix(newline + 1);
    }
    return text.empty() ? std::optional(lines) : std::nullopt;
}

} // namespace

MinisignSignature MinisignSignature::sign(const MinisignSecretKey& key, std::span<const uint8_t> message,
                                          const QString& trustedComment) {
    MinisignSignature result;
    result.m_keyId = key.keyId();
    result.m_signature = ed25519Sign(key, prehash(message));
    result.m_trustedComment = trustedComment.toStdString();
    std::replace(result.m_trustedComment.begin(), result.m_trustedComment.end(), '\n', ' ');
    result.m_globalSignature = ed25519Sign(key, globalMessage(result.m_signature, result.m_trustedComment));
    return result;
}

std::optional<MinisignSignature> MinisignSignature::parse(std::string_view text) {
    if (text.size() > MaxFileSize) {
        return std::nullopt;
    }
    const auto lines = splitLines(text);
    if (!lines || !(*lines)[0].starts_with(UntrustedPrefix) || !(*lines)[2].starts_with(TrustedPrefix)) {
        return std::nullopt;
    }
    const auto signature = decodeLine((*lines)[1], 2 + 8 + 64);
    const auto global = decodeLine((*lines)[3], 64);
    if (!signature || !global || !signature->startsWith("ED")) {
        return std::nullopt;
    }
    MinisignSignature result;
    std::copy_n(signature->constData() + 2, result.m_keyId.size(), result.m_keyId.begin());
    std::copy_n(signature->constData() + 10, result.m_signature.size(), result.m_signature.begin());
    result.m_trustedComment = std::string((*lines)[2].substr(TrustedPrefix.size()));
    std::copy_n(global->constData(), result.m_globalSignature.size(), result.m_globalSignature.begin());
    return result;
}

bool MinisignSignature::verify(const MinisignPublicKey& key, std::span<const uint8_t> message) const {
    if (key.keyId() != m_keyId) {
        return false;
    }
    return ed25519Verify(key, prehash(message), m_signature) &&
           ed25519Verify(key, globalMessage(m_signature, m_trustedComment), m_globalSignature);
}

std::string MinisignSignature::fileText() const {
    QByteArray signature("ED");
    signature.append(reinterpret_cast<const char*>(m_keyId.data()), static_cast<qsizetype>(m_keyId.size()));
    signature.append(reinterpret_cast<const char*>(m_signature.data()), static_cast<qsizetype>(m_signature.size()));
    const QByteArray global(reinterpret_cast<const char*>(m_globalSignature.data()),
                            static_cast<qsizetype>(m_globalSignature.size()));
    return std::string(UntrustedPrefix) + "signature from KIM Fallakte secret key\n" +
           signature.toBase64().toStdString() + "\n" + std::string(TrustedPrefix) + m_trustedComment + "\n" +
           global.toBase64().toStdString() + "\n";
}

} // namespace kim::exchange
