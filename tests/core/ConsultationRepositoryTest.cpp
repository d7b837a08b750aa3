// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreFixture.h"
#include "core/NoteSearch.h"

using namespace kim;
using namespace kim::core;
using kim::test::CoreFixture;

namespace {

QList<int64_t> hitIds(const QList<SearchHit>& hits) {
    QList<int64_t> ids;
    for (const SearchHit& hit : hits) {
        ids.append(hit.consultationId);
    }
    return ids;
}

} // namespace

TEST_CASE("a consultation needs a date that is not in the future and a duration of 1 to 600 minutes") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Nasser"));
    Consultation c;
    c.caseId = opened.id;
    c.heldOn = f.clock.today().addDays(1);
    CHECK(test::errorMessageOf([&] { f.consultations.save(c); }).contains(QStringLiteral("Datum")));
    c.heldOn = f.clock.today();
    c.durationMinutes = 0;
    CHECK(test::errorMessageOf([&] { f.consultations.save(c); }).contains(QStringLiteral("Dauer")));
    c.durationMinutes = 601;
    CHECK(test::errorCodeOf([&] { f.consultations.save(c); }) == ErrorCode::InvalidInput);
    c.durationMinutes = 600;
    c.fields = 1 << 6; // no seventh field of action
    CHECK(test::errorCodeOf([&] { f.consultations.save(c); }) == ErrorCode::InvalidInput);
    c.fields = with(0, FieldOfAction::HealthCare);
    f.consultations.save(c);
    CHECK(f.consultations.load(c.id).fields == c.fields);
    CHECK(test::errorCodeOf([&] { f.consultations.load(999); }) == ErrorCode::NotFound);
}

TEST_CASE("consultations of a case are listed newest first") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Sultani"));
    f.clock.setToday(QDate(2026, 3, 20));
    Consultation older{0, opened.id, QDate(2026, 3, 12), 45, ConsultationMode::Phone, InterpreterKind::None, 0, {}};
    Consultation newer{0,
                       opened.id,
                       QDate(2026, 3, 19),
                       90,
                       ConsultationMode::HomeVisit,
                       InterpreterKind::Professional,
                       0,
                       QStringLiteral("Hausbesuch")};
    f.consultations.save(newer);
    f.consultations.save(older);
    const QList<Consultation> list = f.consultations.forCase(opened.id);
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == newer.id);
    CHECK(list[0].mode == ConsultationMode::HomeVisit);
    CHECK(list[0].interpreter == InterpreterKind::Professional);
    CHECK(list[1].durationMinutes == 45);
}

TEST_CASE("full-text search finds words by their beginning and marks them in the snippet") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Kravchenko"), QStringLiteral("Olena"));
    const Consultation jobcenter = f.addConsultation(opened.id, QStringLiteral("Termin beim Jobcenter vorbereitet."));
    f.addConsultation(opened.id, QStringLiteral("Wohnungssuche in Verl besprochen."));

    const QList<SearchHit> hits = f.consultations.search(QStringLiteral("jobc"), 10);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].consultationId == jobcenter.id);
    CHECK(hits[0].clientId == opened.clientId);
    CHECK(hits[0].clientName == QStringLiteral("Kravchenko, Olena"));
    CHECK(hits[0].caseCode == f.clients.load(opened.clientId).caseCode);
    CHECK(hits[0].heldOn == f.clock.today());
    CHECK(hits[0].snippet.contains(QStringLiteral("[Jobcenter]")));
    CHECK(f.consultations.search(QStringLiteral("obcenter"), 10).isEmpty()); // prefixes only
}

