// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/PackageImport.h"

#include "reporting/ImportReason.h"

#include "exchange/PackageReader.h"

namespace kim::reporting {

ImportOutcome importPackage(storage::Database& db, const exchange::Identity& identity, const Clock& clock,
                            std::span<const uint8_t> bytes, const QString& source, const PackageHandler& store) {
    ImportOutcome outcome;
    outcome.source = source;
    try {
        exchange::PackageReader(db, identity, clock).import(bytes, [&](const exchange::OpenedPackage& opened) {
            outcome.senderName = opened.sender.name();
            outcome.period = opened.payload.period;
            outcome.result = store(opened);
        });
    } catch (...) {
        outcome.result = ImportResult::Rejected;
        outcome.reason = ImportReason::of(std::current_exception());
    }
    return outcome;
}

} // namespace kim::reporting
