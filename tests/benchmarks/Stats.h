// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>
#include <vector>

namespace kim::bench {

// Wall-clock milliseconds of one call; the benchmark's only clock.
template <typename Fn> double millisecondsOf(Fn&& fn) {
    const auto start = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Nearest-rank percentile (0..100) of unsorted samples; 0 for none.
double percentile(std::vector<double> samples, double p);

// Resident memory of this process from /proc/self/status, in MiB: the current
// VmRSS and its high-water mark VmHWM. -1 where the field cannot be read.
struct ResidentMemory {
    double currentMiB = -1;
    double peakMiB = -1;
};
ResidentMemory residentMemory();

} // namespace kim::bench
