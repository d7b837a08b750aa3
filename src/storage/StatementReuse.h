// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kim::storage {

class Database;

// While it lives, the database compiles each SQL text once and hands the finished statement
// out again (reset, bindings cleared) instead of preparing it anew. For bulk writers that go
// through the repositories many thousand times, such as the demo generator, where compiling
// the same few statements again and again would cost more than running them. Elsewhere every
// statement is finalised when done, as before. Statements are kept only until it ends.
class StatementReuse final {
public:
    explicit StatementReuse(Database& db);
    ~StatementReuse();
    StatementReuse(const StatementReuse&) = delete;
    StatementReuse& operator=(const StatementReuse&) = delete;

private:
    Database& m_db;
};

} // namespace kim::storage
