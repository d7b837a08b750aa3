// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/OfficePackages.h"

#include "reporting/ProblemCodes.h"
#include "reporting/StrictJson.h"

#include "core/Quarter.h"

#include <QJsonArray>
#include <QSet>

namespace kim::reporting {

namespace {

using StrictJson::damaged;

constexpr qsizetype MaxTypes = 1000;
constexpr qsizetype MaxItems = 1000;
constexpr int64_t MaxVersion = 1'000'000;
constexpr qsizetype MaxTitleLength = 200;
constexpr qsizetype MaxDefinitionLength = 1000;
constexpr qsizetype MaxLongText = 4000;

const QList<QPair<core::ConferenceItemStatus, QString>>& statusNames() {
    static const QList<QPair<core::ConferenceItemStatus, QString>> names{
        {core::ConferenceItemStatus::Open, QStringLiteral("open")},
        {core::ConferenceItemStatus::InProgress, QStringLiteral("in-progress")},
        {core::ConferenceItemStatus::Implemented, QStringLiteral("implemented")},
        {core::ConferenceItemStatus::Deferred, QStringLiteral("deferred")},
        {core::ConferenceItemStatus::Rejected, QStringLiteral("rejected")},
    };
    return names;
}

QString statusName(core::ConferenceItemStatus status) {
    for (const auto& [value, name] : statusNames()) {
        if (value == status) {
            return name;
        }
    }
    return statusNames().front().second;
}

core::ConferenceItemStatus parseStatus(const QJsonValue& json) {
    for (const auto& [value, name] : statusNames()) {
        if (json.isString() && json.toString() == name) {
            return value;
        }
    }
    damaged();
}

QDate parseDate(const QJsonValue& json, bool allowNull) {
    if (allowNull && json.isNull()) {
        return {};
    }
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}")));
    const QDate date = QDate::fromString(StrictJson::matching(json, pattern), Qt::ISODate);
    if (!date.isValid()) {
        damaged();
    }
    return date;
}

core::ProblemType parseType(const QJsonValue& json, int version) {
    const QJsonObject object =
        StrictJson::object(json, {QStringLiteral("code"), QStringLiteral("field"), QStringLiteral("title"),
                                  QStringLiteral("definition"), QStringLiteral("since"), QStringLiteral("retiredIn")});
    const QString field = object.value(QStringLiteral("field")).toString();
    const QString code = object.value(QStringLiteral("code")).toString();
    if (!ProblemCodes::isFieldCode(field) || !ProblemCodes::isProblemCode(code) || code.left(3) != field) {
        damaged();
    }
    core::ProblemType type;
    type.code = code;
    type.field = *core::fieldFromCode(field);
    type.title = StrictJson::text(object.value(QStringLiteral("title")), MaxTitleLength);
    type.definition = StrictJson::text(object.value(QStringLiteral("definition")), MaxDefinitionLength, true);
    type.sinceVersion = static_cast<int>(StrictJson::integer(object.value(QStringLiteral("since")), 1, version));
    if (!object.value(QStringLiteral("retiredIn")).isNull()) {
        type.retiredIn = static_cast<int>(
            StrictJson::integer(object.value(QStringLiteral("retiredIn")), type.sinceVersion, version));
    }
    return type;
}

core::ConferenceItem parseItem(const QJsonValue& json) {
    const QJsonObject object =
        StrictJson::object(json, {QStringLiteral("id"), QStringLiteral("problemCode"), QStringLiteral("period"),
                                  QStringLiteral("conferenceDate"), QStringLiteral("agendaTitle"),
                                  QStringLiteral("decision"), QStringLiteral("workingGroup"),
                                  QStringLiteral("measures"), QStringLiteral("status"), QStringLiteral("feedback")});
    core::ConferenceItem item;
    item.id = StrictJson::integer(object.value(QStringLiteral("id")), 1, int64_t{1} << 53);
    item.problemCode = object.value(QStringLiteral("problemCode")).toString();
    if (!ProblemCodes::isProblemCode(item.problemCode, true)) {
        damaged();
    }
    item.period = object.value(QStringLiteral("period")).toString();
    if (!core::Quarter::parse(item.period) || core::Quarter::parse(item.period)->toString() != item.period) {
        damaged();
    }
    item.conferenceDate = parseDate(object.value(QStringLiteral("conferenceDate")), true);
    item.agendaTitle = StrictJson::text(object.value(QStringLiteral("agendaTitle")), MaxTitleLength);
    item.decision = StrictJson::text(object.value(QStringLiteral("decision")), MaxLongText, true);
    item.workingGroup = StrictJson::text(object.value(QStringLiteral("workingGroup")), MaxTitleLength, true);
    item.measures = StrictJson::text(object.value(QStringLiteral("measures")), MaxLongText, true);
    item.status = parseStatus(object.value(QStringLiteral("status")));
    item.feedback = StrictJson::text(object.value(QStringLiteral("feedback")), MaxLongText, true);
    return item;
}

} // namespace

