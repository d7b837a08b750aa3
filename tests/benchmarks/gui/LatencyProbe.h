// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <map>
#include <vector>

class QTimer;

namespace kim::bench {

// Measures how long the GUI thread's event loop is kept from running. A precise timer asks
// to fire every `intervalMs`; whenever it fires late, the lateness is the time something
// else held the thread (a slot, a paint, a query). Each sample is booked to the step of the
// scripted user that was running when the delay began.
class LatencyProbe final : public QObject {
    Q_OBJECT

public:
    struct Figures {
        int samples = 0;
        double maxMs = 0;
        double p99Ms = 0;
        double p95Ms = 0;
        double medianMs = 0;
        int over50Ms = 0;
        int over100Ms = 0;
        double wallMs = 0; // how long the step lasted, think time included
    };

    explicit LatencyProbe(int intervalMs = 5, QObject* parent = nullptr);

    void start();
    void stop();
    // Everything measured from now on belongs to `step` (the previous step ends here).
    void beginStep(const QString& step);

    // Steps in the order they began.
    const std::vector<QString>& steps() const { return m_order; }
    Figures figuresOf(const QString& step) const;
    // Over all steps whose name is not in `excluded`.
    Figures overall(const std::vector<QString>& excluded = {}) const;

private:
    void tick();
    static Figures summarise(std::vector<double> delays, double wallMs);

    QTimer* m_timer = nullptr;
    int m_intervalMs = 5;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_stepStartNs = 0;
    QString m_step;
    std::vector<QString> m_order;
    std::map<QString, std::vector<double>> m_delays;
    std::map<QString, double> m_wallMs;
};

} // namespace kim::bench
