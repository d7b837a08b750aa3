// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/VaultDigest.h"

#include "storage/Database.h"

#include <botan/hash.h>

#include <QStringList>

namespace kim::test {

namespace {

QStringList dataTables(storage::Database& db) {
    auto tables = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'consultation_fts%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"));
    QStringList names;
    while (tables.step()) {
        names << tables.text(0);
    }
    return names;
}

QStringList columnsOf(storage::Database& db, const QString& table) {
    // The PRAGMA form, not pragma_table_info(): it must read SQLite 3.15's vaults too.
    auto info = db.prepare(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
    QStringList columns;
    while (info.step()) {
        columns << QStringLiteral("quote(\"%1\")").arg(info.text(1));
    }
    return columns;
}

} // namespace

VaultContent vaultContent(storage::Database& db) {
    VaultContent content;
    const auto hash = Botan::HashFunction::create_or_throw("SHA-256");
    for (const QString& table : dataTables(db)) {
        const QStringList columns = columnsOf(db, table);
        QStringList order;
        for (int i = 1; i <= columns.size(); ++i) {
            order << QString::number(i);
        }
        auto rows = db.prepare(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                                   .arg(columns.join(QLatin1Char(',')), table, order.join(QLatin1Char(','))));
        int count = 0;
        const QByteArray name = table.toUtf8();
        hash->update(reinterpret_cast<const uint8_t*>(name.constData()), name.size() + 1);
        while (rows.step()) {
            ++count;
            for (int c = 0; c < columns.size(); ++c) {
                const QByteArray value = rows.text(c).toUtf8();
                hash->update(reinterpret_cast<const uint8_t*>(value.constData()), value.size() + 1);
            }
        }
        content.rowCounts.insert(table, count);
    }
    const auto digest = hash->final();
    content.digest = QByteArray(reinterpret_cast<const char*>(digest.data()), static_cast<int>(digest.size())).toHex();
    return content;
}

} // namespace kim::test
