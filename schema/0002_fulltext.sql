-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: full-text search over consultation notes.
-- FTS4 because the SQLCipher in Debian 12 (SQLite 3.15) has no FTS5.
CREATE VIRTUAL TABLE consultation_fts USING fts4(content="consultations", notes, tokenize=unicode61 "remove_diacritics=1");
INSERT INTO consultation_fts(consultation_fts) VALUES ('rebuild');

CREATE TRIGGER consultations_fts_before_update BEFORE UPDATE ON consultations BEGIN
    DELETE FROM consultation_fts WHERE docid = old.id;
END;
CREATE TRIGGER consultations_fts_before_delete BEFORE DELETE ON consultations BEGIN
    DELETE FROM consultation_fts WHERE docid = old.id;
END;
CREATE TRIGGER consultations_fts_after_update AFTER UPDATE ON consultations BEGIN
    INSERT INTO consultation_fts(docid, notes) VALUES (new.id, new.notes);
END;
CREATE TRIGGER consultations_fts_after_insert AFTER INSERT ON consultations BEGIN
    INSERT INTO consultation_fts(docid, notes) VALUES (new.id, new.notes);
END;
