// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReportingPeriod.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kim::core {

namespace {

QString monthName(int month) {
    switch (month) {
    case 1:
        return QCoreApplication::translate("ReportingPeriod", "Januar");
    case 2:
        return QCoreApplication::translate("ReportingPeriod", "Februar");
    case 3:
        return QCoreApplication::translate("ReportingPeriod", "März");
    case 4:
        return QCoreApplication::translate("ReportingPeriod", "April");
    case 5:
        return QCoreApplication::translate("ReportingPeriod", "Mai");
    case 6:
        return QCoreApplication::translate("ReportingPeriod", "Juni");
    case 7:
        return QCoreApplication::translate("ReportingPeriod", "Juli");
    case 8:
        return QCoreApplication::translate("ReportingPeriod", "August");
    case 9:
        return QCoreApplication::translate("ReportingPeriod", "September");
    case 10:
        return QCoreApplication::translate("ReportingPeriod", "Oktober");
    case 11:
        return QCoreApplication::translate("ReportingPeriod", "November");
    default:
        return QCoreApplication::translate("ReportingPeriod", "Dezember");
    }
}

} // namespace

ReportingPeriod ReportingPeriod::month(int year, int month) {
    return ReportingPeriod{Length::Month, year, month};
}

ReportingPeriod ReportingPeriod::quarter(int year, int quarter) {
    return ReportingPeriod{Length::Quarter, year, quarter};
}

ReportingPeriod ReportingPeriod::containing(const QDate& day, Length length) {
    return length == Length::Month ? month(day.year(), day.month()) : quarter(day.year(), (day.month() - 1) / 3 + 1);
}

std::optional<ReportingPeriod> ReportingPeriod::parse(const QString& text) {
    // Anchored: "2026-11\n" is not a period.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("(2[0-9]{3})-(?:(0[1-9]|1[0-2])|Q([1-4]))")));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int year = match.captured(1).toInt();
    if (match.hasCaptured(2) && !match.captured(2).isEmpty()) {
        return month(year, match.captured(2).toInt());
    }
    return quarter(year, match.captured(3).toInt());
}

QString ReportingPeriod::toString() const {
    if (length == Length::Month) {
        return QStringLiteral("%1-%2").arg(year).arg(number, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1-Q%2").arg(year).arg(number);
}

QString ReportingPeriod::label() const {
    if (length == Length::Month) {
        return QCoreApplication::translate("ReportingPeriod", "%1 %2").arg(monthName(number)).arg(year);
    }
    return QCoreApplication::translate("ReportingPeriod", "%1. Quartal %2").arg(number).arg(year);
}

QDate ReportingPeriod::firstDay() const {
    return length == Length::Month ? QDate(year, number, 1) : QDate(year, (number - 1) * 3 + 1, 1);
}

QDate ReportingPeriod::lastDay() const {
    return firstDay().addMonths(length == Length::Month ? 1 : 3).addDays(-1);
}

ReportingPeriod ReportingPeriod::next() const {
    const int count = length == Length::Month ? 12 : 4;
    return number == count ? ReportingPeriod{length, year + 1, 1} : ReportingPeriod{length, year, number + 1};
}

ReportingPeriod ReportingPeriod::previous() const {
    const int count = length == Length::Month ? 12 : 4;
    return number == 1 ? ReportingPeriod{length, year - 1, count} : ReportingPeriod{length, year, number - 1};
}

std::strong_ordering ReportingPeriod::operator<=>(const ReportingPeriod& other) const {
    const qint64 a = firstDay().toJulianDay();
    const qint64 b = other.firstDay().toJulianDay();
    if (a != b) {
        return a <=> b;
    }
    if (length != other.length) {
        return length == Length::Month ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    return std::strong_ordering::equal;
}

} // namespace kim::core
