// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProblemTables.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace kim::storage {
class Database;
}

namespace kim::reporting {

// One accepted problem report held by the coordinating office.
struct Submission {
    QString packageId;
    QString senderKeyId;
    QString senderName;
    core::Quarter period;
    QDateTime created;
    QDateTime receivedAt;
    bool superseded = false;
};

// The report a sender's newer one for the same quarter would replace.
struct CurrentSubmission {
    int64_t id = 0;
    QDateTime created;
};

// The coordinating office's store of accepted problem reports and their cells (tables
// office_submissions, office_cells). A superseded report stays, marked with the package that
// replaced it, so the intake list can show the correction; only current reports are merged.
class OfficeSubmissions final {
public:
    explicit OfficeSubmissions(storage::Database& db);

    std::optional<CurrentSubmission> current(const QString& senderKeyId, const core::Quarter& quarter) const;
    int64_t add(const Submission& submission, const core::ProblemTableSet& tables);
    void supersede(int64_t id, const QString& byPackageId);

    std::vector<Submission> all() const;  // newest first
    QList<core::Quarter> periods() const; // quarters with current submissions, oldest first
    int currentCount(const core::Quarter& quarter) const;
    // Exact merge of the current (not superseded) submissions of the quarter.
    core::ProblemTableSet merged(const core::Quarter& quarter) const;

private:
    storage::Database& m_db;
};

} // namespace kim::reporting
