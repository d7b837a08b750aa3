// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ContactCard.h"
#include "exchange/PackagePayload.h"

#include <functional>
#include <optional>
#include <span>

namespace kim::exchange {

class Identity;

// A package whose encryption, signature, signer and recipients have all been checked.
struct OpenedPackage {
    PackagePayload payload;
    ContactCard sender;
    QByteArray payloadJson;
};

// The checks of reading a package that need no database: decrypt (age), split, find the
// signer among trusted contacts, verify (minisign), parse the payload, match sender and
// recipients. Separate from PackageReader so the fuzz target can drive it directly.
class PackageOpener final {
public:
    using TrustedContact = std::function<std::optional<ContactCard>(const MinisignPublicKey::KeyId&)>;

    // Throws PackageError with the first check that failed.
    static OpenedPackage open(std::span<const uint8_t> file, const Identity& identity,
                              const TrustedContact& trustedContact);
    // The part after decryption, for the fuzz target and tests.
    static OpenedPackage verifyBundle(std::span<const uint8_t> bundle, const Identity& identity,
                                      const TrustedContact& trustedContact);
};

} // namespace kim::exchange
