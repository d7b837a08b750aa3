// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Identity.h"

#include "exchange/AgeX25519.h"
#include "exchange/PackageError.h"

namespace kim::exchange {

Identity::Identity(Botan::secure_vector<uint8_t> ageSecret, MinisignSecretKey signingKey)
    : m_ageSecret(std::move(ageSecret))
    , m_signingKey(std::move(signingKey)) {
    if (m_ageSecret.size() != AgeX25519::KeySize) {
        throw PackageError(PackageFailure::InvalidKey);
    }
}

Identity Identity::generate() {
    return Identity(AgeX25519::generateSecret(), MinisignSecretKey::generate());
}

void Identity::setProfile(const QString& name, const QString& role, const QString& organisation) {
    m_name = name;
    m_role = role;
    m_organisation = organisation;
}

ContactCard Identity::contactCard() const {
    return ContactCard(m_name, m_role, m_organisation, agePublicKey(), signingPublicKey());
}

std::vector<uint8_t> Identity::agePublicKey() const {
    return AgeX25519::publicKey(m_ageSecret);
}

} // namespace kim::exchange
