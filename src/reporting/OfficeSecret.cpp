// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/OfficeSecret.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "crypto/SecureRandom.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <botan/mem_ops.h>

namespace kim::reporting {

Botan::secure_vector<uint8_t> OfficeSecret::ensure(storage::Database& db, const Clock& clock) {
    auto select = db.prepare(QStringLiteral("SELECT secret FROM office_secret WHERE id = 1"));
    if (select.step()) {
        QByteArray stored = select.blob(0);
        Botan::secure_vector<uint8_t> secret(stored.begin(), stored.end());
        Botan::secure_scrub_memory(stored.data(), static_cast<size_t>(stored.size()));
        if (secret.size() != Size) {
            throw Error(ErrorCode::DamagedDatabase,
                        QCoreApplication::translate("OfficeSecret", "Der geheime Schlüssel für die Geheimhaltung in "
                                                                    "dieser Arbeitsmappe ist beschädigt."));
        }
        return secret;
    }
    auto secret = crypto::randomBytes(Size);
    QByteArray bytes(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
    db.prepare(QStringLiteral("INSERT INTO office_secret(id, secret, created) VALUES (1, ?1, ?2)"))
        .bind(1, bytes)
        .bind(2, clock.now().toString(Qt::ISODate))
        .run();
    Botan::secure_scrub_memory(bytes.data(), static_cast<size_t>(bytes.size()));
    return secret;
}

} // namespace kim::reporting
