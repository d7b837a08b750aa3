// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ContactCard.h"
#include "exchange/PackagePayload.h"

#include <vector>

namespace kim::exchange {

class Identity;

// Signs a payload with the workspace's minisign key and encrypts payload + signature with
// age to every recipient. Fills in sender and recipient key ids, so they are signed too.
class PackageSealer final {
public:
    static constexpr size_t MaxRecipients = 32;

    // Throws PackageError(TooLarge) for an oversized payload or too many recipients.
    static std::vector<uint8_t> seal(PackagePayload& payload, const Identity& sender,
                                     const std::vector<ContactCard>& recipients);
};

} // namespace kim::exchange
