// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReferralRules.h"

namespace kim::core::ReferralRules {

QList<ReferralStatus> nextStatuses(ReferralStatus from) {
    using S = ReferralStatus;
    switch (from) {
    case S::Planned:
        return {S::Transmitted};
    case S::Transmitted:
        return {S::AppointmentMade, S::InProgress, S::Completed, S::Rejected, S::NoResponse, S::ReferredOn};
    case S::AppointmentMade:
        return {S::InProgress, S::Completed, S::Rejected, S::NoResponse, S::ReferredOn};
    case S::InProgress:
        return {S::Completed, S::Rejected, S::ReferredOn};
    case S::Completed:
    case S::Rejected:
    case S::NoResponse:
    case S::ReferredOn:
        return {};
    }
    return {};
}

bool isAllowed(ReferralStatus from, ReferralStatus to) {
    return nextStatuses(from).contains(to);
}

bool isFinal(ReferralStatus status) {
    return status == ReferralStatus::Completed || status == ReferralStatus::Rejected ||
           status == ReferralStatus::NoResponse || status == ReferralStatus::ReferredOn;
}

bool isOpen(ReferralStatus status) {
    return isValid<ReferralStatus>(static_cast<int>(status)) && !isFinal(status);
}

bool isResponse(ReferralStatus status) {
    return status != ReferralStatus::Planned && status != ReferralStatus::Transmitted &&
           status != ReferralStatus::NoResponse;
}

} // namespace kim::core::ReferralRules
