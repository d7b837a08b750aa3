// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/NoteSearch.h"

#include "core/ConsultationRepository.h"
#include "storage/Database.h"
#include "storage/StatementReuse.h"

#include <algorithm>
#include <vector>

namespace kim::core {

namespace {

// How many of the newest matches are ranked.
constexpr int RankedWindow = 500;
// A prefix covering more terms than this is asked for as a prefix.
constexpr int MaxTermsPerWord = 16;

QString quoted(const QString& term) {
    return QLatin1Char('"') + term + QLatin1Char('"'); // terms hold letters and digits only
}

} // namespace

NoteSearch::NoteSearch(storage::Database& db)
    : m_db(db) {}

QStringList NoteSearch::wordsOf(const QString& text) {
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    QStringList words;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty()) {
            words.append(word);
        }
        word.clear();
    };
    for (const QChar ch : normalized) {
        if (ch.isLetterOrNumber()) {
            word.append(ch);
        } else if (!ch.isMark()) { // a combining accent belongs to its letter
            flush();
        }
    }
    flush();
    return words;
}

std::optional<QString> NoteSearch::foldedLikeTheTokenizer(const QString& word) {
    QString folded;
    for (const QChar ch : word.toLower()) {
        const char16_t c = ch.unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'ß') {
            folded.append(ch);
        } else if (c == u'ä') {
            folded.append(QLatin1Char('a'));
        } else if (c == u'ö') {
            folded.append(QLatin1Char('o'));
        } else if (c == u'ü') {
            folded.append(QLatin1Char('u'));
        } else {
            return std::nullopt;
        }
    }
    return folded;
}

QString NoteSearch::expressionFor(const QString& word) {
    const auto folded = foldedLikeTheTokenizer(word);
    // Two or three letters have a prefix index of their own (prefix = '2 3'), which FTS5 reads
    // newest first like a term; a longer word's terms are looked up (reading their doclists
    // once, to count them, is still far less than merging them).
    if (!folded || word.size() <= 3) {
        return quoted(word) + QLatin1Char('*');
    }
    // Terms are ordered by their UTF-8 bytes; U+10FFFF sorts after every continuation.
    auto terms = m_db.prepare(QStringLiteral("SELECT term FROM consultation_fts_terms WHERE term >= ?1 AND term < ?2 "
                                             "LIMIT ?3"));
    terms.bind(1, *folded).bind(2, *folded + QString::fromUcs4(U"\U0010FFFF")).bind(3, MaxTermsPerWord + 1);
    QStringList covered;
    while (terms.step()) {
        covered.append(quoted(terms.text(0)));
    }
    if (covered.size() > MaxTermsPerWord) {
        return quoted(word) + QLatin1Char('*');
    }
    return covered.isEmpty() ? QString() : QLatin1Char('(') + covered.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QList<SearchHit> NoteSearch::search(const QString& text, int limit) {
    QList<SearchHit> hits;
    const QStringList words = wordsOf(text);
    if (words.isEmpty() || limit <= 0) {
        return hits;
    }
    QStringList parts;
    for (const QString& word : words) {
        const QString part = expressionFor(word);
        if (part.isEmpty()) {
            return hits; // a word that no note contains: nothing has all of them
        }
        parts.append(part);
    }
    // The window comes newest first, FTS5 reading the doclists once, with score and snippet;
    // asking again per hit would read them again for every hit.
    struct Candidate {
        int64_t id;
        double score;
        QString snippet;
    };
    std::vector<Candidate> candidates;
    auto window = m_db.prepare(
        QStringLiteral("SELECT rowid, bm25(consultation_fts), snippet(consultation_fts, 0, '[', ']', '…', 16) "
                       "FROM consultation_fts WHERE consultation_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2"));
    window.bind(1, parts.join(QStringLiteral(" AND "))).bind(2, RankedWindow);
    while (window.step()) {
        candidates.push_back({window.int64(0), window.real(1), window.text(2)});
    }
    // Lower bm25 is better; equal scores keep the newer note first.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score < b.score; });
    candidates.resize(std::min(candidates.size(), static_cast<size_t>(limit)));
    storage::StatementReuse reuse(m_db);
    for (const Candidate& candidate : candidates) {
        auto st =
            m_db.prepare(QStringLiteral("SELECT cl.id, cl.case_code, cl.last_name || ', ' || cl.first_name, co.held_on "
                                        "FROM consultations co JOIN cases ca ON ca.id = co.case_id "
                                        "JOIN clients cl ON cl.id = ca.client_id WHERE co.id = ?1"));
        st.bind(1, candidate.id);
        if (st.step()) {
            hits.append(SearchHit{candidate.id, st.int64(0), st.text(1), st.text(2), st.date(3), candidate.snippet});
        }
    }
    return hits;
}

} // namespace kim::core
