// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace kim::reporting::StrictJson {

// Readers for package contents that accept exactly the documented shape: every helper throws
// exchange::PackageError(Damaged) for anything else, so a parser reads as a list of expectations.

[[noreturn]] void damaged();
// An object with exactly these members, no more and no fewer.
QJsonObject object(const QJsonValue& value, const QStringList& members);
QJsonArray array(const QJsonValue& value, qsizetype maxSize);
// A whole number in [min, max] (JSON numbers are doubles: at most 2^53).
int64_t integer(const QJsonValue& value, int64_t min, int64_t max);
// Text, trimmed, of 1 to maxLength characters (0 allowed when allowEmpty) without control
// characters other than line breaks and tabs.
QString text(const QJsonValue& value, qsizetype maxLength, bool allowEmpty = false);
// A string that `pattern` (anchored) matches.
QString matching(const QJsonValue& value, const QRegularExpression& pattern);

} // namespace kim::reporting::StrictJson
