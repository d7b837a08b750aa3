// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

namespace kim::storage {
class Database;
}

namespace kim {
class Clock;
}

namespace kim::core {

// A full-text hit: enough to show the line and open the case file.
struct SearchHit {
    int64_t consultationId = 0;
    int64_t clientId = 0;
    QString caseCode;
    QString clientName;
    QDate heldOn;
    QString snippet; // with the matched words between [ and ]
};

// Consultations (Beratungskontakte) and the full-text search over their notes.
class ConsultationRepository final {
public:
    ConsultationRepository(storage::Database& db, const Clock& clock);

    QList<Consultation> forCase(int64_t caseId); // newest first
    Consultation load(int64_t id);
    // Throws Error(RuleViolation) without active consent or for a closed case,
    // Error(InvalidInput) for a date in the future or a duration outside 1..600 minutes.
    void save(Consultation& consultation);
    // Words are matched as prefixes ("Jobc" finds "Jobcenter"); user text is never
    // passed to FTS as query syntax. At most `limit` hits, ranked (see NoteSearch).
    QList<SearchHit> search(const QString& text, int limit);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::core
