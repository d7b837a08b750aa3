// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreFixture.h"

#include "demo/DemoGenerator.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>

using namespace kim;
using namespace kim::core;
using namespace kim::demo;
using namespace Qt::StringLiterals;
using kim::test::CoreFixture;

namespace {

DemoOptions options(int clients, uint32_t seed) {
    DemoOptions o;
    o.clients = clients;
    o.seed = seed;
    o.today = CoreFixture::startDay();
    return o;
}

QStringList clientList(CoreFixture& f) {
    QStringList lines;
    for (const ClientRow& row : f.clients.page({}, 0, 100000)) {
        lines.append(QStringLiteral("%1|%2|%3|%4|%5|%6")
                         .arg(row.caseCode, row.displayName)
                         .arg(static_cast<int>(row.municipality))
                         .arg(static_cast<int>(row.targetGroup))
                         .arg(row.phase ? static_cast<int>(*row.phase) : 0)
                         .arg(row.id));
    }
    return lines;
}

int scalar(CoreFixture& f, const char* sql) {
    auto st = f.db().prepare(QString::fromUtf8(sql));
    REQUIRE(st.step());
    return st.integer(0);
}

// Every table the demo writes, row by row in a fixed order. History rows are ordered by
// their content: a case's closing is entered after its work, so their ids say nothing.
QByteArray dumpOf(CoreFixture& f) {
    const QStringList tables{u"clients"_s,
                             u"household_members"_s,
                             u"consents"_s,
                             u"cases"_s,
                             u"case_phase_history"_s,
                             u"goals"_s,
                             u"consultations"_s,
                             u"follow_ups"_s,
                             u"referral_releases"_s,
                             u"referrals"_s,
                             u"referral_status_history"_s,
                             u"legal_domain_periods"_s,
                             u"problem_flags"_s};
    QByteArray dump;
    for (const QString& table : tables) {
        auto info = f.db().prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        QStringList columns;
        QStringList raw;
        while (info.step()) {
            if (!table.endsWith(QStringLiteral("history")) || info.text(1) != QStringLiteral("id")) {
                columns.append(QStringLiteral("quote(%1)").arg(info.text(1)));
                raw.append(info.text(1));
            }
        }
        // By the values themselves: quote() gives text, which would sort 10 before 9.
        const QString order =
            table.endsWith(QStringLiteral("history")) ? raw.join(QStringLiteral(", ")) : QStringLiteral("id");
        auto rows = f.db().prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                       .arg(columns.join(QStringLiteral(" || '|' || ")), table, order));
        dump += "== " + table.toUtf8() + '\n';
        while (rows.step()) {
            dump += rows.text(0).toUtf8() + '\n';
        }
    }
    return dump;
}

} // namespace

TEST_CASE("a seed gives exactly the demo data it always gave") {
    CoreFixture f;
    generateDemoData(f.db(), options(300, 7));
    // The digest of what the generator wrote with raw INSERTs before it went through the
    // repositories. When the demo is meant to change, update it, and raise WORKLOAD_TAG in
    // benchmarks/run_benchmarks.py so that no benchmark reuses a vault of the old data.
    CHECK(QCryptographicHash::hash(dumpOf(f), QCryptographicHash::Sha256).toHex() ==
          "30aeade87e50751ddd2a544011e12904ffadf3a7fea3d57b68c33266c72cfc10");
}

TEST_CASE("the demo generator produces the same clients from the same seed") {
    CoreFixture first;
    CoreFixture second;
    CoreFixture other;
    generateDemoData(first.db(), options(150, 7));
    generateDemoData(second.db(), options(150, 7));
    generateDemoData(other.db(), options(150, 8));
    const QStringList list = clientList(first);
    CHECK(list.size() == 150);
    CHECK(list == clientList(second));
    CHECK(list != clientList(other));
    const char* notes = "SELECT COUNT(*), SUM(length(notes)) FROM consultations";
    CHECK(scalar(first, notes) == scalar(second, notes));
    CHECK(first.consultations.search(QStringLiteral("jobcenter"), 1000).size() ==
          second.consultations.search(QStringLiteral("jobcenter"), 1000).size());
}

