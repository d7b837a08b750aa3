// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace kim::storage {

class Database;

// A prepared statement with bound values; parameters are numbered from 1, columns
// from 0. The only way SQL reaches the database with user input in it.
class Statement final {
public:
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int index, int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<int64_t>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& value);
    // Dates are stored as ISO text (yyyy-MM-dd); an invalid date binds NULL.
    Statement& bind(int index, const QDate& value);
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances to the next row; false when done. Throws Error on failure.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QDate date(int column) const;

private:
    friend class Database;
    // With `keeper`, the statement goes back to that database when done, to be handed out
    // again for the same `sql` (see StatementReuse); without, it is finalised.
    Statement(sqlite3* db, sqlite3_stmt* statement, Database* keeper = nullptr, QByteArray sql = {});

    sqlite3* m_db;
    sqlite3_stmt* m_statement;
    Database* m_keeper;
    QByteArray m_sql;
};

} // namespace kim::storage
