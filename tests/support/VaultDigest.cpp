// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/VaultDigest.h"

#include "storage/Database.h"

#include <botan/hash.h>

#include <QList>
#include <QStringList>

#include <algorithm>

namespace kim::test {

namespace {

QStringList dataTables(storage::Database& db) {
    auto tables = db.prepare(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name NOT LIKE 'consultation_fts%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"));
    QStringList names;
    while (tables.step()) {
        names << tables.text(0);
    }
    return names;
}

QByteArray hexOf(const Botan::secure_vector<uint8_t>& digest) {
    return QByteArray(reinterpret_cast<const char*>(digest.data()), static_cast<int>(digest.size())).toHex();
}

// One SQL expression that quotes every column of `table` and joins them with a separator.
QString columnsOf(storage::Database& db, const QString& table) {
    // The PRAGMA form, not pragma_table_info(): it must read SQLite 3.15's vaults too.
    auto info = db.prepare(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
    QStringList columns;
    while (info.step()) {
        columns << QStringLiteral("quote(\"%1\")").arg(info.text(1));
    }
    return columns.join(QStringLiteral(" || char(31) || "));
}

} // namespace

VaultContent vaultContent(storage::Database& db) {
    VaultContent content;
    const auto hash = Botan::HashFunction::create_or_throw("SHA-256");
    const auto add = [](Botan::HashFunction& to, const QByteArray& bytes) {
        to.update(reinterpret_cast<const uint8_t*>(bytes.constData()), bytes.size() + 1);
    };
    for (const QString& table : dataTables(db)) {
        // Rows sorted here, not by SQL: SQLite 3.15 and 3.51 order quote()'s results differently.
        auto rows = db.prepare(QStringLiteral("SELECT %1 FROM \"%2\"").arg(columnsOf(db, table), table));
        QList<QByteArray> lines;
        while (rows.step()) {
            lines.append(rows.text(0).toUtf8());
        }
        std::sort(lines.begin(), lines.end());
        const auto tableHash = Botan::HashFunction::create_or_throw("SHA-256");
        add(*hash, table.toUtf8());
        for (const QByteArray& line : std::as_const(lines)) {
            add(*hash, line);
            add(*tableHash, line);
        }
        content.rowCounts.insert(table, static_cast<int>(lines.size()));
        const auto tableDigest = tableHash->final();
        content.tableDigests.insert(table, hexOf(tableDigest).left(16));
    }
    content.digest = hexOf(hash->final());
    return content;
}

} // namespace kim::test
