// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqliteError.h"

#include "base/Error.h"

#include "storage/SqliteApi.h"

#include <QCoreApplication>

namespace kim::storage {

namespace {} // namespace

void throwSqliteError(sqlite3* /*db*/, int resultCode) {
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        throw Error(ErrorCode::DiskFull,
                    QCoreApplication::translate(
                        "Database", "Der Datenträger ist voll. Die letzte Änderung wurde nicht gespeichert; "
                                    "alle früheren Daten sind unverändert."));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw Error(ErrorCode::DamagedDatabase,
                    QCoreApplication::translate(
                        "Database",
                        "Die Arbeitsmappe ist beschädigt oder passt nicht zu ihrer Schlüsseldatei. Bitte stellen Sie "
                        "sie aus einer Sicherung wieder her."));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        throw Error(ErrorCode::NotWritable,
                    QCoreApplication::translate(
                        "Database",
                        "Auf die Arbeitsmappe kann nicht zugegriffen werden (keine Schreibrechte oder der Ordner "
                        "fehlt)."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Error(ErrorCode::Busy,
                    QCoreApplication::translate("Database",
                                                "Die Arbeitsmappe wird gerade von einem anderen Programm benutzt."));
    case SQLITE_CONSTRAINT:
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Database",
                                                "Die Angaben widersprechen vorhandenen Daten und wurden nicht "
                                                "gespeichert."));
    case SQLITE_IOERR:
        throw Error(ErrorCode::DiskFull,
                    QCoreApplication::translate("Database",
                                                "Beim Schreiben auf den Datenträger ist ein Fehler aufgetreten. Die "
                                                "letzte Änderung wurde nicht gespeichert."));
    default:
        throw Error(ErrorCode::Internal,
                    QCoreApplication::translate(
                        "Database", "Interner Datenbankfehler (Code %1). Die letzte Änderung wurde nicht gespeichert.")
                        .arg(resultCode));
    }
}

void check(sqlite3* db, int resultCode) {
    if (resultCode != SQLITE_OK) {
        throwSqliteError(db, resultCode);
    }
}

} // namespace kim::storage