TEST_CASE("full-text search needs every word and ignores umlauts, accents and case") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Popescu"));
    const int64_t both =
        f.addConsultation(opened.id, QString::fromUtf8("Übersetzung der Zeugnisse für das Jobcenter")).id;
    const int64_t one = f.addConsultation(opened.id, QString::fromUtf8("Übersetzung für die Ausländerbehörde")).id;
    const int64_t accent = f.addConsultation(opened.id, QString::fromUtf8("Treffen im Café mit Ionuț")).id;

    CHECK(hitIds(f.consultations.search(QStringLiteral("ubersetz"), 10)).size() == 2);
    CHECK(hitIds(f.consultations.search(QString::fromUtf8("ÜBERSETZUNG jobcenter"), 10)) == QList<int64_t>{both});
    CHECK(hitIds(f.consultations.search(QStringLiteral("auslanderbeh"), 10)) == QList<int64_t>{one});
    CHECK(hitIds(f.consultations.search(QStringLiteral("cafe ionut"), 10)) == QList<int64_t>{accent});
    CHECK(hitIds(f.consultations.search(QString::fromUtf8("Übersetzung-Jobcenter"), 10)) == QList<int64_t>{both});
    CHECK(f.consultations.search(QStringLiteral("ubersetzung wohnung"), 10).isEmpty());
    CHECK(f.consultations.search(QStringLiteral("ubersetz"), 1).size() == 1);
}

TEST_CASE("hostile search input does not throw and matches nothing unexpected") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Yilmaz"));
    f.addConsultation(opened.id, QStringLiteral("Termin beim Jobcenter, Kita-Platz beantragt."));
    f.addConsultation(opened.id, QStringLiteral("Wohnungssuche besprochen."));
    const QStringList inputs = {QStringLiteral("\"AND OR * NEAR("),
                                QStringLiteral("*"),
                                QStringLiteral("\""),
                                QStringLiteral("-"),
                                QStringLiteral("NOT"),
                                QStringLiteral("jobcenter OR wohnung"),
                                QStringLiteral("jobcenter NOT kita"),
                                QStringLiteral("NEAR/2"),
                                QStringLiteral("notes:termin"),
                                QStringLiteral("')); DROP TABLE clients; --"),
                                QStringLiteral(""),
                                QStringLiteral("   "),
                                QString(QChar(0x0301))};
    for (const QString& input : inputs) {
        INFO(input.toStdString());
        QList<SearchHit> hits;
        REQUIRE_NOTHROW(hits = f.consultations.search(input, 10));
        CHECK(hits.isEmpty());
    }
    // Operators are ordinary words: "termin kita" in any dressing finds the one note.
    CHECK(f.consultations.search(QStringLiteral("(termin) AND \"kita\""), 10).isEmpty()); // "and" is a word too
    CHECK(f.consultations.search(QStringLiteral("(termin) \"kita*\""), 10).size() == 1);
    CHECK(f.clients.count({}) == 1);
}

TEST_CASE("full-text search follows edited notes") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Woldu"));
    Consultation c = f.addConsultation(opened.id, QStringLiteral("Sprachkurs gesucht"));
    c.notes = QStringLiteral("Hausarzt gefunden");
    f.consultations.save(c);
    CHECK(f.consultations.search(QStringLiteral("sprachkurs"), 10).isEmpty());
    CHECK(f.consultations.search(QStringLiteral("hausarzt"), 10).size() == 1);
}

TEST_CASE("full-text search ranks the notes where the words weigh most first, newer first among equals") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Haddad"));
    const int64_t passing =
        f.addConsultation(opened.id, QStringLiteral("Wohnung besichtigt, danach lange über die Schule der Kinder, "
                                                    "den Sprachkurs und die Arbeitssuche gesprochen."))
            .id;
    const int64_t central =
        f.addConsultation(opened.id, QStringLiteral("Kitaplatz: Kita angefragt, Kita zugesagt.")).id;
    const int64_t first = f.addConsultation(opened.id, QStringLiteral("Termin beim Jobcenter.")).id;
    const int64_t second = f.addConsultation(opened.id, QStringLiteral("Termin beim Jobcenter.")).id;
    f.addConsultation(opened.id, QStringLiteral("Kita im Stadtteil vorgestellt, Anmeldung folgt nächste Woche."));

    const QList<int64_t> kita = hitIds(f.consultations.search(QStringLiteral("kita"), 10));
    REQUIRE(kita.size() == 2);
    CHECK(kita.first() == central); // three times in a short note, although the other is newer
    CHECK(hitIds(f.consultations.search(QStringLiteral("termin jobcenter"), 10)) == QList<int64_t>{second, first});
    CHECK(hitIds(f.consultations.search(QStringLiteral("schule"), 10)) == QList<int64_t>{passing});
}

