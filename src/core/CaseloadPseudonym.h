// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReportingPeriod.h"

#include <botan/secmem.h>

#include <QList>
#include <QPair>
#include <QString>

#include <cstdint>
#include <vector>

namespace kim::storage {
class Database;
}

namespace kim::core {

// "P-7F3A2C": the first 24 bits of HMAC-SHA-256(pseudonym key, "kim-caseload-pseudonym-v1" ‖ period
// text ‖ case id as 8 bytes big-endian), in upper-case hex. Keyed per period, so pseudonyms of
// one case in two periods are unrelated for anyone without the key.
namespace CaseloadPseudonym {
QString of(const Botan::secure_vector<uint8_t>& key, const ReportingPeriod& period, int64_t caseId);
struct ResolvedPseudonym {
    int64_t caseId = 0;
    ReportingPeriod period;
};
// Remembers which case each alert pseudonym of a sent report stands for (table
// caseload_sent_pseudonyms), inside the caller's transaction.
void recordSent(storage::Database& db, const QString& packageId, const ReportingPeriod& period,
                const QList<QPair<QString, int64_t>>& pseudonymToCase);
// The cases a pseudonym from a sent report stands for, newest period first (usually one; a
// 24-bit code can collide). Case-insensitive, the "P-" optional; empty for an unknown one.
std::vector<ResolvedPseudonym> resolve(storage::Database& db, const QString& pseudonym);
// Whether text looks like a pseudonym ("P-" followed by six hex digits, any case).
bool looksLikePseudonym(const QString& text);
} // namespace CaseloadPseudonym

} // namespace kim::core
