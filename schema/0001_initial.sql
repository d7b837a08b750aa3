-- SPDX-License-Identifier: GPL-3.0-or-later
-- KIM Fallakte schema version 1: the case file.
-- Enumerations are stored as stable integer codes defined in src/core/Catalog.h.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE clients (
    id                 INTEGER PRIMARY KEY,
    case_code          TEXT NOT NULL UNIQUE,
    first_name         TEXT NOT NULL,
    last_name          TEXT NOT NULL,
    birth_date         TEXT,
    phone              TEXT NOT NULL DEFAULT '',
    email              TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    languages          TEXT NOT NULL DEFAULT '',
    interpreter_needed INTEGER NOT NULL DEFAULT 0,
    target_group       INTEGER NOT NULL,
    municipality       INTEGER NOT NULL,
    residence_status   INTEGER NOT NULL,
    residence_note     TEXT NOT NULL DEFAULT '',
    created_on         TEXT NOT NULL
);
CREATE INDEX clients_by_name ON clients(last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX clients_by_municipality ON clients(municipality);
CREATE INDEX clients_by_target_group ON clients(target_group);

CREATE TABLE household_members (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    relation   TEXT NOT NULL,
    birth_year INTEGER
);
CREATE INDEX household_by_client ON household_members(client_id);

CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    given_on     TEXT NOT NULL,
    scope        INTEGER NOT NULL,
    form_version TEXT NOT NULL,
    withdrawn_on TEXT
);
CREATE INDEX consents_by_client ON consents(client_id);

CREATE TABLE cases (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    phase      INTEGER NOT NULL,
    opened_on  TEXT NOT NULL,
    closed_on  TEXT
);
CREATE INDEX cases_by_client ON cases(client_id);

CREATE TABLE case_phase_history (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    phase      INTEGER NOT NULL,
    changed_on TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX phase_history_by_case ON case_phase_history(case_id);

CREATE TABLE goals (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    field_of_action INTEGER NOT NULL,
    description    TEXT NOT NULL,
    status         INTEGER NOT NULL,
    created_on     TEXT NOT NULL,
    target_date    TEXT
);
CREATE INDEX goals_by_case ON goals(case_id);

CREATE TABLE consultations (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    held_on          TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    mode             INTEGER NOT NULL,
    interpreter      INTEGER NOT NULL,
    fields_of_action INTEGER NOT NULL DEFAULT 0,
    notes            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consultations_by_case ON consultations(case_id, held_on);

CREATE TABLE follow_ups (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    due_on    TEXT NOT NULL,
    title     TEXT NOT NULL,
    done_on   TEXT
);
CREATE INDEX follow_ups_open_by_due ON follow_ups(done_on, due_on);
CREATE INDEX follow_ups_by_case ON follow_ups(case_id);
