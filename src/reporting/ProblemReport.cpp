// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ProblemReport.h"

#include "exchange/PackageError.h"
#include "reporting/ProblemCodes.h"
#include "reporting/StrictJson.h"

#include "core/ProblemTaxonomy.h"

#include <QJsonArray>

#include <algorithm>

namespace kim::reporting {

namespace {

using StrictJson::damaged;

constexpr int64_t MaxCount = 10'000'000;
constexpr qsizetype MaxCells = 100'000;
constexpr qsizetype MaxProposals = 100;
constexpr qsizetype MaxTitleLength = 200;
constexpr qsizetype MaxDefinitionLength = 1000;
constexpr int64_t MaxVersion = 1'000'000;

QString keySumText(uint64_t keySum) {
    return QStringLiteral("%1").arg(keySum, 16, 16, QLatin1Char('0'));
}

uint64_t parseKeySum(const QJsonValue& value) {
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{16}")));
    bool ok = false;
    const uint64_t result = StrictJson::matching(value, pattern).toULongLong(&ok, 16);
    if (!ok) {
        damaged();
    }
    return result;
}

// Whether `value` is a valid code for the dimension; `field` is the cell's first value.
bool isDimensionValue(const QString& dimension, const QString& value, const QString& field) {
    if (dimension == QLatin1String("field")) {
        return ProblemCodes::isFieldCode(value);
    }
    if (dimension == QLatin1String("problems")) {
        return ProblemCodes::combination(value, field).has_value();
    }
    const bool isNumber = ProblemCodes::isCatalogueNumber(value, dimension == QLatin1String("institution_type"));
    if (!isNumber) {
        return false;
    }
    if (dimension == QLatin1String("municipality")) {
        return core::isValid<core::Municipality>(value.toInt());
    }
    if (dimension == QLatin1String("target_group")) {
        return core::isValid<core::TargetGroup>(value.toInt());
    }
    if (dimension == QLatin1String("institution_type")) {
        return value == QLatin1String("0") || core::isValid<core::InstitutionType>(value.toInt());
    }
    return false;
}

core::ProblemCell parseCell(const QJsonValue& json, const QStringList& dimensions) {
    const QJsonObject object =
        StrictJson::object(json, {QStringLiteral("key"), QStringLiteral("count"), QStringLiteral("keySum")});
    const QJsonArray key = StrictJson::array(object.value(QStringLiteral("key")), dimensions.size());
    if (key.size() != dimensions.size()) {
        damaged();
    }
    core::ProblemCell cell;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (!key[i].isString() || !isDimensionValue(dimensions[i], key[i].toString(), key[0].toString())) {
            damaged();
        }
        cell.key << key[i].toString();
    }
    cell.count = StrictJson::integer(object.value(QStringLiteral("count")), 1, MaxCount);
    cell.keySum = parseKeySum(object.value(QStringLiteral("keySum")));
    return cell;
}

core::ProblemTable parseTable(const QJsonValue& json, const QString& id, const QStringList& dimensions,
                              qsizetype& cellBudget) {
    const QJsonObject object =
        StrictJson::object(json, {QStringLiteral("id"), QStringLiteral("dimensions"), QStringLiteral("cells")});
    if (object.value(QStringLiteral("id")) != QJsonValue(id) ||
        object.value(QStringLiteral("dimensions")) != QJsonValue(QJsonArray::fromStringList(dimensions))) {
        damaged();
    }
    const QJsonArray cells = StrictJson::array(object.value(QStringLiteral("cells")), cellBudget);
    cellBudget -= cells.size();
    core::ProblemTable table{id, dimensions, {}};
    table.cells.reserve(static_cast<size_t>(cells.size()));
    for (const QJsonValue& cell : cells) {
        table.cells.push_back(parseCell(cell, dimensions));
    }
    std::sort(table.cells.begin(), table.cells.end(),
              [](const core::ProblemCell& a, const core::ProblemCell& b) { return a.key < b.key; });
    const auto duplicate = std::adjacent_find(table.cells.begin(), table.cells.end(),
                                              [](const auto& a, const auto& b) { return a.key == b.key; });
    if (duplicate != table.cells.end()) {
        damaged();
    }
    return table;
}

core::ProblemProposal parseProposal(const QJsonValue& json) {
    const QJsonObject object =
        StrictJson::object(json, {QStringLiteral("field"), QStringLiteral("title"), QStringLiteral("definition")});
    const QJsonValue field = object.value(QStringLiteral("field"));
    if (!ProblemCodes::isFieldCode(field.toString())) {
        damaged();
    }
    core::ProblemProposal proposal;
    proposal.field = *core::fieldFromCode(field.toString());
    proposal.title = StrictJson::text(object.value(QStringLiteral("title")), MaxTitleLength);
    proposal.definition = StrictJson::text(object.value(QStringLiteral("definition")), MaxDefinitionLength);
    return proposal;
}

QJsonObject tableJson(const core::ProblemTable& table) {
    QJsonArray cells;
    for (const auto& cell : table.cells) {
        cells.append(QJsonObject{{QStringLiteral("key"), QJsonArray::fromStringList(cell.key)},
                                 {QStringLiteral("count"), static_cast<qint64>(cell.count)},
                                 {QStringLiteral("keySum"), keySumText(cell.keySum)}});
    }
    return QJsonObject{{QStringLiteral("id"), table.id},
                       {QStringLiteral("dimensions"), QJsonArray::fromStringList(table.dimensions)},
                       {QStringLiteral("cells"), cells}};
}

} // namespace

