#pragma once

#include "exchange/OfficeInbox.h"

namespace kim::exchange {

// A case manager's intake of packages from the coordinating office: a taxonomy (adopted if
// newer) or conference feedback (stored, shown as unread). Same checks as OfficeInbox; a
// rejected package writes nothing.
class CaseManagerInbox final {
public:
    CaseManagerInbox(storage::Database& db, const Identity& identity, const core::Clock& clock);

    // Never throws for a bad package: the outcome says why it was rejected.
    ImportOutcome importPackage(std::span<const uint8_t> bytes, const QString& source);

private:
    storage::Database& m_db;
    const Identity& m_identity;
    const core::Clock& m_clock;
};

} // namespace kim::exchange
