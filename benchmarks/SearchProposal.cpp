#include "SearchProposal.h"

#include "storage/Database.h"

#include <QStringList>

namespace kim::bench {

namespace {

// The same "all these word prefixes" query as ConsultationRepository builds.
QString prefixQuery(const QString& text) {
    QStringList terms;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word + QStringLiteral("*\""));
    return terms.join(QLatin1Char(' '));
}

} // namespace

int searchNewestEntered(storage::Database& db, const QString& words, int limit) {
    auto st = db.prepare(
        QStringLiteral("SELECT co.id, cl.id, cl.case_code, cl.last_name || ', ' || cl.first_name, co.held_on, "
                       "snippet(consultation_fts, '[', ']', '…', -1, 16) "
                       "FROM consultation_fts JOIN consultations co ON co.id = consultation_fts.docid "
                       "JOIN cases ca ON ca.id = co.case_id JOIN clients cl ON cl.id = ca.client_id "
                       "WHERE consultation_fts MATCH ?1 ORDER BY consultation_fts.docid DESC LIMIT ?2"));
    st.bind(1, prefixQuery(words)).bind(2, limit);
    int hits = 0;
    while (st.step()) {
        st.text(5);
        ++hits;
    }
    return hits;
}

} // namespace kim::bench
