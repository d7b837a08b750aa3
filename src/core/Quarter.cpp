// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Quarter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kim::core {

Quarter Quarter::containing(const QDate& day) {
    return Quarter{day.year(), (day.month() - 1) / 3 + 1};
}

std::optional<Quarter> Quarter::parse(const QString& text) {
    // \z, not $: "2026-Q3\n" is not a quarter.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("(2[0-9]{3})-Q([1-4])")));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return Quarter{match.captured(1).toInt(), match.captured(2).toInt()};
}

QString Quarter::toString() const {
    return QStringLiteral("%1-Q%2").arg(year).arg(quarter);
}

QString Quarter::label() const {
    return QCoreApplication::translate("Quarter", "%1. Quartal %2").arg(quarter).arg(year);
}

QDate Quarter::firstDay() const {
    return QDate(year, (quarter - 1) * 3 + 1, 1);
}

QDate Quarter::lastDay() const {
    return firstDay().addMonths(3).addDays(-1);
}

Quarter Quarter::next() const {
    return quarter == 4 ? Quarter{year + 1, 1} : Quarter{year, quarter + 1};
}

Quarter Quarter::previous() const {
    return quarter == 1 ? Quarter{year - 1, 4} : Quarter{year, quarter - 1};
}

} // namespace kim::core