QJsonObject TaxonomyPackage::toJson() const {
    QJsonArray types;
    for (const auto& type : taxonomy.types) {
        types.append(QJsonObject{
            {QStringLiteral("code"), type.code},
            {QStringLiteral("field"), core::fieldCode(type.field)},
            {QStringLiteral("title"), type.title.trimmed()},
            {QStringLiteral("definition"), type.definition.trimmed()},
            {QStringLiteral("since"), type.sinceVersion},
            {QStringLiteral("retiredIn"), type.retiredIn ? QJsonValue(*type.retiredIn) : QJsonValue(QJsonValue::Null)},
        });
    }
    return QJsonObject{{QStringLiteral("version"), taxonomy.version},
                       {QStringLiteral("issuedOn"), taxonomy.issuedOn.toString(Qt::ISODate)},
                       {QStringLiteral("types"), types}};
}

TaxonomyPackage TaxonomyPackage::fromJson(const QJsonValue& json) {
    const QJsonObject object =
        StrictJson::object(json, {QStringLiteral("version"), QStringLiteral("issuedOn"), QStringLiteral("types")});
    TaxonomyPackage package;
    package.taxonomy.version =
        static_cast<int>(StrictJson::integer(object.value(QStringLiteral("version")), 1, MaxVersion));
    package.taxonomy.issuedOn = parseDate(object.value(QStringLiteral("issuedOn")), false);
    QSet<QString> codes;
    for (const QJsonValue& entry : StrictJson::array(object.value(QStringLiteral("types")), MaxTypes)) {
        const auto type = parseType(entry, package.taxonomy.version);
        if (codes.contains(type.code)) {
            damaged();
        }
        codes.insert(type.code);
        package.taxonomy.types << type;
    }
    return package;
}

QJsonObject FeedbackPackage::toJson() const {
    QJsonArray array;
    for (const auto& item : items) {
        array.append(QJsonObject{
            {QStringLiteral("id"), static_cast<qint64>(item.id)},
            {QStringLiteral("problemCode"), item.problemCode},
            {QStringLiteral("period"), item.period},
            {QStringLiteral("conferenceDate"), item.conferenceDate.isValid()
                                                   ? QJsonValue(item.conferenceDate.toString(Qt::ISODate))
                                                   : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("agendaTitle"), item.agendaTitle.trimmed()},
            {QStringLiteral("decision"), item.decision.trimmed()},
            {QStringLiteral("workingGroup"), item.workingGroup.trimmed()},
            {QStringLiteral("measures"), item.measures.trimmed()},
            {QStringLiteral("status"), statusName(item.status)},
            {QStringLiteral("feedback"), item.feedback.trimmed()},
        });
    }
    return QJsonObject{{QStringLiteral("items"), array}};
}

FeedbackPackage FeedbackPackage::fromJson(const QJsonValue& json) {
    const QJsonObject object = StrictJson::object(json, {QStringLiteral("items")});
    FeedbackPackage package;
    QSet<int64_t> ids;
    for (const QJsonValue& entry : StrictJson::array(object.value(QStringLiteral("items")), MaxItems)) {
        auto item = parseItem(entry);
        if (ids.contains(item.id)) {
            damaged();
        }
        ids.insert(item.id);
        package.items << item;
    }
    return package;
}

} // namespace kim::reporting
