// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Statement.h"

#include "storage/Database.h"
#include "storage/SqliteError.h"

#include "storage/SqliteApi.h"

namespace kim::storage {

Statement::Statement(sqlite3* db, sqlite3_stmt* statement, Database* keeper, QByteArray sql)
    : m_db(db)
    , m_statement(statement)
    , m_keeper(keeper)
    , m_sql(std::move(sql)) {}

Statement::~Statement() {
    if (m_keeper && m_statement) {
        m_keeper->keep(m_statement, m_sql);
    } else {
        sqlite3_finalize(m_statement);
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_statement(other.m_statement)
    , m_keeper(other.m_keeper)
    , m_sql(std::move(other.m_sql)) {
    other.m_statement = nullptr;
}

Statement& Statement::bind(int index, int64_t value) {
    check(m_db, sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    check(m_db, sqlite3_bind_double(m_statement, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    check(m_db,
          sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value) {
    check(m_db,
          sqlite3_bind_blob(m_statement, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QDate& value) {
    return value.isValid() ? bind(index, value.toString(Qt::ISODate)) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    check(m_db, sqlite3_bind_null(m_statement, index));
    return *this;
}

bool Statement::step() {
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        return true;
    }
    if (result == SQLITE_DONE) {
        return false;
    }
    sqlite3_reset(m_statement);
    throwSqliteError(m_db, result);
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

QDate Statement::date(int column) const {
    return isNull(column) ? QDate() : QDate::fromString(text(column), Qt::ISODate);
}

} // namespace kim::storage
