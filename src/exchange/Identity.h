// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ContactCard.h"
#include "exchange/MinisignSecretKey.h"

#include <QString>

#include <botan/secmem.h>

namespace kim::exchange {

// A workspace's exchange identity: the age X25519 secret that opens packages sent to it
// and the minisign key that signs what it sends, plus the profile shown on its contact
// card. Held in memory only while the vault is open; stored by IdentityStore.
class Identity final {
public:
    Identity(Botan::secure_vector<uint8_t> ageSecret, MinisignSecretKey signingKey);
    static Identity generate();

    void setProfile(const QString& name, const QString& role, const QString& organisation);
    ContactCard contactCard() const;

    std::vector<uint8_t> agePublicKey() const;
    MinisignPublicKey signingPublicKey() const { return m_signingKey.publicKey(); }
    QString keyIdText() const { return m_signingKey.publicKey().keyIdText(); }
    const Botan::secure_vector<uint8_t>& ageSecret() const { return m_ageSecret; }
    const MinisignSecretKey& signingKey() const { return m_signingKey; }
    const QString& name() const { return m_name; }
    const QString& role() const { return m_role; }
    const QString& organisation() const { return m_organisation; }

private:
    Botan::secure_vector<uint8_t> m_ageSecret;
    MinisignSecretKey m_signingKey;
    QString m_name;
    QString m_role;
    QString m_organisation;
};

} // namespace kim::exchange
