// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

namespace kim::core {

// The period a caseload report covers: a calendar month (the default) or a quarter. Written
// "2026-11" or "2026-Q4" in packages and the database.
struct ReportingPeriod {
    enum class Length { Month, Quarter };

    Length length = Length::Month;
    int year = 2000;
    int number = 1; // month 1..12 or quarter 1..4

    static ReportingPeriod month(int year, int month);
    static ReportingPeriod quarter(int year, int quarter);
    static ReportingPeriod containing(const QDate& day, Length length);
    // Empty for anything but "YYYY-MM" or "YYYY-Qn" with 2000 <= YYYY <= 2999.
    static std::optional<ReportingPeriod> parse(const QString& text);

    QString toString() const;
    // Translated, e.g. "November 2026" or "4. Quartal 2026".
    QString label() const;
    QDate firstDay() const;
    QDate lastDay() const;
    ReportingPeriod next() const;
    ReportingPeriod previous() const;

    // Months before quarters of the same year are not meaningful; order by first day, then length.
    std::strong_ordering operator<=>(const ReportingPeriod& other) const;
    bool operator==(const ReportingPeriod&) const = default;
};

} // namespace kim::core
