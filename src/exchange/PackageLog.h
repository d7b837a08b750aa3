// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace kim::storage {
class Database;
}

namespace kim::exchange {

enum class PackageDirection { Incoming, Outgoing };

// One line of the package log: which package went where, when, to or from whom.
struct PackageLogEntry {
    QString packageId;
    PackageDirection direction = PackageDirection::Incoming;
    QString kind;
    int schemaVersion = 0;
    QStringList peerKeyIds;
    QString peerNames;
    QString period;
    QDateTime recordedAt;
};

// Every package written or read is recorded here (table package_log) for the audit log;
// an incoming package id that is already recorded is a replay.
class PackageLog final {
public:
    explicit PackageLog(storage::Database& db);

    // `recordedAt` must be set, from the caller's clock.
    void record(const PackageLogEntry& entry);
    bool contains(const QString& packageId, PackageDirection direction) const;
    std::vector<PackageLogEntry> entries() const;

private:
    storage::Database& m_db;
};

} // namespace kim::exchange
