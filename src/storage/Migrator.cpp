// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrator.h"

#include "base/Error.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <map>

namespace kim::storage {

namespace {

// Version number → resource path, from the embedded schema/NNNN_name.sql files.
std::map<int, QString> migrations() {
    std::map<int, QString> result;
    const QDir dir(QStringLiteral(":/schema"));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.left(4).toInt(&ok);
        if (ok && version > 0) {
            result.emplace(version, dir.filePath(name));
        }
    }
    return result;
}

} // namespace

int Migrator::latestVersion() {
    const auto all = migrations();
    return all.empty() ? 0 : all.rbegin()->first;
}

void Migrator::migrate(Database& db, int targetVersion) {
    const int current = db.userVersion();
    if (current > latestVersion()) {
        throw Error(ErrorCode::UnsupportedVersion,
                    QCoreApplication::translate("Migrator", "Die Arbeitsmappe wurde mit einer neueren Version von KIM "
                                                            "Fallakte gespeichert. Bitte aktualisieren Sie das "
                                                            "Programm."));
    }
    for (const auto& [version, resource] : migrations()) {
        if (version <= current || version > targetVersion) {
            continue;
        }
        QFile script(resource);
        if (!script.open(QIODevice::ReadOnly)) {
            throw Error(ErrorCode::Internal, QStringLiteral("missing migration %1").arg(version));
        }
        Transaction transaction(db);
        db.exec(QString::fromUtf8(script.readAll()));
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
}

} // namespace kim::storage
