// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"

#include <QDate>
#include <QList>

#include <cstdint>

namespace kim::storage {
class Database;
}

namespace kim::demo {

struct DemoOptions {
    int clients = 300;
    uint32_t seed = 2026;
    QDate today; // history is generated in the two years before this day
    // Where the clients live; empty: all municipalities, weighted by population. A demo
    // case manager works in one or two of them.
    QList<core::Municipality> municipalities;
};

// Fills a vault with synthetic, plausible case work: clients with consent, cases in
// every phase, goals, consultations with German notes, follow-ups, referrals, families and
// structural-problem flags. Written through core's repositories in one transaction, so the
// data obeys the same rules as a case manager's entries and no schema change needs a second
// writer here. The same options always produce the same data. All names are invented;
// nothing is real. Throws kim::Error, and then writes nothing.
void generateDemoData(storage::Database& db, const DemoOptions& options);

} // namespace kim::demo
