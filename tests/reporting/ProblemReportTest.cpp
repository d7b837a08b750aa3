// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ExchangeTestSupport.h"
#include "ProblemTestSupport.h"

#include "reporting/OfficePackages.h"
#include "exchange/PackageError.h"
#include "reporting/ProblemReport.h"
#include "support/FileBytes.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>
#include <optional>
#include <variant>

using namespace kim;
using namespace Qt::StringLiterals;
using namespace kim::exchange;
using namespace kim::reporting;
using namespace kim::test;

namespace {

const core::Quarter Q3{2026, 3};
const QString Period = QStringLiteral("2026-Q3");

using Step = std::variant<QString, int>;

// `node` with the value at `path` replaced (or removed when `value` is empty).
QJsonValue edited(const QJsonValue& node, std::span<const Step> path, const std::optional<QJsonValue>& value) {
    if (path.empty()) {
        return *value;
    }
    if (const auto* key = std::get_if<QString>(&path[0])) {
        QJsonObject object = node.toObject();
        if (path.size() == 1 && !value) {
            object.remove(*key);
        } else {
            object[*key] = edited(object.value(*key), path.subspan(1), value);
        }
        return object;
    }
    QJsonArray array = node.toArray();
    const int index = std::get<int>(path[0]);
    if (path.size() == 1 && !value) {
        array.removeAt(index);
    } else if (index == array.size()) {
        array.append(edited(QJsonValue(), path.subspan(1), value));
    } else {
        array[index] = edited(array.at(index), path.subspan(1), value);
    }
    return array;
}

QJsonValue with(const QJsonObject& root, std::initializer_list<Step> path, const QJsonValue& value) {
    const std::vector<Step> steps(path);
    return edited(root, steps, value);
}

QJsonValue without(const QJsonObject& root, std::initializer_list<Step> path) {
    const std::vector<Step> steps(path);
    return edited(root, steps, std::nullopt);
}

ProblemReport sampleReport() {
    std::vector<TestUnit> units(3);
    units[0].recordKey = 0xfedcba9876543210ULL;
    units[0].codes[QStringLiteral("ARB")] = {QStringLiteral("ARB-01"), QStringLiteral("ARB-03")};
    units[0].institutions[QStringLiteral("ARB")] = {1, 0};
    units[1].recordKey = 42;
    units[1].municipality = 13;
    units[1].targetGroup = 4;
    units[1].codes[QStringLiteral("INS")] = {QStringLiteral("INS-07")};
    units[2].recordKey = 0x8000000000000000ULL;
    units[2].codes[QStringLiteral("ARB")] = {QStringLiteral("ARB-01"), QStringLiteral("ARB-03")};
    ProblemReport report;
    report.tables = tablesOf(units, Q3);
    core::ProblemProposal proposal;
    proposal.field = core::FieldOfAction::LanguageEducation;
    proposal.title = QStringLiteral("Kein Sprachkurs am Abend");
    proposal.definition = QStringLiteral("Kurse finden nur vormittags statt.");
    report.proposals << proposal;
    return report;
}

PackageFailure failureOf(const QJsonValue& content, const QString& period = Period) {
    try {
        ProblemReport::fromJson(content, period);
    } catch (const PackageError& error) {
        return error.failure();
    }
    FAIL("the hostile report was accepted: " << QJsonDocument(content.toObject()).toJson().toStdString());
    return PackageFailure::InvalidKey;
}

// Table 0 is "problems" [field, problems], 1 "field_municipality", 2 "field_target_group",
// 3 "field_institution"; cell 0 of each exists in the sample.
QJsonValue withCellKey(const QJsonObject& root, int table, const QStringList& key) {
    return with(root, {QStringLiteral("tables"), table, QStringLiteral("cells"), 0, QStringLiteral("key")},
                QJsonArray::fromStringList(key));
}

} // namespace

TEST_CASE("a problem report survives the trip through JSON unchanged") {
    const ProblemReport report = sampleReport();
    const QJsonObject json = report.toJson();
    const ProblemReport back = ProblemReport::fromJson(json, Period);
    CHECK(back.tables == report.tables);
    REQUIRE(back.proposals.size() == 1);
    CHECK(back.proposals[0].field == core::FieldOfAction::LanguageEducation);
    CHECK(back.proposals[0].title == report.proposals[0].title);
    CHECK(back.proposals[0].definition == report.proposals[0].definition);
    CHECK(back.toJson() == json);
    // Key sums travel as exactly 16 lower-case hex digits, also at the extremes.
    const QString keySum =
        json[QStringLiteral("tables")][0][QStringLiteral("cells")][0][QStringLiteral("keySum")].toString();
    CHECK(keySum == QStringLiteral("7edcba9876543210")); // 0xfedc… + 0x8000… wraps modulo 2^64
}