TEST_CASE("demo data is plausible and follows the rules of the case file") {
    CoreFixture f;
    generateDemoData(f.db(), options(400, 2026));
    REQUIRE(f.clients.count({}) == 400);

    // Every client consented; cases exist for everyone and reach every phase.
    CHECK(scalar(f, "SELECT COUNT(DISTINCT client_id) FROM consents") == 400);
    CHECK(scalar(f, "SELECT COUNT(DISTINCT client_id) FROM cases") == 400);
    for (Phase phase : allValues<Phase>()) {
        ClientFilter filter;
        filter.phase = phase;
        CHECK(f.clients.count(filter) > 5);
    }
    for (TargetGroup group : allValues<TargetGroup>()) {
        ClientFilter filter;
        filter.targetGroup = group;
        CHECK(f.clients.count(filter) > 20);
    }
    ClientFilter gt{QString(), Municipality::Guetersloh, std::nullopt, std::nullopt};
    ClientFilter werther{QString(), Municipality::Werther, std::nullopt, std::nullopt};
    CHECK(f.clients.count(gt) > 4 * f.clients.count(werther));

    // Residence status fits the target group.
    CHECK(scalar(f, "SELECT COUNT(*) FROM clients WHERE target_group = 4 AND residence_status = 5") >
          scalar(f, "SELECT COUNT(*) FROM clients WHERE target_group = 4") * 3 / 4);
    CHECK(scalar(f, "SELECT COUNT(*) FROM clients WHERE target_group = 3 AND residence_status = 1") == 0);

    // About eight consultations per client, with text, never in the future or after closing.
    const int consultations = scalar(f, "SELECT COUNT(*) FROM consultations");
    CHECK(consultations > 400 * 5);
    CHECK(consultations < 400 * 11);
    CHECK(scalar(f, "SELECT COUNT(*) FROM consultations WHERE length(notes) < 20") == 0);
    CHECK(scalar(f, "SELECT COUNT(*) FROM consultations WHERE held_on > '2026-03-10'") == 0);
    CHECK(scalar(f,
                 "SELECT COUNT(*) FROM consultations co JOIN cases ca ON ca.id = co.case_id "
                 "WHERE co.held_on < ca.opened_on OR (ca.closed_on IS NOT NULL AND co.held_on > ca.closed_on)") == 0);
    CHECK(scalar(f, "SELECT MIN(c) FROM (SELECT COUNT(*) AS c FROM goals GROUP BY case_id)") >= 1);
    CHECK(scalar(f, "SELECT MAX(c) FROM (SELECT COUNT(*) AS c FROM goals GROUP BY case_id)") <= 3);

    // Withdrawn consent: the case is closed and nothing is left open.
    CHECK(scalar(f, "SELECT COUNT(*) FROM consents WHERE withdrawn_on IS NOT NULL") > 0);
    CHECK(scalar(f, "SELECT COUNT(*) FROM consents co JOIN cases ca ON ca.client_id = co.client_id "
                    "WHERE co.withdrawn_on IS NOT NULL AND ca.phase <> 6") == 0);
    CHECK(scalar(f, "SELECT COUNT(*) FROM follow_ups f JOIN cases ca ON ca.id = f.case_id "
                    "WHERE ca.phase = 6 AND f.done_on IS NULL") == 0);

    // Follow-ups: some due today, some overdue.
    const DueCounts due = f.followUps.dueCounts();
    const int dueToday = due.due - due.overdue;
    CHECK(dueToday > 0);
    CHECK(due.overdue > dueToday);
    const QList<DueFollowUp> firstPage = f.followUps.duePage(1);
    REQUIRE(firstPage.size() == 1);
    CHECK(firstPage[0].followUp.isOverdueOn(f.clock.today())); // oldest first

    // Case codes have the repository's format and are unique (the schema enforces it).
    const QRegularExpression code(QStringLiteral("^[A-Z]{2,3}-20(24|25|26)-\\d{4}$"));
    for (const ClientRow& row : f.clients.page({}, 0, 400)) {
        CHECK(code.match(row.caseCode).hasMatch());
    }
    CHECK(f.consultations.search(QStringLiteral("Jobcenter"), 10).size() == 10);
}

TEST_CASE("demo data added to a vault in use continues its case codes") {
    CoreFixture f;
    const Client existing = f.addClient(QStringLiteral("Vorhanden"), QStringLiteral("Erika"));
    REQUIRE_NOTHROW(generateDemoData(f.db(), options(200, 1)));
    CHECK(f.clients.count({}) == 201);
    // The repository continues after the generated codes too.
    const Client next = f.addClient(QStringLiteral("Neu"), QStringLiteral("Nora"));
    CHECK(next.caseCode > existing.caseCode);
    CHECK(scalar(f, "SELECT COUNT(DISTINCT case_code) FROM clients") == 202);
}

// A benchmark that prints its figures; run with demo_tests "[benchmark]".
TEST_CASE("generating ten thousand demo clients and paging through them", "[.][benchmark]") {
    CoreFixture f;
    QElapsedTimer timer;
    timer.start();
    generateDemoData(f.db(), options(10000, 2026));
    const qint64 elapsed = timer.elapsed();
    WARN("10,000 clients generated in " << elapsed << " ms");
    CHECK(f.clients.count({}) == 10000);
    timer.restart();
    ClientFilter filter;
    filter.text = QStringLiteral("ko");
    f.clients.count(filter);
    f.clients.page(filter, 100, 50);
    f.clients.page({}, 9000, 50);
    WARN("filtered count and two pages in " << timer.elapsed() << " ms");
}
