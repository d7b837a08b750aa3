// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ProblemProposalRepository.h"

#include "base/Clock.h"
#include "core/ProblemTaxonomy.h"
#include "base/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

constexpr int MaxTitle = 200;
constexpr int MaxDefinition = 1000;

Error invalid(const char* text) {
    return Error(ErrorCode::InvalidInput, QCoreApplication::translate("ProblemProposalRepository", text));
}

void validate(const ProblemProposal& proposal) {
    if (!isValid<FieldOfAction>(static_cast<int>(proposal.field))) {
        throw invalid(QT_TRANSLATE_NOOP("ProblemProposalRepository", "Bitte wählen Sie ein Handlungsfeld."));
    }
    const QString title = proposal.title.trimmed();
    const QString definition = proposal.definition.trimmed();
    if (title.isEmpty()) {
        throw invalid(QT_TRANSLATE_NOOP("ProblemProposalRepository", "Bitte geben Sie einen Titel ein."));
    }
    if (definition.isEmpty()) {
        throw invalid(QT_TRANSLATE_NOOP("ProblemProposalRepository",
                                        "Bitte beschreiben Sie in ein oder zwei Sätzen, wann die Problemart gilt."));
    }
    if (title.size() > MaxTitle) {
        throw invalid(QT_TRANSLATE_NOOP("ProblemProposalRepository", "Der Titel ist zu lang (höchstens 200 Zeichen)."));
    }
    if (definition.size() > MaxDefinition) {
        throw invalid(
            QT_TRANSLATE_NOOP("ProblemProposalRepository", "Die Beschreibung ist zu lang (höchstens 1000 Zeichen)."));
    }
}

} // namespace

ProblemProposalRepository::ProblemProposalRepository(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

void ProblemProposalRepository::propose(ProblemProposal& proposal) {
    validate(proposal);
    proposal.title = proposal.title.trimmed();
    proposal.definition = proposal.definition.trimmed();
    if (proposal.id != 0) {
        // Only a pending proposal may still be changed; a sent one is on its way.
        auto st = m_db.prepare(QStringLiteral("UPDATE problem_proposals SET field = ?2, title = ?3, definition = ?4 "
                                              "WHERE id = ?1 AND sent_in_package = ''"));
        st.bind(1, proposal.id).bind(2, static_cast<int>(proposal.field)).bind(3, proposal.title);
        st.bind(4, proposal.definition).run();
        if (m_db.changes() == 0) {
            throw Error(ErrorCode::NotFound, QCoreApplication::translate("ProblemProposalRepository",
                                                                         "Der Vorschlag wurde nicht gefunden oder ist "
                                                                         "bereits versandt."));
        }
        return;
    }
    proposal.createdOn = m_clock.today();
    proposal.sentInPackage.clear();
    auto st = m_db.prepare(QStringLiteral("INSERT INTO problem_proposals (field, title, definition, created_on) "
                                          "VALUES (?1, ?2, ?3, ?4)"));
    st.bind(1, static_cast<int>(proposal.field)).bind(2, proposal.title).bind(3, proposal.definition);
    st.bind(4, proposal.createdOn).run();
    proposal.id = m_db.lastInsertId();
}

QList<ProblemProposal> ProblemProposalRepository::pending() const {
    auto st = m_db.prepare(QStringLiteral("SELECT id, field, title, definition, created_on FROM problem_proposals "
                                          "WHERE sent_in_package = '' ORDER BY id"));
    QList<ProblemProposal> result;
    while (st.step()) {
        ProblemProposal proposal;
        proposal.id = st.int64(0);
        proposal.field = static_cast<FieldOfAction>(st.integer(1));
        proposal.title = st.text(2);
        proposal.definition = st.text(3);
        proposal.createdOn = st.date(4);
        result.append(proposal);
    }
    return result;
}

void ProblemProposalRepository::markSent(const QList<int64_t>& ids, const QString& packageId) {
    if (packageId.isEmpty()) {
        throw invalid(QT_TRANSLATE_NOOP("ProblemProposalRepository", "Das Paket hat keine Kennung."));
    }
    auto st = m_db.prepare(QStringLiteral("UPDATE problem_proposals SET sent_in_package = ?2 "
                                          "WHERE id = ?1 AND sent_in_package = ''"));
    for (int64_t id : ids) {
        st.bind(1, id).bind(2, packageId).run();
        st.reset();
    }
}

void ProblemProposalRepository::receive(const QString& senderName, const QString& period,
                                        const ProblemProposal& proposal) {
    validate(proposal);
    auto st = m_db.prepare(QStringLiteral("INSERT INTO received_proposals (sender_name, period, field, title, "
                                          "definition, decision, received_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    st.bind(1, senderName).bind(2, period).bind(3, static_cast<int>(proposal.field));
    st.bind(4, proposal.title.trimmed()).bind(5, proposal.definition.trimmed());
    st.bind(6, static_cast<int>(ProposalDecision::Open)).bind(7, m_clock.today()).run();
}

QList<ReceivedProposal> ProblemProposalRepository::received() const {
    auto st = m_db.prepare(QStringLiteral("SELECT id, sender_name, period, field, title, definition, decision, "
                                          "adopted_code FROM received_proposals ORDER BY decision = 1 DESC, id DESC"));
    QList<ReceivedProposal> result;
    while (st.step()) {
        ReceivedProposal proposal;
        proposal.id = st.int64(0);
        proposal.senderName = st.text(1);
        proposal.period = st.text(2);
        proposal.field = static_cast<FieldOfAction>(st.integer(3));
        proposal.title = st.text(4);
        proposal.definition = st.text(5);
        proposal.decision = static_cast<ProposalDecision>(st.integer(6));
        proposal.adoptedCode = st.text(7);
        result.append(proposal);
    }
    return result;
}

void ProblemProposalRepository::decide(int64_t receivedId, ProposalDecision decision, const QString& adoptedCode) {
    if (decision != ProposalDecision::Open && decision != ProposalDecision::Adopted &&
        decision != ProposalDecision::Declined) {
        throw invalid(QT_TRANSLATE_NOOP("ProblemProposalRepository", "Bitte wählen Sie eine Entscheidung."));
    }
    const bool adopted = decision == ProposalDecision::Adopted;
    if (adopted && !ProblemTaxonomyRepository(m_db).find(adoptedCode)) {
        throw invalid(QT_TRANSLATE_NOOP("ProblemProposalRepository",
                                        "Bitte nennen Sie die Problemart, die aus dem Vorschlag entstanden ist."));
    }
    auto st =
        m_db.prepare(QStringLiteral("UPDATE received_proposals SET decision = ?2, adopted_code = ?3 WHERE id = ?1"));
    st.bind(1, receivedId).bind(2, static_cast<int>(decision)).bind(3, adopted ? adoptedCode : QString()).run();
    if (m_db.changes() == 0) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("ProblemProposalRepository", "Der Vorschlag wurde nicht gefunden."));
    }
}

} // namespace kim::core
