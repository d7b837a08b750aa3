// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"
#include "core/Quarter.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace kim::core {

// A structural problem the case manager met in one case (the "Doppelfunktion"): which
// problem, which kind of institution was involved, since when, and whether it is resolved.
// A case may carry several flags.
struct ProblemFlag {
    int64_t id = 0;
    int64_t caseId = 0;
    QString problemCode;
    std::optional<int64_t> institutionId;           // from the referral directory, if any
    std::optional<InstitutionType> institutionType; // taken from the institution when one is chosen
    QDate since;
    QDate resolvedOn; // invalid while the problem persists
    QDate recordedOn;

    bool isResolved() const { return resolvedOn.isValid(); }
    // Whether the problem existed on at least one day of the quarter.
    bool isActiveDuring(const Quarter& quarter) const {
        return since <= quarter.lastDay() && (!resolvedOn.isValid() || resolvedOn >= quarter.firstDay());
    }
};

} // namespace kim::core
