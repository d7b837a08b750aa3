// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Institution.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

// The content of a referral sheet (Überleitungsbogen), reduced in core to exactly what the
// release covers, so the printing code never sees anything it must not print.
struct ReferralSheetData {
    QDate date;
    Institution recipient;
    QDate releaseGivenOn;
    QString purpose;
    QStringList releasedItems;             // labels of what the release covers
    QList<QPair<QString, QString>> client; // label → value, released items only
    QString field;                         // Handlungsfeld, only with "Anliegen"
    QString reason;                        // only with "Anliegen"
    QDate expectedBy;

    // Throws Error(NotFound) for an unknown referral and Error(RuleViolation) when no release
    // for the institution stands today.
    static ReferralSheetData build(storage::Database& db, const Clock& clock, int64_t referralId);
};

} // namespace kim::core
