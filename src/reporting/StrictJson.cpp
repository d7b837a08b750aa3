// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/StrictJson.h"

#include "exchange/PackageError.h"

#include <cmath>

namespace kim::reporting::StrictJson {

void damaged() {
    throw exchange::PackageError(exchange::PackageFailure::Damaged);
}

QJsonObject object(const QJsonValue& value, const QStringList& members) {
    if (!value.isObject()) {
        damaged();
    }
    const QJsonObject result = value.toObject();
    if (result.size() != members.size()) {
        damaged();
    }
    for (const QString& member : members) {
        if (!result.contains(member)) {
            damaged();
        }
    }
    return result;
}

QJsonArray array(const QJsonValue& value, qsizetype maxSize) {
    if (!value.isArray() || value.toArray().size() > maxSize) {
        damaged();
    }
    return value.toArray();
}

int64_t integer(const QJsonValue& value, int64_t min, int64_t max) {
    if (!value.isDouble()) {
        damaged();
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < static_cast<double>(min) ||
        number > static_cast<double>(max)) {
        damaged();
    }
    return static_cast<int64_t>(number);
}

QString text(const QJsonValue& value, qsizetype maxLength, bool allowEmpty) {
    if (!value.isString()) {
        damaged();
    }
    const QString result = value.toString().trimmed();
    if (result.size() > maxLength || (!allowEmpty && result.isEmpty())) {
        damaged();
    }
    for (const QChar character : result) {
        if (character.category() == QChar::Other_Control && character != u'\n' && character != u'\t') {
            damaged();
        }
    }
    return result;
}

QString matching(const QJsonValue& value, const QRegularExpression& pattern) {
    if (!value.isString()) {
        damaged();
    }
    const QString result = value.toString();
    if (!pattern.match(result).hasMatch()) {
        damaged();
    }
    return result;
}

} // namespace kim::reporting::StrictJson
