// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProblemProposal.h"

#include <QList>

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

// Proposals for new problem types: the case manager's own (pending until exported) and,
// in a coordinating office, those received in packages.
class ProblemProposalRepository final {
public:
    ProblemProposalRepository(storage::Database& db, const Clock& clock);

    // Case manager. Throws Error(InvalidInput) for an empty title or definition, or text
    // longer than 200 (title) / 1000 (definition) characters.
    void propose(ProblemProposal& proposal);
    QList<ProblemProposal> pending() const;
    void markSent(const QList<int64_t>& ids, const QString& packageId);

    // Coordinating office.
    void receive(const QString& senderName, const QString& period, const ProblemProposal& proposal);
    QList<ReceivedProposal> received() const;
    void decide(int64_t receivedId, ProposalDecision decision, const QString& adoptedCode = {});

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::core