QJsonObject ProblemReport::toJson() const {
    QJsonArray tableArray;
    for (const auto& table : tables.tables) {
        tableArray.append(tableJson(table));
    }
    QJsonArray proposalArray;
    for (const auto& proposal : proposals) {
        proposalArray.append(QJsonObject{{QStringLiteral("field"), core::fieldCode(proposal.field)},
                                         {QStringLiteral("title"), proposal.title.trimmed()},
                                         {QStringLiteral("definition"), proposal.definition.trimmed()}});
    }
    return QJsonObject{{QStringLiteral("programme"), tables.programmeVersion},
                       {QStringLiteral("taxonomy"), tables.taxonomyVersion},
                       {QStringLiteral("period"), tables.period.toString()},
                       {QStringLiteral("tables"), tableArray},
                       {QStringLiteral("proposals"), proposalArray}};
}

ProblemReport ProblemReport::fromJson(const QJsonValue& json, const QString& period) {
    const QJsonObject object =
        StrictJson::object(json, {QStringLiteral("programme"), QStringLiteral("taxonomy"), QStringLiteral("period"),
                                  QStringLiteral("tables"), QStringLiteral("proposals")});
    const int64_t programme = StrictJson::integer(object.value(QStringLiteral("programme")), 1, MaxVersion);
    // Reports of programme 1 (sent before the update) keep their meaning: same tables, same
    // cells; only their key sums were formed the old way.
    if (programme < core::ProblemTableSet::OldestReadableProgrammeVersion ||
        programme > core::ProblemTableSet::CurrentProgrammeVersion) {
        throw exchange::PackageError(exchange::PackageFailure::UnsupportedVersion);
    }
    const auto quarter = core::Quarter::parse(object.value(QStringLiteral("period")).toString());
    if (!object.value(QStringLiteral("period")).isString() || !quarter || quarter->toString() != period) {
        damaged();
    }
    ProblemReport report;
    report.tables.programmeVersion = static_cast<int>(programme);
    report.tables.taxonomyVersion =
        static_cast<int>(StrictJson::integer(object.value(QStringLiteral("taxonomy")), 0, MaxVersion));
    report.tables.period = *quarter;

    const auto programmeTables = core::ProblemTableProgramme::tables();
    const QJsonArray tables = StrictJson::array(object.value(QStringLiteral("tables")), programmeTables.size());
    if (tables.size() != programmeTables.size()) {
        damaged();
    }
    qsizetype cellBudget = MaxCells;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        report.tables.tables.push_back(
            parseTable(tables[i], programmeTables[i].first, programmeTables[i].second, cellBudget));
    }
    for (const QJsonValue& proposal : StrictJson::array(object.value(QStringLiteral("proposals")), MaxProposals)) {
        report.proposals << parseProposal(proposal);
    }
    return report;
}

} // namespace kim::reporting
