// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/AgeFile.h"

#include "exchange/AgeHeader.h"
#include "exchange/AgePayload.h"
#include "exchange/AgeScrypt.h"
#include "exchange/AgeX25519.h"
#include "exchange/PackageError.h"

#include "crypto/SecureRandom.h"

namespace kim::exchange {

namespace {

std::vector<uint8_t> assemble(const std::vector<AgeStanza>& stanzas, const Botan::secure_vector<uint8_t>& fileKey,
                              std::span<const uint8_t> plain) {
    const std::string header = AgeHeader::serialise(stanzas, fileKey);
    std::vector<uint8_t> file(header.begin(), header.end());
    const auto payload = AgePayload::encrypt(fileKey, plain);
    file.insert(file.end(), payload.begin(), payload.end());
    return file;
}

AgeHeader parseBounded(std::span<const uint8_t> file) {
    if (file.size() > AgeFile::MaxFileSize) {
        throw PackageError(PackageFailure::TooLarge);
    }
    if (file.empty()) {
        throw PackageError(PackageFailure::NotAgeFile);
    }
    return AgeHeader::parse(file);
}

Botan::secure_vector<uint8_t> finish(const AgeHeader& header, const Botan::secure_vector<uint8_t>& fileKey,
                                     std::span<const uint8_t> file) {
    if (fileKey.size() != AgeFile::FileKeySize || !header.macMatches(fileKey)) {
        throw PackageError(PackageFailure::Damaged);
    }
    return AgePayload::decrypt(fileKey, file.subspan(header.size()));
}

} // namespace

std::vector<uint8_t> AgeFile::encrypt(std::span<const uint8_t> plain,
                                      const std::vector<std::vector<uint8_t>>& recipients) {
    const auto fileKey = crypto::randomBytes(FileKeySize);
    std::vector<AgeStanza> stanzas;
    for (const auto& recipient : recipients) {
        stanzas.push_back(AgeX25519::wrap(fileKey, recipient));
    }
    return assemble(stanzas, fileKey, plain);
}

std::vector<uint8_t> AgeFile::encryptWithPassphrase(std::span<const uint8_t> plain, const QString& passphrase,
                                                    int workFactor) {
    const auto fileKey = crypto::randomBytes(FileKeySize);
    return assemble({AgeScrypt::wrap(fileKey, passphrase, workFactor)}, fileKey, plain);
}

Botan::secure_vector<uint8_t> AgeFile::decrypt(std::span<const uint8_t> file,
                                               const Botan::secure_vector<uint8_t>& identity) {
    const AgeHeader header = parseBounded(file);
    for (const auto& stanza : header.stanzas()) {
        // The spec forbids mixing a passphrase stanza with others.
        if (stanza.type == "scrypt") {
            throw PackageError(header.stanzas().size() == 1 ? PackageFailure::NotForThisWorkspace
                                                            : PackageFailure::Damaged);
        }
    }
    for (const auto& stanza : header.stanzas()) {
        if (const auto fileKey = AgeX25519::unwrap(stanza, identity)) {
            return finish(header, *fileKey, file);
        }
    }
    throw PackageError(PackageFailure::NotForThisWorkspace);
}

Botan::secure_vector<uint8_t> AgeFile::decryptWithPassphrase(std::span<const uint8_t> file, const QString& passphrase) {
    const AgeHeader header = parseBounded(file);
    if (header.stanzas().size() != 1 || header.stanzas().front().type != "scrypt") {
        throw PackageError(header.stanzas().size() == 1 ? PackageFailure::NotForThisWorkspace
                                                        : PackageFailure::Damaged);
    }
    const auto fileKey = AgeScrypt::unwrap(header.stanzas().front(), passphrase);
    if (!fileKey) {
        throw PackageError(PackageFailure::WrongPassphrase);
    }
    return finish(header, *fileKey, file);
}

AgeFileInfo AgeFile::inspect(std::span<const uint8_t> file) {
    const AgeHeader header = parseBounded(file);
    AgeFileInfo info;
    info.fileSize = file.size();
    info.headerSize = header.size();
    info.payloadSize = file.size() - header.size();
    for (const auto& stanza : header.stanzas()) {
        info.stanzaTypes.push_back(stanza.type);
    }
    return info;
}

} // namespace kim::exchange
