// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ContactBook.h"

#include "exchange/AgeX25519.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace kim::exchange {

namespace {

const QString Columns =
    QStringLiteral("name, role, organisation, age_recipient, minisign_public, trusted_on, revoked_on");

std::optional<Contact> contactFrom(const storage::Statement& row) {
    const auto agePublicKey = AgeX25519::decodeRecipient(row.text(3).toStdString());
    const auto signingKey = MinisignPublicKey::parse(row.text(4).toStdString());
    if (!agePublicKey || !signingKey) {
        return std::nullopt; // a row that no longer parses never counts as trusted
    }
    std::optional<QDateTime> revoked;
    if (!row.isNull(6)) {
        revoked = QDateTime::fromString(row.text(6), Qt::ISODate);
    }
    return Contact{ContactCard(row.text(0), row.text(1), row.text(2), *agePublicKey, *signingKey),
                   QDateTime::fromString(row.text(5), Qt::ISODate), revoked};
}

} // namespace

ContactBook::ContactBook(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

void ContactBook::trust(const ContactCard& card) {
    auto existing =
        m_db.prepare(QStringLiteral("SELECT age_recipient, minisign_public FROM contacts WHERE key_id = ?1"));
    existing.bind(1, card.keyIdText());
    const QString now = m_clock.now().toString(Qt::ISODate);
    if (existing.step()) {
        if (existing.text(0) != card.ageRecipient() || existing.text(1) != card.signingKey().base64()) {
            throw Error(ErrorCode::RuleViolation,
                        QCoreApplication::translate(
                            "ContactBook",
                            "Es gibt schon einen Kontakt mit derselben Schlüsselkennung, aber anderen Schlüsseln. "
                            "Bitte prüfen Sie die Kontaktkarte."));
        }
        m_db.prepare(QStringLiteral("UPDATE contacts SET name = ?1, role = ?2, organisation = ?3, trusted_on = ?4, "
                                    "revoked_on = NULL WHERE key_id = ?5"))
            .bind(1, card.name())
            .bind(2, card.role())
            .bind(3, card.organisation())
            .bind(4, now)
            .bind(5, card.keyIdText())
            .run();
        return;
    }
    m_db.prepare(QStringLiteral("INSERT INTO contacts(key_id, name, role, organisation, age_recipient, "
                                "minisign_public, fingerprint, trusted_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
        .bind(1, card.keyIdText())
        .bind(2, card.name())
        .bind(3, card.role())
        .bind(4, card.organisation())
        .bind(5, card.ageRecipient())
        .bind(6, card.signingKey().base64())
        .bind(7, card.fingerprint())
        .bind(8, now)
        .run();
}

void ContactBook::revoke(const QString& keyIdText) {
    m_db.prepare(QStringLiteral("UPDATE contacts SET revoked_on = ?1 WHERE key_id = ?2 AND revoked_on IS NULL"))
        .bind(1, m_clock.now().toString(Qt::ISODate))
        .bind(2, keyIdText.toUpper())
        .run();
    if (m_db.changes() == 0) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("ContactBook",
                                                "Der Kontakt wurde nicht gefunden oder ist bereits widerrufen."));
    }
}

std::vector<Contact> ContactBook::contacts() const {
    auto statement = m_db.prepare(QStringLiteral("SELECT %1 FROM contacts ORDER BY name COLLATE NOCASE").arg(Columns));
    std::vector<Contact> result;
    while (statement.step()) {
        if (auto contact = contactFrom(statement)) {
            result.push_back(std::move(*contact));
        }
    }
    return result;
}

std::optional<ContactCard> ContactBook::findTrusted(const MinisignPublicKey::KeyId& keyId) const {
    auto statement =
        m_db.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE key_id = ?1 AND revoked_on IS NULL").arg(Columns));
    statement.bind(1, MinisignPublicKey::keyIdText(keyId));
    if (!statement.step()) {
        return std::nullopt;
    }
    auto contact = contactFrom(statement);
    // The stored key must carry the id it was looked up by.
    if (!contact || contact->card.signingKey().keyId() != keyId) {
        return std::nullopt;
    }
    return contact->card;
}

} // namespace kim::exchange
