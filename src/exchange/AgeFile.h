// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <botan/secmem.h>

#include <span>
#include <string>
#include <vector>

namespace kim::exchange {

// What can be learnt about an age file without any key.
struct AgeFileInfo {
    size_t fileSize = 0;
    size_t headerSize = 0;
    size_t payloadSize = 0; // nonce and sealed chunks
    std::vector<std::string> stanzaTypes;
};

// Whole age v1 files in memory: encryption to X25519 recipients or a passphrase, and
// decryption that checks the stanza, the header MAC and every payload chunk.
class AgeFile final {
public:
    static constexpr size_t MaxFileSize = 256 * 1024 * 1024;
    static constexpr size_t FileKeySize = 16;

    static std::vector<uint8_t> encrypt(std::span<const uint8_t> plain,
                                        const std::vector<std::vector<uint8_t>>& recipients);
    static std::vector<uint8_t> encryptWithPassphrase(std::span<const uint8_t> plain, const QString& passphrase,
                                                      int workFactor);

    // Throws PackageError(TooLarge | NotAgeFile | UnsupportedVersion | Damaged | NotForThisWorkspace).
    static Botan::secure_vector<uint8_t> decrypt(std::span<const uint8_t> file,
                                                 const Botan::secure_vector<uint8_t>& identity);
    // Throws as decrypt(), with WrongPassphrase instead of NotForThisWorkspace.
    static Botan::secure_vector<uint8_t> decryptWithPassphrase(std::span<const uint8_t> file,
                                                               const QString& passphrase);
    static AgeFileInfo inspect(std::span<const uint8_t> file);
};

} // namespace kim::exchange
