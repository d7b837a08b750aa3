// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProblemProposal.h"
#include "core/ProblemTables.h"

#include <QJsonObject>
#include <QList>

namespace kim::reporting {

// The content of a "kim.problem-report" package: one case manager's table programme for one
// quarter, plus proposals for new problem types. Codes and counts only (docs/formats.md).
struct ProblemReport {
    static inline const QString Kind = QStringLiteral("kim.problem-report");

    core::ProblemTableSet tables;
    QList<core::ProblemProposal> proposals; // field, title, definition only

    QJsonObject toJson() const;
    // Strict: unknown or missing members, unknown table ids or dimensions, codes that are not
    // codes, negative counts, duplicate cells, key sums that are not 16 hex digits, a period
    // other than `period`: exchange::PackageError(Damaged).
    static ProblemReport fromJson(const QJsonValue& json, const QString& period);
};

} // namespace kim::reporting
