// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ConferenceItem.h"

#include <QCoreApplication>

namespace kim::core {

QString label(ConferenceItemStatus status) {
    switch (status) {
    case ConferenceItemStatus::Open:
        return QCoreApplication::translate("ConferenceItem", "offen");
    case ConferenceItemStatus::InProgress:
        return QCoreApplication::translate("ConferenceItem", "in Bearbeitung");
    case ConferenceItemStatus::Implemented:
        return QCoreApplication::translate("ConferenceItem", "umgesetzt");
    case ConferenceItemStatus::Deferred:
        return QCoreApplication::translate("ConferenceItem", "zurückgestellt");
    case ConferenceItemStatus::Rejected:
        return QCoreApplication::translate("ConferenceItem", "abgelehnt");
    }
    return {};
}

QList<ConferenceItemStatus> allConferenceItemStatuses() {
    return {ConferenceItemStatus::Open, ConferenceItemStatus::InProgress, ConferenceItemStatus::Implemented,
            ConferenceItemStatus::Deferred, ConferenceItemStatus::Rejected};
}

bool isValidConferenceItemStatus(int stored) {
    return stored >= static_cast<int>(ConferenceItemStatus::Open) &&
           stored <= static_cast<int>(ConferenceItemStatus::Rejected);
}

} // namespace kim::core
