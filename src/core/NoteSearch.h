// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kim::storage {
class Database;
}

namespace kim::core {

struct SearchHit;

// The full-text search over consultation notes (FTS5, schema 11). Every word the user types is
// a prefix ("Jobc" finds "Jobcenter"); all words must occur; user text never reaches FTS as
// query syntax. Hits are ranked by bm25 among the newest matches.
//
// A prefix that FTS5 answers by merging the doclists of every term it covers costs as much as
// all of their matches together, which for a frequent word ("Termin") is most notes of the
// vault. Where this class can fold a word exactly as the tokenizer does, it looks up the terms
// the prefix covers (fts5vocab) and asks for them as an OR of whole terms, which FTS5 reads
// newest first and stops after the window; otherwise it asks for the prefix.
class NoteSearch final {
public:
    explicit NoteSearch(storage::Database& db);

    QList<SearchHit> search(const QString& text, int limit);

    // The words of the user's text: letters and digits, split at everything else.
    static QStringList wordsOf(const QString& text);
    // The word as unicode61 with remove_diacritics 2 indexes it, where that is certain: ASCII
    // letters and digits and the German umlauts and ß. Nothing for any other letter.
    static std::optional<QString> foldedLikeTheTokenizer(const QString& word);

private:
    // The FTS5 expression for one word; empty when the word occurs in no note.
    QString expressionFor(const QString& word);

    storage::Database& m_db;
};

} // namespace kim::core
