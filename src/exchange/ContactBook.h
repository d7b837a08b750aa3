// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ContactCard.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace kim {
class Clock;
}
namespace kim::storage {
class Database;
}

namespace kim::exchange {

// A contact whose card was trusted after the fingerprint was compared.
struct Contact {
    ContactCard card;
    QDateTime trustedOn;
    std::optional<QDateTime> revokedOn;
};

// The trusted contacts of a workspace. The flow is parse → show fingerprint → trust():
// nothing is stored before the user confirmed. Revoked contacts stay listed (for the
// audit trail) but no longer count as signers or recipients.
class ContactBook final {
public:
    ContactBook(storage::Database& db, const Clock& clock);

    // Stores the card, or refreshes name, role and organisation of the same keys; a
    // revoked contact becomes trusted again. Throws Error(RuleViolation) when another
    // contact with the same key id but different keys exists.
    void trust(const ContactCard& card);
    // Throws Error(NotFound) for an unknown key id.
    void revoke(const QString& keyIdText);

    std::vector<Contact> contacts() const;
    // Only trusted, not revoked contacts.
    std::optional<ContactCard> findTrusted(const MinisignPublicKey::KeyId& keyId) const;

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::exchange
