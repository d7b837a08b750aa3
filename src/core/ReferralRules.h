// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"

#include <QList>

namespace kim::core::ReferralRules {

// The allowed status changes of a referral:
//   geplant → übermittelt (needs a release and consent to referrals)
//   übermittelt → Termin vereinbart | in Bearbeitung | erledigt | abgelehnt | keine Rückmeldung | weitervermittelt
//   Termin vereinbart → in Bearbeitung | erledigt | abgelehnt | keine Rückmeldung | weitervermittelt
//   in Bearbeitung → erledigt | abgelehnt | weitervermittelt
// erledigt, abgelehnt, keine Rückmeldung and weitervermittelt are final: a late answer is a new
// referral, so the figures never count one referral twice. Nothing goes back.
bool isAllowed(ReferralStatus from, ReferralStatus to);
QList<ReferralStatus> nextStatuses(ReferralStatus from);
bool isFinal(ReferralStatus status);
bool isOpen(ReferralStatus status);
// Whether the status is an answer of the institution ("keine Rückmeldung" is not).
bool isResponse(ReferralStatus status);

} // namespace kim::core::ReferralRules
