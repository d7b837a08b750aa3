// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/IdentityStore.h"

#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <botan/mem_ops.h>

#include <algorithm>

namespace kim::exchange {

namespace {

QByteArray toByteArray(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

Botan::secure_vector<uint8_t> takeSecret(QByteArray bytes) {
    Botan::secure_vector<uint8_t> secret(bytes.begin(), bytes.end());
    Botan::secure_scrub_memory(bytes.data(), static_cast<size_t>(bytes.size()));
    return secret;
}

void insert(storage::Database& db, const Identity& identity, const Clock& clock) {
    const auto& signing = identity.signingKey();
    QByteArray ageSecret = toByteArray(identity.ageSecret().data(), identity.ageSecret().size());
    QByteArray signSecret = toByteArray(signing.secret().data(), signing.secret().size());
    db.prepare(QStringLiteral("INSERT INTO exchange_identity(id, age_secret, sign_secret, sign_key_id, created) "
                              "VALUES (1, ?1, ?2, ?3, ?4)"))
        .bind(1, ageSecret)
        .bind(2, signSecret)
        .bind(3, toByteArray(signing.keyId().data(), signing.keyId().size()))
        .bind(4, clock.now().toString(Qt::ISODate))
        .run();
    Botan::secure_scrub_memory(ageSecret.data(), static_cast<size_t>(ageSecret.size()));
    Botan::secure_scrub_memory(signSecret.data(), static_cast<size_t>(signSecret.size()));
}

} // namespace

Identity IdentityStore::ensure(storage::Database& db, const Clock& clock) {
    if (auto existing = load(db)) {
        return std::move(*existing);
    }
    storage::Transaction transaction(db);
    Identity identity = Identity::generate();
    insert(db, identity, clock);
    transaction.commit();
    return identity;
}

std::optional<Identity> IdentityStore::load(storage::Database& db) {
    auto statement = db.prepare(QStringLiteral(
        "SELECT age_secret, sign_secret, sign_key_id, name, role, organisation FROM exchange_identity WHERE id = 1"));
    if (!statement.step()) {
        return std::nullopt;
    }
    const QByteArray keyIdBytes = statement.blob(2);
    MinisignPublicKey::KeyId keyId{};
    std::copy_n(keyIdBytes.constData(), std::min<qsizetype>(keyIdBytes.size(), 8), keyId.begin());
    Identity identity(takeSecret(statement.blob(0)), MinisignSecretKey(keyId, takeSecret(statement.blob(1))));
    identity.setProfile(statement.text(3), statement.text(4), statement.text(5));
    return identity;
}

void IdentityStore::setProfile(storage::Database& db, const QString& name, const QString& role,
                               const QString& organisation) {
    db.prepare(QStringLiteral("UPDATE exchange_identity SET name = ?1, role = ?2, organisation = ?3 WHERE id = 1"))
        .bind(1, name.trimmed())
        .bind(2, role.trimmed())
        .bind(3, organisation.trimmed())
        .run();
}

} // namespace kim::exchange
