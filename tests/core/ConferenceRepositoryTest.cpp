// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreFixture.h"

#include "core/ConferenceRepository.h"
#include "core/ProblemProposalRepository.h"
#include "core/ProblemTaxonomy.h"
#include "storage/Transaction.h"

using namespace kim;
using namespace kim::core;
using kim::test::CoreFixture;
using kim::test::errorCodeOf;

namespace {

struct ConferenceFixture : CoreFixture {
    ConferenceItem item(const QString& code, const QDate& on) {
        ConferenceItem i;
        i.problemCode = code;
        i.period = QStringLiteral("2026-Q1");
        i.conferenceDate = on;
        i.agendaTitle = QStringLiteral("Wartezeiten bei der Ausländerbehörde");
        conferences.save(i);
        return i;
    }

    ReceivedFeedback feedback(const QString& officeItemId, const QString& decision, const QDateTime& at) {
        ReceivedFeedback f;
        f.officeName = QStringLiteral("Koordinierende Stelle Kreis Gütersloh");
        f.officeItemId = officeItemId;
        f.item.problemCode = QStringLiteral("INS-07");
        f.problemTitle = QStringLiteral("Lange Wartezeit auf einen Termin bei der Ausländerbehörde");
        f.item.period = QStringLiteral("2026-Q1");
        f.item.conferenceDate = QDate(2026, 4, 20);
        f.item.agendaTitle = QStringLiteral("Termine der Ausländerbehörde");
        f.item.decision = decision;
        f.item.status = ConferenceItemStatus::InProgress;
        f.receivedAt = at;
        return f;
    }

    ConferenceRepository conferences{db(), clock};
    ProblemProposalRepository proposals{db(), clock};
};

ProblemProposal proposal(const QString& title, const QString& definition) {
    ProblemProposal p;
    p.field = FieldOfAction::WorkEconomy;
    p.title = title;
    p.definition = definition;
    return p;
}

} // namespace

TEST_CASE("every conference status has its German label") {
    CHECK(label(ConferenceItemStatus::Open) == QStringLiteral("offen"));
    CHECK(label(ConferenceItemStatus::InProgress) == QStringLiteral("in Bearbeitung"));
    CHECK(label(ConferenceItemStatus::Implemented) == QStringLiteral("umgesetzt"));
    CHECK(label(ConferenceItemStatus::Deferred) == QStringLiteral("zurückgestellt"));
    CHECK(label(ConferenceItemStatus::Rejected) == QStringLiteral("abgelehnt"));
    CHECK(allConferenceItemStatuses().size() == 5);
    CHECK_FALSE(isValidConferenceItemStatus(0));
    CHECK_FALSE(isValidConferenceItemStatus(6));
}

TEST_CASE("conference items are saved, listed newest conference first and validated") {
    ConferenceFixture f;
    const ConferenceItem older = f.item(QStringLiteral("INS-07"), QDate(2026, 4, 20));
    const ConferenceItem newer = f.item(QStringLiteral("WOH-SONST"), QDate(2026, 10, 12));
    const QList<ConferenceItem> items = f.conferences.items();
    REQUIRE(items.size() == 2);
    CHECK(items[0].id == newer.id);
    CHECK(items[0].problemCode == QStringLiteral("WOH-SONST"));
    CHECK(items[1].id == older.id);
    CHECK(items[1].status == ConferenceItemStatus::Open);
    CHECK_FALSE(items[1].feedbackSentAt.isValid());

    ConferenceItem bad = older;
    bad.id = 0;
    bad.agendaTitle = QStringLiteral("  ");
    CHECK(errorCodeOf([&] { f.conferences.save(bad); }) == ErrorCode::InvalidInput);
    bad.agendaTitle = QStringLiteral("x");
    for (const char* code : {"", "Wohnungsnot", "WOH-1", "WOH-SONSTIG"}) {
        bad.problemCode = QString::fromLatin1(code);
        CHECK(errorCodeOf([&] { f.conferences.save(bad); }) == ErrorCode::InvalidInput);
    }
    bad.problemCode = QStringLiteral("WOH-01");
    bad.period = QStringLiteral("Herbst 2026");
    CHECK(errorCodeOf([&] { f.conferences.save(bad); }) == ErrorCode::InvalidInput);
    bad.period.clear();
    bad.status = static_cast<ConferenceItemStatus>(9);
    CHECK(errorCodeOf([&] { f.conferences.save(bad); }) == ErrorCode::InvalidInput);
    bad.status = ConferenceItemStatus::Open;
    bad.id = 4711;
    CHECK(errorCodeOf([&] { f.conferences.save(bad); }) == ErrorCode::NotFound);
    CHECK(f.conferences.items().size() == 2);
}

