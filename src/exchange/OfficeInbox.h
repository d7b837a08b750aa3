#pragma once

#include "core/ProblemTables.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <span>
#include <vector>

namespace kim::storage {
class Database;
}
namespace kim::core {
class Clock;
}

namespace kim::exchange {

class Identity;

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

// One accepted problem report held by the coordinating office (tables office_submissions,
// office_cells).
struct Submission {
    QString packageId;
    QString senderKeyId;
    QString senderName;
    core::Quarter period;
    QDateTime created;
    QDateTime receivedAt;
    bool superseded = false;
};

// The coordinating office's intake of problem reports. Each package goes through every
// check of PackageReader (decrypt, signature, registered sender, recipients, replay), then
// its content is validated; a rejected package writes nothing. One owner per case per
// quarter: a newer report of the same sender for the same quarter replaces the older one,
// an older one is rejected. Proposals it carries are stored for review.
class OfficeInbox final {
public:
    OfficeInbox(storage::Database& db, const Identity& identity, const core::Clock& clock);

    // Never throws for a bad package: the outcome says why it was rejected.
    ImportOutcome importPackage(std::span<const uint8_t> bytes, const QString& source);

    std::vector<Submission> submissions() const; // newest first
    QList<core::Quarter> periods() const;        // quarters with current submissions, oldest first
    int currentSubmissionCount(const core::Quarter& quarter) const;
    // Exact merge of the current (not superseded) submissions of the quarter.
    core::ProblemTableSet merged(const core::Quarter& quarter) const;

private:
    storage::Database& m_db;
    const Identity& m_identity;
    const core::Clock& m_clock;
};

} // namespace kim::exchange
