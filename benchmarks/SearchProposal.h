#pragma once

#include <QString>

namespace kim::storage {
class Database;
}

namespace kim::bench {

// NOT product code: the query docs/performance.md proposes for
// ConsultationRepository::search, timed next to the real one so the proposal's effect is
// measured on the same vaults. It orders by docid (= consultation id, the order of entry)
// instead of held_on, which FTS4 walks backwards and stops after `limit` hits, so neither
// a sort over every match nor snippet() for every match is needed. Returns the hit count.
int searchNewestEntered(storage::Database& db, const QString& words, int limit);

} // namespace kim::bench
