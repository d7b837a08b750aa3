// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <span>

namespace kim {
class Clock;
}
namespace kim::storage {
class Database;
}
namespace kim::exchange {
class Identity;
struct OpenedPackage;
} // namespace kim::exchange

namespace kim::reporting {

enum class ImportResult { Accepted, Replaced, Rejected };

// What became of one file: accepted, accepted in place of the same sender's earlier report
// for that quarter (a correction), or rejected with a translated reason.
struct ImportOutcome {
    QString source; // file name as the user chose it
    ImportResult result = ImportResult::Rejected;
    QString senderName;
    QString period;
    QString reason; // translated; empty when accepted
};

// Stores the content of a package that passed every check; throws ImportReason::Rejection (or
// anything else) to reject it.
using PackageHandler = std::function<ImportResult(const exchange::OpenedPackage&)>;

// The one import both inboxes share: every check of exchange::PackageReader (decrypt, signature,
// registered sender, recipients, replay), then `store` inside the reader's transaction, so a
// rejected package writes nothing. Never throws: the outcome says why a file was rejected.
ImportOutcome importPackage(storage::Database& db, const exchange::Identity& identity, const Clock& clock,
                            std::span<const uint8_t> bytes, const QString& source, const PackageHandler& store);

} // namespace kim::reporting
