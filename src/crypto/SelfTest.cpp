// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SelfTest.h"

#include <botan/aead.h>
#include <botan/argon2.h>
#include <botan/hash.h>
#include <botan/hex.h>

namespace kim::crypto {

namespace {

bool sha256Matches() {
    auto hash = Botan::HashFunction::create_or_throw("SHA-256");
    hash->update("abc");
    return Botan::hex_encode(hash->final(), false) ==
           "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
}

bool argon2idMatches() {
    // RFC 9106, section 5.3.
    const std::vector<uint8_t> salt(16, 0x02), secret(8, 0x03), ad(12, 0x04);
    const std::string password(32, '\x01');
    std::vector<uint8_t> tag(32);
    Botan::argon2(tag.data(), tag.size(), password.data(), password.size(), salt.data(), salt.size(), secret.data(),
                  secret.size(), ad.data(), ad.size(), 2, 4, 32, 3);
    return Botan::hex_encode(tag, false) == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659";
}

bool chacha20Poly1305Matches() {
    // RFC 8439, section 2.8.2.
    const auto key = Botan::hex_decode_locked("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
    const auto nonce = Botan::hex_decode("070000004041424344454647");
    const auto ad = Botan::hex_decode("50515253c0c1c2c3c4c5c6c7");
    const std::string text = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the "
                             "future, sunscreen would be it.";
    auto cipher = Botan::AEAD_Mode::create_or_throw("ChaCha20Poly1305", Botan::ENCRYPTION);
    cipher->set_key(key);
    cipher->set_associated_data_vec(ad);
    cipher->start(nonce);
    Botan::secure_vector<uint8_t> buffer(text.begin(), text.end());
    cipher->finish(buffer);
    const auto hex = Botan::hex_encode(buffer, false);
    return hex.substr(0, 16) == "d31a8d34648e60db" && hex.substr(hex.size() - 32) == "1ae10b594f09e26a7e902ecbd0600691";
}

} // namespace

QStringList runKnownAnswerTests() {
    QStringList failures;
    const auto check = [&failures](const char* name, bool (*test)()) {
        try {
            if (!test()) {
                failures << QString::fromLatin1(name);
            }
        } catch (...) {
            failures << QString::fromLatin1(name);
        }
    };
    check("SHA-256", sha256Matches);
    check("Argon2id", argon2idMatches);
    check("ChaCha20-Poly1305", chacha20Poly1305Matches);
    return failures;
}

} // namespace kim::crypto