TEST_CASE("a deleted note leaves no word of it in the search index") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Nowak"));
    f.addConsultation(opened.id, QStringLiteral("Zuckerkrankheit erwähnt"));
    f.db().exec(QStringLiteral("DELETE FROM consultations"));
    CHECK(f.consultations.search(QStringLiteral("zucker"), 10).isEmpty());
    // secure-delete: the term is gone from the index itself, not only from the results.
    auto terms = f.db().prepare(QStringLiteral("SELECT count(*) FROM consultation_fts_data WHERE "
                                               "instr(block, CAST('zuckerkrankheit' AS BLOB)) > 0"));
    REQUIRE(terms.step());
    CHECK(terms.integer(0) == 0);
}

TEST_CASE("words are folded as the tokenizer folds them only where that is certain") {
    CHECK(NoteSearch::foldedLikeTheTokenizer(QString::fromUtf8("Übersetzung")) == QStringLiteral("ubersetzung"));
    CHECK(NoteSearch::foldedLikeTheTokenizer(QString::fromUtf8("STRASSE")) == QStringLiteral("strasse"));
    CHECK(NoteSearch::foldedLikeTheTokenizer(QString::fromUtf8("Straße")) == QString::fromUtf8("straße"));
    CHECK(NoteSearch::foldedLikeTheTokenizer(QStringLiteral("B1")) == QStringLiteral("b1"));
    CHECK_FALSE(NoteSearch::foldedLikeTheTokenizer(QString::fromUtf8("Ionuț")).has_value());
    CHECK_FALSE(NoteSearch::foldedLikeTheTokenizer(QString::fromUtf8("Олена")).has_value());
    CHECK(NoteSearch::wordsOf(QString::fromUtf8("Kita-Platz, \"B1\"*")) ==
          QStringList{QStringLiteral("Kita"), QStringLiteral("Platz"), QStringLiteral("B1")});
}

TEST_CASE("every way a word is asked for finds the same notes") {
    CoreFixture f;
    const Case opened = f.addCaseFor(QStringLiteral("Ionescu"));
    const int64_t romanian = f.addConsultation(opened.id, QString::fromUtf8("Gespräch mit Ionuț über die Straße")).id;
    const int64_t cyrillic = f.addConsultation(opened.id, QString::fromUtf8("Олена bringt die Zeugnisse")).id;
    QList<int64_t> many;
    for (int i = 0; i < 40; ++i) { // 40 terms starting with "wort": more than one OR asks for
        many.append(f.addConsultation(opened.id, QStringLiteral("Wort%1 notiert").arg(i)).id);
    }
    CHECK(hitIds(f.consultations.search(QString::fromUtf8("Ionuț"), 10)) == QList<int64_t>{romanian}); // prefix
    CHECK(hitIds(f.consultations.search(QStringLiteral("ionu"), 10)) == QList<int64_t>{romanian});     // terms
    CHECK(hitIds(f.consultations.search(QString::fromUtf8("олен"), 10)) == QList<int64_t>{cyrillic});
    CHECK(hitIds(f.consultations.search(QString::fromUtf8("strasse"), 10)).isEmpty()); // ß is a letter of its own
    CHECK(hitIds(f.consultations.search(QString::fromUtf8("STRAẞE"), 10)) == QList<int64_t>{romanian});
    CHECK(hitIds(f.consultations.search(QStringLiteral("wort"), 100)).size() == 40);
    CHECK(hitIds(f.consultations.search(QStringLiteral("wort3 notiert"), 100)).size() == 11); // wort3, wort30 … wort39
    CHECK(f.consultations.search(QStringLiteral("zzz"), 10).isEmpty());
}
