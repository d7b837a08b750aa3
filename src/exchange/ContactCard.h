// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/MinisignPublicKey.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace kim::exchange {

// The public half of a workspace identity, as a small file that travels by e-mail or
// stick: who it is (name, role, organisation) and the age and minisign public keys.
// The fingerprint binds both keys and is read aloud on the phone before trusting.
class ContactCard final {
public:
    static constexpr qsizetype MaxFileSize = 16 * 1024;

    ContactCard(QString name, QString role, QString organisation, std::vector<uint8_t> agePublicKey,
                MinisignPublicKey signingKey);

    // Throws PackageError(InvalidContactCard | UnsupportedVersion | TooLarge).
    static ContactCard parse(const QByteArray& fileText);
    QByteArray fileText() const;

    // SHA-256 over both public keys, first 128 bits as 8 groups of 4 upper-case hex digits.
    QString fingerprint() const;
    QString ageRecipient() const;
    QString keyIdText() const { return m_signingKey.keyIdText(); }

    const QString& name() const { return m_name; }
    const QString& role() const { return m_role; }
    const QString& organisation() const { return m_organisation; }
    const std::vector<uint8_t>& agePublicKey() const { return m_agePublicKey; }
    const MinisignPublicKey& signingKey() const { return m_signingKey; }

private:
    QString m_name;
    QString m_role;
    QString m_organisation;
    std::vector<uint8_t> m_agePublicKey;
    MinisignPublicKey m_signingKey;
};

} // namespace kim::exchange