TEST_CASE("the documented example reports in tests/data are read and written back unchanged") {
    // Version 2 is what case managers send now; version 1 (record keys summed as they are) is
    // what offices may still hold from before, and keeps being read.
    for (const int programme : {1, 2}) {
        const QByteArray file = fileBytes(exchangeDataPath(QStringLiteral("problem-report-v%1.json").arg(programme)));
        REQUIRE_FALSE(file.isEmpty());
        const QJsonObject json = QJsonDocument::fromJson(file).object();
        const ProblemReport report = ProblemReport::fromJson(json, Period);
        CHECK(report.tables.programmeVersion == programme);
        CHECK(report.tables.tables.size() == 4);
        CHECK(report.tables.table(QStringLiteral("problems"))->find({u"ARB"_s, u"ARB-01+ARB-03"_s})->count == 2);
        CHECK(report.toJson() == json);
        ProblemReport sample = sampleReport();
        sample.tables.programmeVersion = programme;
        CHECK(sample.toJson() == json);
    }
}

TEST_CASE("a problem report that is not exactly the documented shape is refused as damaged") {
    const QJsonObject valid = sampleReport().toJson();
    REQUIRE_NOTHROW(ProblemReport::fromJson(valid, Period));
    const QString cells = QStringLiteral("cells");
    const QString tables = QStringLiteral("tables");

    SECTION("not an object") {
        CHECK(failureOf(QJsonArray{valid}) == PackageFailure::Damaged);
        CHECK(failureOf(QJsonValue(QStringLiteral("report"))) == PackageFailure::Damaged);
        CHECK(failureOf(QJsonValue()) == PackageFailure::Damaged);
    }
    SECTION("a member missing or added at any level") {
        for (const QString& member : valid.keys()) {
            CHECK(failureOf(without(valid, {member})) == PackageFailure::Damaged);
        }
        CHECK(failureOf(with(valid, {QStringLiteral("names")}, QJsonArray{QStringLiteral("Müller")})) ==
              PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {tables, 0, QStringLiteral("note")}, QStringLiteral("x"))) ==
              PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {tables, 0, cells, 0, QStringLiteral("since")}, QStringLiteral("2026-07-03"))) ==
              PackageFailure::Damaged);
        CHECK(failureOf(without(valid, {tables, 0, cells, 0, QStringLiteral("keySum")})) == PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {QStringLiteral("proposals"), 0, QStringLiteral("client")},
                             QStringLiteral("Ivanova"))) == PackageFailure::Damaged);
    }
    SECTION("another programme, period or taxonomy version") {
        CHECK(failureOf(with(valid, {QStringLiteral("programme")}, 3)) == PackageFailure::UnsupportedVersion);
        CHECK(failureOf(with(valid, {QStringLiteral("programme")}, QStringLiteral("1"))) == PackageFailure::Damaged);
        CHECK(failureOf(valid, QStringLiteral("2026-Q4")) == PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {QStringLiteral("period")}, QStringLiteral("2026-07"))) == PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {QStringLiteral("period")}, QStringLiteral("2026-Q5")),
                        QStringLiteral("2026-Q5")) == PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {QStringLiteral("taxonomy")}, -1)) == PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {QStringLiteral("taxonomy")}, 1.5)) == PackageFailure::Damaged);
    }
    SECTION("tables missing, added, reordered or with other dimensions") {
        CHECK(failureOf(without(valid, {tables, 3})) == PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {tables, 4}, valid[tables][0])) == PackageFailure::Damaged);
        QJsonArray swapped = valid[tables].toArray();
        const QJsonValue second = swapped[1];
        swapped[1] = swapped[2];
        swapped[2] = second;
        CHECK(failureOf(with(valid, {tables}, swapped)) == PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {tables, 1, QStringLiteral("id")}, QStringLiteral("field_nationality"))) ==
              PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {tables, 1, QStringLiteral("dimensions"), 1}, QStringLiteral("nationality"))) ==
              PackageFailure::Damaged);
    }
    SECTION("keys that are not codes") {
        const QList<QPair<int, QStringList>> hostile{
            {0, {u"XYZ"_s, u"XYZ-01"_s}},
            {0, {u"arb"_s, u"arb-01"_s}},
            {0, {u"ARB"_s, u"INS-01"_s}},
            {0, {u"ARB"_s, u"ARB-03+ARB-01"_s}},
            {0, {u"ARB"_s, u"ARB-01+ARB-01"_s}},
            {0, {u"ARB"_s, u"ARB-SONST"_s}},
            {0, {u"ARB"_s, u"ARB-1"_s}},
            {0, {u"ARB"_s, u"ARB-01 "_s}},
            {0, {u"ARB"_s, u"Müller"_s}},
            {0, {u"ARB"_s, u""_s}},
            {0, {u"ARB"_s, u"ARB-01+"_s}},
            {0, {u"ARB"_s}},
            {0, {u"ARB"_s, u"ARB-01"_s, u"7"_s}},
            {1, {u"ARB"_s, u"0"_s}},
            {1, {u"ARB"_s, u"14"_s}},
            {1, {u"ARB"_s, u"07"_s}},
            {1, {u"ARB"_s, u" 7"_s}},
            {1, {u"ARB"_s, u"\u0663"_s}},
            {1, {u"ARB"_s, u"Gütersloh"_s}},
            {1, {u"ARB"_s, u"7|8"_s}},
            {2, {u"ARB"_s, u"5"_s}},
            {2, {u"ARB"_s, u"0"_s}},
            {3, {u"ARB"_s, u"17"_s}},
            {3, {u"ARB"_s, u"-1"_s}},
        };
        for (const auto& [table, key] : hostile) {
            INFO(key.join(u',').toStdString());
            CHECK(failureOf(withCellKey(valid, table, key)) == PackageFailure::Damaged);
        }
        CHECK(failureOf(with(valid, {tables, 0, cells, 0, QStringLiteral("key"), 0}, 5)) == PackageFailure::Damaged);
    }
    SECTION("counts and key sums out of range or of the wrong type") {
        for (const QJsonValue& count : {QJsonValue(0), QJsonValue(-1), QJsonValue(1.5), QJsonValue(10'000'001),
                                        QJsonValue(QStringLiteral("3")), QJsonValue(1e300)}) {
            CHECK(failureOf(with(valid, {tables, 0, cells, 0, QStringLiteral("count")}, count)) ==
                  PackageFailure::Damaged);
        }
        for (const QJsonValue& keySum :
             {QJsonValue(QStringLiteral("7edcba987654321")), QJsonValue(QStringLiteral("7edcba98765432100")),
              QJsonValue(QStringLiteral("7EDCBA9876543210")), QJsonValue(QStringLiteral("zzzzzzzzzzzzzzzz")),
              QJsonValue(QStringLiteral("-edcba9876543210")), QJsonValue(12345)}) {
            CHECK(failureOf(with(valid, {tables, 0, cells, 0, QStringLiteral("keySum")}, keySum)) ==
                  PackageFailure::Damaged);
        }
    }
    SECTION("a cell twice") {
        CHECK(failureOf(with(valid, {tables, 1, cells, 2}, valid[tables][1][cells][0])) == PackageFailure::Damaged);
    }
    SECTION("more cells than any real report has") {
        QJsonArray many;
        for (int i = 0; i < 100'001; ++i) {
            many.append(QJsonObject{{QStringLiteral("key"), QJsonArray{QStringLiteral("ARB"), QStringLiteral("1")}},
                                    {QStringLiteral("count"), 1},
                                    {QStringLiteral("keySum"), QStringLiteral("0000000000000001")}});
        }
        CHECK(failureOf(with(valid, {tables, 1, cells}, many)) == PackageFailure::Damaged);
    }
    SECTION("proposals with unknown fields or text out of bounds") {
        const QString proposals = QStringLiteral("proposals");
        CHECK(failureOf(with(valid, {proposals, 0, QStringLiteral("field")}, QStringLiteral("XYZ"))) ==
              PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {proposals, 0, QStringLiteral("title")}, QStringLiteral("   "))) ==
              PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {proposals, 0, QStringLiteral("title")}, QString(201, u'x'))) ==
              PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {proposals, 0, QStringLiteral("definition")}, QString(1001, u'x'))) ==
              PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {proposals, 0, QStringLiteral("title")}, QStringLiteral("a\u0007b"))) ==
              PackageFailure::Damaged);
        CHECK(failureOf(with(valid, {proposals, 0, QStringLiteral("title")}, 7)) == PackageFailure::Damaged);
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i) {
            tooMany.append(valid[proposals][0]);
        }
        CHECK(failureOf(with(valid, {proposals}, tooMany)) == PackageFailure::Damaged);
    }
}

