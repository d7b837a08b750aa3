// SPDX-License-Identifier: GPL-3.0-or-later
#include "LatencyProbe.h"

#include "Stats.h"

#include <QTimer>

#include <algorithm>

namespace kim::bench {

LatencyProbe::LatencyProbe(int intervalMs, QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_intervalMs(intervalMs) {
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &LatencyProbe::tick);
    m_clock.start();
}

void LatencyProbe::start() {
    m_lastNs = m_clock.nsecsElapsed();
    m_timer->start();
}

void LatencyProbe::stop() {
    m_timer->stop();
    beginStep({});
}

void LatencyProbe::beginStep(const QString& step) {
    const qint64 now = m_clock.nsecsElapsed();
    if (!m_step.isEmpty()) {
        m_wallMs[m_step] += static_cast<double>(now - m_stepStartNs) / 1e6;
    }
    m_step = step;
    m_stepStartNs = now;
    if (!step.isEmpty() && std::find(m_order.begin(), m_order.end(), step) == m_order.end()) {
        m_order.push_back(step);
    }
}

// The delay is booked to the step that was current when the timer fired: a step's action
// runs synchronously and the probe only gets the thread back afterwards, still inside it.
void LatencyProbe::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    const double gapMs = static_cast<double>(now - m_lastNs) / 1e6;
    m_lastNs = now;
    if (!m_step.isEmpty()) {
        m_delays[m_step].push_back(std::max(0.0, gapMs - m_intervalMs));
    }
}

LatencyProbe::Figures LatencyProbe::figuresOf(const QString& step) const {
    const auto delays = m_delays.find(step);
    const auto wall = m_wallMs.find(step);
    return summarise(delays == m_delays.end() ? std::vector<double>{} : delays->second,
                     wall == m_wallMs.end() ? 0 : wall->second);
}

LatencyProbe::Figures LatencyProbe::overall(const std::vector<QString>& excluded) const {
    std::vector<double> all;
    double wallMs = 0;
    for (const QString& step : m_order) {
        if (std::find(excluded.begin(), excluded.end(), step) != excluded.end()) {
            continue;
        }
        const auto delays = m_delays.find(step);
        if (delays != m_delays.end()) {
            all.insert(all.end(), delays->second.begin(), delays->second.end());
        }
        const auto wall = m_wallMs.find(step);
        wallMs += wall == m_wallMs.end() ? 0 : wall->second;
    }
    return summarise(std::move(all), wallMs);
}

LatencyProbe::Figures LatencyProbe::summarise(std::vector<double> delays, double wallMs) {
    Figures figures;
    figures.samples = static_cast<int>(delays.size());
    figures.wallMs = wallMs;
    if (delays.empty()) {
        return figures;
    }
    figures.maxMs = *std::max_element(delays.begin(), delays.end());
    figures.over50Ms = static_cast<int>(std::count_if(delays.begin(), delays.end(), [](double d) { return d > 50; }));
    figures.over100Ms = static_cast<int>(std::count_if(delays.begin(), delays.end(), [](double d) { return d > 100; }));
    figures.p99Ms = percentile(delays, 99);
    figures.p95Ms = percentile(delays, 95);
    figures.medianMs = percentile(std::move(delays), 50);
    return figures;
}

} // namespace kim::bench
