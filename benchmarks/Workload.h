#pragma once

#include "crypto/PasswordKdf.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace kim::bench {

// What one benchmark vault contains. The same options give the same rows in every
// variant (encrypted, plain, unkeyed): generation is core::generateDemoData, the very
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

// Creates `vaultPath` (which must not exist) and fills it. Returns what it did and how long
// it took: {"generate_s", "topup_s", "clients", "consultations", "file_mib"}.
QJsonObject createWorkload(const QString& vaultPath, const WorkloadOptions& options);

} // namespace kim::bench