TEST_CASE("taxonomy and feedback packages survive JSON and refuse anything else") {
    core::Taxonomy taxonomy;
    taxonomy.version = 3;
    taxonomy.issuedOn = QDate(2026, 9, 1);
    taxonomy.types << core::ProblemType{QStringLiteral("ARB-01"),
                                        core::FieldOfAction::WorkEconomy,
                                        QStringLiteral("Keine Kurse"),
                                        QStringLiteral("Definition"),
                                        1,
                                        std::nullopt}
                   << core::ProblemType{QStringLiteral("INS-08"),
                                        core::FieldOfAction::Institutions,
                                        QStringLiteral("Neu"),
                                        QString(),
                                        3,
                                        std::nullopt}
                   << core::ProblemType{QStringLiteral("BIL-02"),
                                        core::FieldOfAction::LanguageEducation,
                                        QStringLiteral("Alt"),
                                        QStringLiteral("x"),
                                        1,
                                        2};
    const QJsonObject taxonomyJson = TaxonomyPackage{taxonomy}.toJson();
    const auto taxonomyBack = TaxonomyPackage::fromJson(taxonomyJson);
    CHECK(taxonomyBack.toJson() == taxonomyJson);
    CHECK(taxonomyBack.taxonomy.types[2].retiredIn == 2);

    core::ConferenceItem item;
    item.id = 17;
    item.problemCode = QStringLiteral("INS-SONST");
    item.period = Period;
    item.conferenceDate = QDate(2026, 11, 4);
    item.agendaTitle = QStringLiteral("Wartezeiten");
    item.decision = QStringLiteral("AG Verwaltung prüft");
    item.status = core::ConferenceItemStatus::InProgress;
    item.feedback = QStringLiteral("Gespräch mit der Behörde am 1.12.");
    const QJsonObject feedbackJson = FeedbackPackage{{item}}.toJson();
    const auto feedbackBack = FeedbackPackage::fromJson(feedbackJson);
    CHECK(feedbackBack.toJson() == feedbackJson);
    REQUIRE(feedbackBack.items.size() == 1);
    CHECK(feedbackBack.items[0].status == core::ConferenceItemStatus::InProgress);
    CHECK(feedbackBack.items[0].conferenceDate == item.conferenceDate);

    const auto damagedTaxonomy = [](const QJsonValue& json) {
        try {
            TaxonomyPackage::fromJson(json);
        } catch (const PackageError& error) {
            return error.failure() == PackageFailure::Damaged;
        }
        return false;
    };
    const auto damagedFeedback = [](const QJsonValue& json) {
        try {
            FeedbackPackage::fromJson(json);
        } catch (const PackageError& error) {
            return error.failure() == PackageFailure::Damaged;
        }
        return false;
    };
    const QString types = QStringLiteral("types");
    const QString items = QStringLiteral("items");
    CHECK(damagedTaxonomy(with(taxonomyJson, {QStringLiteral("version")}, 0)));
    CHECK(damagedTaxonomy(with(taxonomyJson, {QStringLiteral("issuedOn")}, QStringLiteral("2026-02-30"))));
    CHECK(damagedTaxonomy(with(taxonomyJson, {types, 0, QStringLiteral("code")}, QStringLiteral("INS-01"))));
    CHECK(damagedTaxonomy(with(taxonomyJson, {types, 0, QStringLiteral("code")}, QStringLiteral("ARB-SONST"))));
    CHECK(damagedTaxonomy(with(taxonomyJson, {types, 1, QStringLiteral("since")}, 4)));
    CHECK(damagedTaxonomy(with(taxonomyJson, {types, 2, QStringLiteral("retiredIn")}, 0)));
    CHECK(damagedTaxonomy(with(taxonomyJson, {types, 3}, taxonomyJson[types][0])));
    CHECK(damagedTaxonomy(without(taxonomyJson, {types, 0, QStringLiteral("retiredIn")})));
    CHECK(damagedFeedback(with(feedbackJson, {items, 0, QStringLiteral("status")}, QStringLiteral("done"))));
    CHECK(damagedFeedback(with(feedbackJson, {items, 0, QStringLiteral("problemCode")}, QStringLiteral("XYZ-01"))));
    CHECK(damagedFeedback(with(feedbackJson, {items, 0, QStringLiteral("period")}, QStringLiteral("2026-11"))));
    CHECK(damagedFeedback(with(feedbackJson, {items, 0, QStringLiteral("agendaTitle")}, QString())));
    CHECK(damagedFeedback(with(feedbackJson, {items, 0, QStringLiteral("id")}, 0)));
    CHECK(damagedFeedback(with(feedbackJson, {items, 1}, feedbackJson[items][0])));
    CHECK(damagedFeedback(with(feedbackJson, {QStringLiteral("sender")}, QStringLiteral("x"))));
}
