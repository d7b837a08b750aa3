// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/PackagePayload.h"

#include "exchange/PackageError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kim::exchange {

namespace {

constexpr auto FormatTag = "kim-fallakte-package";

[[noreturn]] void damaged() {
    throw PackageError(PackageFailure::Damaged);
}

bool isKeyId(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-F]{16}$"));
    return pattern.match(text).hasMatch();
}

bool isKind(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9.-]{0,63}$"));
    return pattern.match(text).hasMatch();
}

QStringList keyIdList(const QJsonValue& value) {
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > 256) {
        damaged();
    }
    QStringList result;
    for (const auto& entry : value.toArray()) {
        if (!isKeyId(entry.toString())) {
            damaged();
        }
        result << entry.toString();
    }
    return result;
}

QJsonObject parseObject(const QByteArray& json) {
    if (json.size() > PackagePayload::MaxSize) {
        throw PackageError(PackageFailure::TooLarge);
    }
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        damaged();
    }
    return document.object();
}

} // namespace

QByteArray PackagePayload::toJson() const {
    const QJsonObject json{
        {QStringLiteral("format"), QLatin1String(FormatTag)},
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sender"), senderKeyId},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(recipientKeyIds)},
        {QStringLiteral("period"), period},
        {QStringLiteral("content"), content},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

PackagePayload PackagePayload::parse(const QByteArray& json) {
    const QJsonObject object = parseObject(json);
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(FormatTag)) {
        damaged();
    }
    const QJsonValue version = object.value(QStringLiteral("schemaVersion"));
    if (!version.isDouble()) {
        damaged();
    }
    if (version.toInt(-1) != CurrentSchemaVersion) {
        throw PackageError(PackageFailure::UnsupportedVersion);
    }
    PackagePayload payload;
    payload.kind = object.value(QStringLiteral("kind")).toString();
    payload.id = QUuid::fromString(object.value(QStringLiteral("id")).toString());
    payload.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODate);
    payload.senderKeyId = object.value(QStringLiteral("sender")).toString();
    payload.recipientKeyIds = keyIdList(object.value(QStringLiteral("recipients")));
    payload.period = object.value(QStringLiteral("period")).toString();
    payload.content = object.value(QStringLiteral("content"));
    if (!isKind(payload.kind) || payload.id.isNull() || !payload.created.isValid() || !isKeyId(payload.senderKeyId) ||
        payload.period.size() > 64 || payload.content.isUndefined()) {
        damaged();
    }
    return payload;
}

} // namespace kim::exchange
