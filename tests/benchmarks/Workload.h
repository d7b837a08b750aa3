// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/PasswordKdf.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace kim::storage {
class Database;
}

namespace kim::bench {

// What one benchmark vault contains. The same options give the same rows in every
// variant (encrypted, plain): generation is demo::generateDemoData, the very
// generator behind --demo, plus ConsultationTopUp for a heavier consultation history.
struct WorkloadOptions {
    int clients = 1000;
    uint32_t seed = 2026;
    int consultationsPerCase = 20;   // average after the top-up; the demo alone gives about 8
    QDate today = QDate(2026, 3, 2); // fixed, so that due dates do not drift between runs
};

// The password and KDF cost of every benchmark vault: the design's floor (64 MiB, 3 passes),
// not a calibrated value, so unlock times are comparable between machines.
QString benchmarkPassword();
crypto::KdfParams benchmarkKdf();

// What the benchmarks type: three letters of each surname the generator uses (the filter),
// and words from the demo's note fragments from very frequent to absent (the search).
QStringList filterTexts();
const QStringList& searchWords();

// Clients whose latest case is open and whose consent stands: where a consultation can be
// saved. Ascending ids.
std::vector<int64_t> clientsWithWritableCase(storage::Database& db);

// Creates `vaultPath` (which must not exist) and fills it. Returns what it did and how long
// it took: {"generate_s", "topup_s", "clients", "consultations", "file_mib"}.
QJsonObject createWorkload(const QString& vaultPath, const WorkloadOptions& options);

} // namespace kim::bench