TEST_CASE("changing an item after its feedback was sent marks it to be sent again") {
    ConferenceFixture f;
    ConferenceItem item = f.item(QStringLiteral("INS-07"), QDate(2026, 4, 20));
    const QDateTime sent(QDate(2026, 4, 21), QTime(9, 30), Qt::UTC);
    f.conferences.markFeedbackSent({item.id}, sent);
    item = f.conferences.items().first();
    CHECK(item.feedbackSentAt == sent);

    f.conferences.save(item); // unchanged: stays sent
    CHECK(f.conferences.items().first().feedbackSentAt == sent);

    item.status = ConferenceItemStatus::Implemented;
    item.feedback = QStringLiteral("Zusätzliche Termine ab Mai.");
    f.conferences.save(item);
    CHECK_FALSE(item.feedbackSentAt.isValid());
    CHECK_FALSE(f.conferences.items().first().feedbackSentAt.isValid());
    CHECK(f.conferences.items().first().status == ConferenceItemStatus::Implemented);
}

TEST_CASE("feedback from the office replaces the earlier version of the same item and shows as unread") {
    ConferenceFixture f;
    const QDateTime first(QDate(2026, 4, 22), QTime(8, 0), Qt::UTC);
    f.conferences.storeFeedback(f.feedback(QStringLiteral("ABCD/1"), QStringLiteral("AG Verwaltung prüft"), first));
    f.conferences.storeFeedback(f.feedback(QStringLiteral("ABCD/2"), QStringLiteral("vertagt"), first.addSecs(60)));
    CHECK(f.conferences.unreadFeedbackCount() == 2);
    QList<ReceivedFeedback> list = f.conferences.feedback();
    REQUIRE(list.size() == 2);
    CHECK(list[0].officeItemId == QStringLiteral("ABCD/2"));
    f.conferences.markFeedbackRead(list[1].id);
    f.conferences.markFeedbackRead(list[0].id);
    CHECK(f.conferences.unreadFeedbackCount() == 0);

    f.conferences.storeFeedback(
        f.feedback(QStringLiteral("ABCD/1"), QStringLiteral("Zusätzliche Termine ab Mai"), first.addDays(30)));
    list = f.conferences.feedback();
    REQUIRE(list.size() == 2);
    CHECK(list[0].officeItemId == QStringLiteral("ABCD/1"));
    CHECK(list[0].item.decision == QStringLiteral("Zusätzliche Termine ab Mai"));
    CHECK(list[0].receivedAt == first.addDays(30));
    CHECK_FALSE(list[0].read);
    CHECK(list[0].problemTitle.contains(QStringLiteral("Ausländerbehörde")));
    CHECK(f.conferences.unreadFeedbackCount() == 1);
    CHECK(errorCodeOf([&] { f.conferences.markFeedbackRead(999); }) == ErrorCode::NotFound);
    CHECK(errorCodeOf([&] { f.conferences.storeFeedback(f.feedback({}, {}, first)); }) == ErrorCode::InvalidInput);
}

TEST_CASE("a proposal needs a title and a definition of sensible length") {
    ConferenceFixture f;
    const auto refused = [&](const QString& title, const QString& definition) {
        ProblemProposal p = proposal(title, definition);
        return errorCodeOf([&] { f.proposals.propose(p); });
    };
    CHECK(refused(QString(), QStringLiteral("Definition.")) == ErrorCode::InvalidInput);
    CHECK(refused(QStringLiteral("Titel"), QStringLiteral("  ")) == ErrorCode::InvalidInput);
    CHECK(refused(QString(201, QLatin1Char('t')), QStringLiteral("Definition.")) == ErrorCode::InvalidInput);
    CHECK(refused(QStringLiteral("Titel"), QString(1001, QLatin1Char('d'))) == ErrorCode::InvalidInput);
    ProblemProposal noField = proposal(QStringLiteral("Titel"), QStringLiteral("Definition."));
    noField.field = static_cast<FieldOfAction>(0);
    CHECK(errorCodeOf([&] { f.proposals.propose(noField); }) == ErrorCode::InvalidInput);
    CHECK(f.proposals.pending().isEmpty());
}

