// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/PublicationJson.h"

namespace kim::reporting::PublicationJson {

namespace {

QStringList stringList(const QJsonValue& value) {
    QStringList result;
    for (const QJsonValue& entry : value.toArray()) {
        result << entry.toString();
    }
    return result;
}

} // namespace

QJsonObject fromParameters(const DisclosureParameters& parameters) {
    QJsonArray regions;
    for (const auto& region : parameters.regions.regions) {
        QJsonArray municipalities;
        for (const auto municipality : region.municipalities) {
            municipalities.append(static_cast<int>(municipality));
        }
        regions.append(QJsonObject{{QStringLiteral("code"), region.code},
                                   {QStringLiteral("name"), region.name},
                                   {QStringLiteral("municipalities"), municipalities}});
    }
    return QJsonObject{{QStringLiteral("year"), parameters.regions.year},
                       {QStringLiteral("collapseBelow"), parameters.collapseBelow},
                       {QStringLiteral("perturbationTable"), parameters.perturbationTableVersion},
                       {QStringLiteral("regions"), regions}};
}

DisclosureParameters toParameters(const QJsonObject& json) {
    DisclosureParameters parameters;
    parameters.regions.year = json.value(QStringLiteral("year")).toInt();
    parameters.collapseBelow = json.value(QStringLiteral("collapseBelow")).toInt();
    parameters.perturbationTableVersion = json.value(QStringLiteral("perturbationTable")).toInt();
    for (const QJsonValue& entry : json.value(QStringLiteral("regions")).toArray()) {
        const QJsonObject object = entry.toObject();
        Region region{
            object.value(QStringLiteral("code")).toString(), object.value(QStringLiteral("name")).toString(), {}};
        for (const QJsonValue& municipality : object.value(QStringLiteral("municipalities")).toArray()) {
            region.municipalities << static_cast<core::Municipality>(municipality.toInt());
        }
        parameters.regions.regions << region;
    }
    return parameters;
}

QJsonArray fromTables(const std::vector<PublishedTable>& tables) {
    QJsonArray result;
    for (const auto& table : tables) {
        QJsonArray cells;
        for (const auto& cell : table.cells) {
            cells.append(QJsonObject{{QStringLiteral("key"), QJsonArray::fromStringList(cell.key)},
                                     {QStringLiteral("value"), static_cast<qint64>(cell.value)}});
        }
        result.append(QJsonObject{{QStringLiteral("id"), table.id},
                                  {QStringLiteral("dimensions"), QJsonArray::fromStringList(table.dimensions)},
                                  {QStringLiteral("cells"), cells}});
    }
    return result;
}

std::vector<PublishedTable> toTables(const QJsonArray& json) {
    std::vector<PublishedTable> result;
    for (const QJsonValue& entry : json) {
        const QJsonObject object = entry.toObject();
        PublishedTable table{
            object.value(QStringLiteral("id")).toString(), stringList(object.value(QStringLiteral("dimensions"))), {}};
        for (const QJsonValue& cell : object.value(QStringLiteral("cells")).toArray()) {
            table.cells.push_back(PublishedCell{stringList(cell.toObject().value(QStringLiteral("key"))),
                                                cell.toObject().value(QStringLiteral("value")).toInteger()});
        }
        result.push_back(std::move(table));
    }
    return result;
}

} // namespace kim::reporting::PublicationJson
