// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace kim::core {

// One entry of the institution directory (Einrichtungen) a referral goes to.
struct Institution {
    int64_t id = 0;
    QString name;
    InstitutionType type = InstitutionType::Other;
    LegalDomain legalDomain = LegalDomain::None;
    std::optional<Municipality> municipality; // empty: responsible for the whole Kreis
    QString contactPerson;
    QString address;
    QString phone;
    QString email;
    QString languages;
    QString notes;
    bool archived = false;
};

} // namespace kim::core
