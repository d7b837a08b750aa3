// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/PackageReader.h"

#include "base/Clock.h"
#include "exchange/ContactBook.h"
#include "exchange/Identity.h"
#include "exchange/PackageError.h"
#include "exchange/PackageLog.h"

#include "storage/Transaction.h"

namespace kim::exchange {

PackageReader::PackageReader(storage::Database& db, const Identity& identity, const Clock& clock)
    : m_db(db)
    , m_identity(identity)
    , m_clock(clock) {}

OpenedPackage PackageReader::read(std::span<const uint8_t> file) const {
    const ContactBook contacts(m_db, m_clock);
    auto opened = PackageOpener::open(
        file, m_identity, [&contacts](const MinisignPublicKey::KeyId& keyId) { return contacts.findTrusted(keyId); });
    if (PackageLog(m_db).contains(opened.payload.id.toString(QUuid::WithoutBraces), PackageDirection::Incoming)) {
        throw PackageError(PackageFailure::AlreadyImported);
    }
    return opened;
}

OpenedPackage PackageReader::import(std::span<const uint8_t> file, const Apply& apply) {
    storage::Transaction transaction(m_db);
    auto opened = read(file);
    if (apply) {
        apply(opened);
    }
    PackageLogEntry entry;
    entry.packageId = opened.payload.id.toString(QUuid::WithoutBraces);
    entry.direction = PackageDirection::Incoming;
    entry.kind = opened.payload.kind;
    entry.schemaVersion = opened.payload.schemaVersion;
    entry.peerKeyIds = {opened.sender.keyIdText()};
    entry.peerNames = opened.sender.name();
    entry.period = opened.payload.period;
    entry.recordedAt = m_clock.now();
    PackageLog(m_db).record(entry);
    transaction.commit();
    return opened;
}

} // namespace kim::exchange
