// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace kim {

// The current day and instant, injected everywhere a rule or a record depends on time, so that
// due dates, ordering and stored timestamps can be tested on any day. Nothing else reads the
// system's time: the SystemClock is chosen at the top (the main window, the workspace-creation
// dialog, the command line) and passed down.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;
    // Always UTC: stored timestamps compare and sort as text.
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDate today() const override { return QDate::currentDate(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock for tests and generated data: a fixed day, and an instant from noon UTC of that day
// that moves on by one millisecond each time it is read, so that successive records keep the
// order they have in real use (a newer report is newer) and every run gives the same times.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDate day)
        : m_day(day) {}
    QDate today() const override { return m_day; }
    QDateTime now() const override { return QDateTime(m_day, QTime(12, 0), Qt::UTC).addMSecs(m_ticks++); }
    void setToday(QDate day) {
        m_day = day;
        m_ticks = 0;
    }

private:
    QDate m_day;
    mutable qint64 m_ticks = 0;
};

} // namespace kim
