// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Referral.h"

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

// Which open referrals a list shows and in which order.
struct OpenReferralQuery {
    enum class Order { DueDate, Institution };
    Order order = Order::DueDate;
    bool overdueOnly = false;
};

// Referrals (Vermittlungen), their dated status history and the overdue follow-ups. The
// rules: work on a referral needs an open case and active consent; leaving "geplant" means
// data is shared, so it needs consent to referrals and a standing release for the institution.
class ReferralRepository final {
public:
    ReferralRepository(storage::Database& db, const Clock& clock);

    // Newest first, with history.
    QList<ReferralRow> forClient(int64_t clientId);
    // Throws Error(NotFound).
    Referral load(int64_t id);
    // A new referral starts as "geplant"; its status only changes through changeStatus().
    // Throws Error(RuleViolation) without consent or for a closed case, Error(InvalidInput)
    // for a missing reason, bad dates, an unknown or archived institution.
    void save(Referral& referral);
    // Throws Error(RuleViolation) for a change ReferralRules does not allow, for "übermittelt"
    // without a release or consent to referrals; Error(InvalidInput) for a bad date.
    void changeStatus(int64_t id, ReferralStatus to, const QDate& on, const QString& note);
    // Only a planned referral (nothing shared yet) can be deleted.
    void remove(int64_t id);

    // Open referrals (not final, case not closed), for the lazy list model.
    int openCount(const OpenReferralQuery& query);
    QList<ReferralRow> openPage(const OpenReferralQuery& query, int offset, int limit);
    // Adds one follow-up "Rückmeldung … ausstehend" to each overdue referral that has none
    // yet; running it again adds nothing. Returns how many were added.
    int raiseOverdueFollowUps();

private:
    // Returns the id of the release the data goes out under.
    int64_t requireReleaseToShare(const Referral& referral, const QDate& on);

    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::core
