// SPDX-License-Identifier: GPL-3.0-or-later
#include "Stats.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace kim::bench {

namespace {

// "VmRSS:     123456 kB" -> MiB
double statusFieldMiB(const QByteArray& status, const QByteArray& field) {
    for (const QByteArray& line : status.split('\n')) {
        if (!line.startsWith(field + ':')) {
            continue;
        }
        const QList<QByteArray> parts = line.mid(field.size() + 1).simplified().split(' ');
        bool ok = false;
        const double kib = parts.value(0).toDouble(&ok);
        return ok ? kib / 1024.0 : -1;
    }
    return -1;
}

} // namespace

double percentile(std::vector<double> samples, double p) {
    if (samples.empty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(samples.size())));
    return samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
}

ResidentMemory residentMemory() {
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray status = file.readAll();
    return {statusFieldMiB(status, "VmRSS"), statusFieldMiB(status, "VmHWM")};
}

} // namespace kim::bench
