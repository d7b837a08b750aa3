// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/PackageOpener.h"

#include "exchange/AgeFile.h"
#include "exchange/Identity.h"
#include "exchange/PackageBundle.h"
#include "exchange/PackageError.h"

namespace kim::exchange {

OpenedPackage PackageOpener::open(std::span<const uint8_t> file, const Identity& identity,
                                  const TrustedContact& trustedContact) {
    const auto bundle = AgeFile::decrypt(file, identity.ageSecret());
    return verifyBundle(bundle, identity, trustedContact);
}

OpenedPackage PackageOpener::verifyBundle(std::span<const uint8_t> bundle, const Identity& identity,
                                          const TrustedContact& trustedContact) {
    const auto parts = PackageBundle::split(bundle);
    const auto sender = trustedContact(parts.signature.keyId());
    if (!sender) {
        throw PackageError(PackageFailure::SignerUnknown);
    }
    if (!parts.signature.verify(sender->signingKey(), parts.payload)) {
        throw PackageError(PackageFailure::SignatureInvalid);
    }
    if (parts.payload.size() > static_cast<size_t>(PackagePayload::MaxSize)) {
        throw PackageError(PackageFailure::TooLarge);
    }
    QByteArray json(reinterpret_cast<const char*>(parts.payload.data()), static_cast<qsizetype>(parts.payload.size()));
    PackagePayload payload = PackagePayload::parse(json);
    // The signed payload must name the key that signed it, and this workspace as a recipient.
    if (payload.senderKeyId != sender->keyIdText()) {
        throw PackageError(PackageFailure::SignatureInvalid);
    }
    if (!payload.recipientKeyIds.contains(identity.keyIdText())) {
        throw PackageError(PackageFailure::RecipientMismatch);
    }
    return OpenedPackage{std::move(payload), *sender, std::move(json)};
}

} // namespace kim::exchange
