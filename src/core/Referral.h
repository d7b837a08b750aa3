// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace kim::core {

// Value types of referrals (Vermittlungen). id == 0 means "not saved yet".

// Schweigepflichtentbindung: the client allows one institution to receive the listed items
// for the stated purpose. Without an active one nothing is passed on.
struct ReferralRelease {
    int64_t id = 0;
    int64_t clientId = 0;
    int64_t institutionId = 0;
    QDate givenOn;
    QString purpose;
    ReleaseItemSet items = 0;
    QDate withdrawnOn; // invalid while the release stands

    bool isActiveOn(const QDate& day) const {
        return givenOn.isValid() && givenOn <= day && (!withdrawnOn.isValid() || withdrawnOn > day);
    }
};

struct ReferralStatusChange {
    ReferralStatus status = ReferralStatus::Planned;
    QDate changedOn;
    QString note;
};

struct Referral {
    int64_t id = 0;
    int64_t clientId = 0;
    int64_t caseId = 0;
    int64_t institutionId = 0;
    FieldOfAction field = FieldOfAction::Institutions;
    QString reason;
    QDate referredOn;
    QDate expectedBy; // invalid: no response date agreed
    ReferralStatus status = ReferralStatus::Planned;
    std::optional<int64_t> releaseId;    // the release the data went out under
    QList<ReferralStatusChange> history; // oldest first

    bool isOverdueOn(const QDate& today) const {
        return status == ReferralStatus::Transmitted && expectedBy.isValid() && expectedBy < today;
    }
};

// One line of a referral list: the referral plus what the list shows about it.
struct ReferralRow {
    Referral referral;
    QString institutionName;
    InstitutionType institutionType = InstitutionType::Other;
    QString caseCode;
    QString clientName;
};

} // namespace kim::core
