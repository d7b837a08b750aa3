// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CaseloadFigures.h"

#include <botan/secmem.h>

#include <QJsonObject>
#include <QList>
#include <QPair>

#include <map>
#include <optional>
#include <vector>

namespace kim::reporting {

// An alert row as it leaves the case manager's vault: a per-period pseudonym instead of the
// case, durations as week bands, counts. A band (weeks 0-1, 2-3, 4-7, 8-12, 13-25, 26-51, 52 and
// more; sent as its first week) keeps a row from growing by exactly four or five weeks from one
// month to the next, which would let the supervisor follow a case across periods by its numbers,
// and no date finer than the week can be inferred.
struct CaseloadReportAlert {
    QString pseudonym; // "P-7F3A2C"
    core::Phase phase = core::Phase::Clarification;
    int reasons = 0;           // core::AlertReason bits
    int weeksSinceContact = 0; // first week of the band
    int weeksInPhase = 0;      // first week of the band
    int overdueFollowUps = 0;
    int overdueReferrals = 0;

    bool operator==(const CaseloadReportAlert&) const = default;

    // The band of a duration in days, as its first week.
    static int weekBand(int days);
    static bool isWeekBand(int weeks);
    // How a band reads: "8–12 Wochen", "52 Wochen und mehr".
    static QString weeksText(int band);
};

// The content of a "kim.caseload-report" package (docs/formats.md): one case manager's
// caseload figures for one month or quarter, the team's rules they were computed with, and
// the alert rows. A count of a suppressed breakdown below the rules' threshold is empty
// (published as "< threshold"). No names, case codes, notes, dates or staff activity times.
struct CaseloadReport {
    static inline const QString Kind = QStringLiteral("kim.caseload-report");
    static constexpr int FormatVersion = 1;

    core::ReportingPeriod period;
    int definitionsVersion = core::CaseloadDefinitions::CurrentVersion;
    int revision = 1; // 1 + the reports this vault sent for the period before; orders same-day reports
    core::CaseloadRules rules;
    std::map<QString, std::map<QString, std::optional<int>>> values; // every figure and key of the definitions
    std::vector<CaseloadReportAlert> alerts;                         // sorted by pseudonym

    std::optional<int> value(const QString& figureId, const QString& key = QStringLiteral("total")) const;
    // How a count reads wherever it is shown (preview, dashboards, PDF, CSV): the number, or
    // "gesperrt" for a suppressed one (a small count, or one hidden so it cannot be recomputed).
    static QString countText(const std::optional<int>& count);

    QJsonObject toJson() const;
    // Strict: unknown or missing members, unknown figures or keys, negative counts, a suppressed
    // count where the definition does not suppress, an exact count 1 .. threshold-1 where it
    // does, malformed pseudonyms, rows not sorted by pseudonym (two equal ones are a 24-bit
    // collision and allowed), unknown phases or reason bits, a period other than `period`:
    // exchange::PackageError(Damaged); a newer format or definitions version:
    // PackageError(UnsupportedVersion).
    static CaseloadReport fromJson(const QJsonValue& json, const QString& period);
};

// What the export wizard shows and then sends: the report, and (staying in the vault) which
// case each alert pseudonym stands for, so the case manager can resolve it later.
struct PreparedCaseloadReport {
    CaseloadReport report;
    QList<QPair<QString, int64_t>> casesOfPseudonyms;
};

// Suppresses the small counts and pseudonymises the alerts of exact figures.
PreparedCaseloadReport prepareCaseloadReport(const core::CaseloadFigures& figures,
                                             const Botan::secure_vector<uint8_t>& pseudonymKey, int revision);

} // namespace kim::reporting
