-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 11: the notes index moves from FTS4 to FTS5 (SQLCipher 4 / SQLite 3.51).
-- remove_diacritics 2 folds every accent, so "Muller" finds "Müller"; the 2- and 3-letter
-- prefix indexes answer short prefixes without scanning whole doclists; secure-delete removes
-- a deleted note's words from the index itself, not only from its visible result.
DROP TRIGGER consultations_fts_before_update;
DROP TRIGGER consultations_fts_before_delete;
DROP TRIGGER consultations_fts_after_update;
DROP TRIGGER consultations_fts_after_insert;
DROP TABLE consultation_fts;

CREATE VIRTUAL TABLE consultation_fts USING fts5(
    notes, content = 'consultations', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO consultation_fts(consultation_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO consultation_fts(consultation_fts) VALUES ('rebuild');
-- The index's terms, read to turn a typed prefix into the whole terms it covers (NoteSearch).
CREATE VIRTUAL TABLE consultation_fts_terms USING fts5vocab(consultation_fts, 'row');

CREATE TRIGGER consultations_fts_after_insert AFTER INSERT ON consultations BEGIN
    INSERT INTO consultation_fts(rowid, notes) VALUES (new.id, new.notes);
END;
CREATE TRIGGER consultations_fts_after_delete AFTER DELETE ON consultations BEGIN
    INSERT INTO consultation_fts(consultation_fts, rowid, notes) VALUES ('delete', old.id, old.notes);
END;
CREATE TRIGGER consultations_fts_after_update AFTER UPDATE OF notes ON consultations BEGIN
    INSERT INTO consultation_fts(consultation_fts, rowid, notes) VALUES ('delete', old.id, old.notes);
    INSERT INTO consultation_fts(rowid, notes) VALUES (new.id, new.notes);
END;
