// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace kim::exchange {

// The signed JSON document inside a package (see docs/formats.md, "Exchange packages").
// Key ids are minisign key ids in upper-case hex.
struct PackagePayload {
    static constexpr int CurrentSchemaVersion = 1;
    static constexpr qsizetype MaxSize = 64 * 1024 * 1024;

    QString kind;
    int schemaVersion = CurrentSchemaVersion;
    QUuid id;
    QDateTime created;
    QString senderKeyId;
    QStringList recipientKeyIds;
    QString period;
    QJsonValue content;

    QByteArray toJson() const;
    // Throws PackageError(Damaged | UnsupportedVersion | TooLarge).
    static PackagePayload parse(const QByteArray& json);
};

} // namespace kim::exchange
