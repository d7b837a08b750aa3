// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace kim::storage {
class Database;
}

namespace kim::test {

// What a vault holds, independent of its file format: each table's row count and one SHA-256
// over every row of every table (in a fixed order, values quoted as SQL literals). Full-text
// index tables are left out, since their layout is the index module's, not the data's.
struct VaultContent {
    QMap<QString, int> rowCounts;
    QMap<QString, QByteArray> tableDigests; // hex, to tell which table differs
    QByteArray digest;                      // hex
};

VaultContent vaultContent(storage::Database& db);

} // namespace kim::test
