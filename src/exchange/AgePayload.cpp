// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/AgePayload.h"

#include "exchange/AgePrimitives.h"
#include "exchange/PackageError.h"

#include "crypto/SecureRandom.h"

#include <botan/aead.h>
#include <botan/exceptn.h>

#include <array>

namespace kim::exchange {

namespace {

std::array<uint8_t, 12> streamNonce(uint64_t counter, bool last) {
    std::array<uint8_t, 12> nonce{};
    for (int i = 0; i < 8; ++i) {
        nonce[10 - i] = static_cast<uint8_t>(counter >> (8 * i));
    }
    nonce[11] = last ? 1 : 0;
    return nonce;
}

std::unique_ptr<Botan::AEAD_Mode> cipherFor(const Botan::secure_vector<uint8_t>& fileKey,
                                            std::span<const uint8_t> nonce, Botan::Cipher_Dir direction) {
    auto cipher = Botan::AEAD_Mode::create_or_throw("ChaCha20Poly1305", direction);
    cipher->set_key(AgePrimitives::hkdfSha256(fileKey, nonce, "payload", 32));
    return cipher;
}

} // namespace

std::vector<uint8_t> AgePayload::encrypt(const Botan::secure_vector<uint8_t>& fileKey, std::span<const uint8_t> plain) {
    const auto nonce = crypto::randomBytes(NonceSize);
    auto cipher = cipherFor(fileKey, nonce, Botan::ENCRYPTION);
    const size_t chunks = plain.empty() ? 1 : (plain.size() + ChunkSize - 1) / ChunkSize;
    std::vector<uint8_t> result(nonce.begin(), nonce.end());
    result.reserve(NonceSize + plain.size() + chunks * TagSize);
    Botan::secure_vector<uint8_t> buffer;
    for (size_t index = 0; index < chunks; ++index) {
        const auto chunk = plain.subspan(index * ChunkSize, std::min(ChunkSize, plain.size() - index * ChunkSize));
        const auto chunkNonce = streamNonce(index, index + 1 == chunks);
        cipher->start(chunkNonce.data(), chunkNonce.size());
        buffer.assign(chunk.begin(), chunk.end());
        cipher->finish(buffer);
        result.insert(result.end(), buffer.begin(), buffer.end());
    }
    return result;
}

Botan::secure_vector<uint8_t> AgePayload::decrypt(const Botan::secure_vector<uint8_t>& fileKey,
                                                  std::span<const uint8_t> payload) {
    if (payload.size() < NonceSize + TagSize) {
        throw PackageError(PackageFailure::Damaged);
    }
    auto cipher = cipherFor(fileKey, payload.first(NonceSize), Botan::DECRYPTION);
    const auto body = payload.subspan(NonceSize);
    constexpr size_t SealedChunk = ChunkSize + TagSize;
    const size_t chunks = (body.size() + SealedChunk - 1) / SealedChunk;
    const size_t lastSize = body.size() - (chunks - 1) * SealedChunk;
    // The last chunk must hold a tag, and may be empty only when it is the only chunk.
    if (lastSize < TagSize || (lastSize == TagSize && chunks > 1)) {
        throw PackageError(PackageFailure::Damaged);
    }
    Botan::secure_vector<uint8_t> plain;
    plain.reserve(body.size() - chunks * TagSize);
    Botan::secure_vector<uint8_t> buffer;
    for (size_t index = 0; index < chunks; ++index) {
        const auto chunk = body.subspan(index * SealedChunk, std::min(SealedChunk, body.size() - index * SealedChunk));
        const auto chunkNonce = streamNonce(index, index + 1 == chunks);
        cipher->start(chunkNonce.data(), chunkNonce.size());
        buffer.assign(chunk.begin(), chunk.end());
        try {
            cipher->finish(buffer);
        } catch (const Botan::Invalid_Authentication_Tag&) {
            throw PackageError(PackageFailure::Damaged);
        }
        plain.insert(plain.end(), buffer.begin(), buffer.end());
    }
    return plain;
}

} // namespace kim::exchange