TEST_CASE("proposals stay pending until they were sent in a package") {
    ConferenceFixture f;
    ProblemProposal a =
        proposal(QStringLiteral(" Keine Arbeitserlaubnis "), QStringLiteral("Wenn die Erlaubnis fehlt."));
    ProblemProposal b = proposal(QStringLiteral("Kein Bankkonto"), QStringLiteral("Wenn kein Konto eröffnet wird."));
    f.proposals.propose(a);
    f.proposals.propose(b);
    CHECK(a.title == QStringLiteral("Keine Arbeitserlaubnis"));
    CHECK(a.createdOn == CoreFixture::startDay());
    REQUIRE(f.proposals.pending().size() == 2);
    {
        storage::Transaction rolledBack(f.db());
        f.proposals.markSent({a.id}, QStringLiteral("pkg-0"));
    }
    CHECK(f.proposals.pending().size() == 2);
    f.proposals.markSent({a.id}, QStringLiteral("pkg-1"));
    f.proposals.markSent({a.id}, QStringLiteral("pkg-2")); // already sent: stays with pkg-1
    REQUIRE(f.proposals.pending().size() == 1);
    CHECK(f.proposals.pending().first().id == b.id);
    a.title = QStringLiteral("Geändert");
    CHECK(errorCodeOf([&] { f.proposals.propose(a); }) == ErrorCode::NotFound);
    b.title = QStringLiteral("Kein Girokonto");
    f.proposals.propose(b);
    CHECK(f.proposals.pending().first().title == QStringLiteral("Kein Girokonto"));
    CHECK(errorCodeOf([&] { f.proposals.markSent({b.id}, QString()); }) == ErrorCode::InvalidInput);
}

TEST_CASE("the office records received proposals and what it decided") {
    ConferenceFixture f;
    f.proposals.receive(QStringLiteral("Frau Beispiel, Caritas"), QStringLiteral("2026-Q1"),
                        proposal(QStringLiteral("Kein Bankkonto"), QStringLiteral("Wenn kein Konto eröffnet wird.")));
    f.proposals.receive(QStringLiteral("Herr Muster, AWO"), QStringLiteral("2026-Q1"),
                        proposal(QStringLiteral("Kein Bankkonto"), QStringLiteral("Doppelt.")));
    QList<ReceivedProposal> received = f.proposals.received();
    REQUIRE(received.size() == 2);
    CHECK(received[0].decision == ProposalDecision::Open);
    const int64_t first = received[1].id;
    CHECK(received[1].senderName == QStringLiteral("Frau Beispiel, Caritas"));

    ProblemTaxonomyRepository taxonomy(f.db());
    const QString code = taxonomy.saveType(FieldOfAction::WorkEconomy, {}, QStringLiteral("Kein Bankkonto"),
                                           QStringLiteral("Wenn kein Konto eröffnet wird."));
    CHECK(errorCodeOf([&] { f.proposals.decide(first, ProposalDecision::Adopted, QStringLiteral("ARB-77")); }) ==
          ErrorCode::InvalidInput);
    f.proposals.decide(first, ProposalDecision::Adopted, code);
    f.proposals.decide(received[0].id, ProposalDecision::Declined, code);
    received = f.proposals.received();
    for (const ReceivedProposal& p : received) {
        if (p.id == first) {
            CHECK(p.decision == ProposalDecision::Adopted);
            CHECK(p.adoptedCode == code);
        } else {
            CHECK(p.decision == ProposalDecision::Declined);
            CHECK(p.adoptedCode.isEmpty());
        }
    }
    CHECK(errorCodeOf([&] { f.proposals.decide(999, ProposalDecision::Declined); }) == ErrorCode::NotFound);
    CHECK(errorCodeOf([&] {
              f.proposals.receive(QStringLiteral("x"), QStringLiteral("2026-Q1"), proposal(QString(), QString()));
          }) == ErrorCode::InvalidInput);
}
