// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace kim::core {

// A period in which the client's support ran under one legal domain (Rechtskreis). Periods
// of different domains may overlap (SGB II and AufenthG at the same time is the rule).
struct LegalDomainPeriod {
    int64_t id = 0;
    int64_t clientId = 0;
    LegalDomain domain = LegalDomain::None;
    QDate startedOn;
    QDate endedOn; // invalid while the period lasts
    QString note;

    bool coversDay(const QDate& day) const {
        return startedOn.isValid() && startedOn <= day && (!endedOn.isValid() || endedOn >= day);
    }
};

} // namespace kim::core
