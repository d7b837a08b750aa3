// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

namespace kim::core {

// A calendar quarter, the finest period that leaves a case manager's vault. Written
// "2026-Q3" in packages and the database.
struct Quarter {
    int year = 2000;
    int quarter = 1; // 1 to 4

    static Quarter containing(const QDate& day);
    // Empty for anything but "YYYY-Qn" with 2000 <= YYYY <= 2999 and n in 1..4.
    static std::optional<Quarter> parse(const QString& text);

    QString toString() const;
    // Translated, e.g. "3. Quartal 2026".
    QString label() const;
    QDate firstDay() const;
    QDate lastDay() const;
    Quarter next() const;
    Quarter previous() const;

    auto operator<=>(const Quarter&) const = default;
    bool operator==(const Quarter&) const = default;
};

} // namespace kim::core
