// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for everything that parses untrusted exchange input: whole packages
// (age header, stanzas, payload chunks, bundle, signature, JSON payload), contact cards,
// minisign keys and signatures, Bech32. Only PackageError may escape the parsers; any
// other exception, crash or sanitizer report is a finding.
#include "exchange/AgeFile.h"
#include "exchange/Bech32.h"
#include "exchange/ContactCard.h"
#include "exchange/Identity.h"
#include "exchange/MinisignSecretKey.h"
#include "exchange/MinisignSignature.h"
#include "exchange/PackageError.h"
#include "exchange/PackageOpener.h"
#include "exchange/PackagePayload.h"
#include "exchange/AgeX25519.h"

#include <QFile>

#include <cstdlib>
#include <optional>

using namespace kim::exchange;

namespace {

// Deliberately never destroyed: Botan's secure memory pool may be torn down before
// ordinary globals at exit, and freeing a secure_vector then would touch unmapped memory.
const Identity* g_recipient = nullptr;
const ContactCard* g_sender = nullptr;

QByteArray fixture(const char* name) {
    QFile file(QStringLiteral(KIM_FUZZ_DATA "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly)) {
        std::abort(); // the fuzzer must not run without its keys
    }
    return file.readAll();
}

Identity loadIdentity(const char* base) {
    std::optional<Botan::secure_vector<uint8_t>> ageSecret;
    for (const QByteArray& line : fixture((std::string(base) + ".agekey").c_str()).split('\n')) {
        if (line.startsWith("AGE-SECRET-KEY-1")) {
            ageSecret = AgeX25519::decodeIdentity(line.toStdString());
        }
    }
    const QByteArray signing = fixture((std::string(base) + ".minisign.key").c_str());
    return Identity(*ageSecret, MinisignSecretKey::parseFile(signing.toStdString()));
}

void parseOne(uint8_t mode, std::span<const uint8_t> data) {
    const QByteArray bytes(reinterpret_cast<const char*>(data.data()), static_cast<qsizetype>(data.size()));
    const std::string_view text(reinterpret_cast<const char*>(data.data()), data.size());
    const auto lookup = [](const MinisignPublicKey::KeyId& keyId) {
        return keyId == g_sender->signingKey().keyId() ? std::optional(*g_sender) : std::nullopt;
    };
    switch (mode % 8) {
    case 0:
    case 1:
        PackageOpener::open(data, *g_recipient, lookup);
        break;
    case 2:
        PackageOpener::verifyBundle(data, *g_recipient, lookup);
        break;
    case 3:
        PackagePayload::parse(bytes);
        break;
    case 4:
        ContactCard::parse(bytes);
        break;
    case 5:
        MinisignSignature::parse(text);
        MinisignPublicKey::parse(text);
        break;
    case 6:
        MinisignSecretKey::parseFile(text);
        Bech32::decode(text);
        break;
    default:
        AgeFile::inspect(data);
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    g_recipient = new Identity(loadIdentity("recipient"));
    g_sender = new ContactCard(loadIdentity("sender").contactCard());
    return 0;
}

// The first byte chooses the parser, the rest is its input.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) {
        return 0;
    }
    try {
        parseOne(data[0], std::span(data + 1, size - 1));
    } catch (const PackageError&) {
        // expected: hostile input is refused with a reason
    }
    return 0;
}
