// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/PackageWriter.h"

#include "exchange/Identity.h"
#include "exchange/PackageLog.h"
#include "exchange/PackageSealer.h"

#include "storage/Savepoint.h"

namespace kim::exchange {

PackageWriter::PackageWriter(storage::Database& db, const Identity& identity)
    : m_db(db)
    , m_identity(identity) {}

std::vector<uint8_t> PackageWriter::write(const QString& kind, const QString& period, const QJsonValue& content,
                                          const std::vector<ContactCard>& recipients, const QDateTime& created,
                                          const Record& record) {
    PackagePayload payload;
    payload.kind = kind;
    payload.id = QUuid::createUuid();
    payload.created = created.toUTC();
    payload.period = period;
    payload.content = content;
    auto package = PackageSealer::seal(payload, m_identity, recipients);

    QStringList names;
    for (const auto& card : recipients) {
        names << card.name();
    }
    storage::Savepoint savepoint(m_db);
    PackageLogEntry entry;
    entry.packageId = payload.id.toString(QUuid::WithoutBraces);
    entry.direction = PackageDirection::Outgoing;
    entry.kind = payload.kind;
    entry.schemaVersion = payload.schemaVersion;
    entry.peerKeyIds = payload.recipientKeyIds;
    entry.peerNames = names.join(QStringLiteral(", "));
    entry.period = payload.period;
    entry.recordedAt = payload.created;
    PackageLog(m_db).record(entry);
    if (record) {
        record(entry.packageId);
    }
    savepoint.release();
    return package;
}

} // namespace kim::exchange
