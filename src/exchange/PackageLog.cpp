// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/PackageLog.h"

#include "storage/Database.h"

namespace kim::exchange {

namespace {

QString directionName(PackageDirection direction) {
    return direction == PackageDirection::Incoming ? QStringLiteral("in") : QStringLiteral("out");
}

} // namespace

PackageLog::PackageLog(storage::Database& db)
    : m_db(db) {}

void PackageLog::record(const PackageLogEntry& entry) {
    Q_ASSERT(entry.recordedAt.isValid()); // the writer and the reader date it from their clock
    const QDateTime at = entry.recordedAt.toUTC();
    m_db.prepare(QStringLiteral("INSERT INTO package_log(package_id, direction, kind, schema_version, peers, "
                                "peer_names, period, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
        .bind(1, entry.packageId)
        .bind(2, directionName(entry.direction))
        .bind(3, entry.kind)
        .bind(4, entry.schemaVersion)
        .bind(5, entry.peerKeyIds.join(QLatin1Char(' ')))
        .bind(6, entry.peerNames)
        .bind(7, entry.period)
        .bind(8, at.toUTC().toString(Qt::ISODateWithMs))
        .run();
}

bool PackageLog::contains(const QString& packageId, PackageDirection direction) const {
    auto statement = m_db.prepare(QStringLiteral("SELECT 1 FROM package_log WHERE package_id = ?1 AND direction = ?2"));
    statement.bind(1, packageId).bind(2, directionName(direction));
    return statement.step();
}

std::vector<PackageLogEntry> PackageLog::entries() const {
    auto statement = m_db.prepare(QStringLiteral("SELECT package_id, direction, kind, schema_version, peers, "
                                                 "peer_names, period, recorded_at FROM package_log ORDER BY id"));
    std::vector<PackageLogEntry> result;
    while (statement.step()) {
        PackageLogEntry entry;
        entry.packageId = statement.text(0);
        entry.direction =
            statement.text(1) == QLatin1String("in") ? PackageDirection::Incoming : PackageDirection::Outgoing;
        entry.kind = statement.text(2);
        entry.schemaVersion = statement.integer(3);
        entry.peerKeyIds = statement.text(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        entry.peerNames = statement.text(5);
        entry.period = statement.text(6);
        entry.recordedAt = QDateTime::fromString(statement.text(7), Qt::ISODateWithMs);
        result.push_back(std::move(entry));
    }
    return result;
}

} // namespace kim::exchange
