// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ContactCard.h"

#include <QDateTime>
#include <QJsonValue>

#include <functional>
#include <vector>

namespace kim::storage {
class Database;
}

namespace kim::exchange {

class Identity;

// Builds a package for trusted contacts and records it in the package log. The caller
// saves the returned bytes (atomically, e.g. with QSaveFile).
class PackageWriter final {
public:
    // The caller's own bookkeeping for the package (e.g. marking what it carries as sent),
    // run in the same transaction as the log entry; it gets the new package id.
    using Record = std::function<void(const QString& packageId)>;

    PackageWriter(storage::Database& db, const Identity& identity);

    // `created` comes from the caller's injected clock (Clock::now()). If `record` throws,
    // neither the log entry nor its writes are kept. Nests inside a caller's transaction, so the
    // caller can keep the log entry only if saving the file succeeds.
    std::vector<uint8_t> write(const QString& kind, const QString& period, const QJsonValue& content,
                               const std::vector<ContactCard>& recipients, const QDateTime& created,
                               const Record& record = {});

private:
    storage::Database& m_db;
    const Identity& m_identity;
};

} // namespace kim::exchange
