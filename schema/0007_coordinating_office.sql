-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7: the coordinating office. Problem reports received from case
-- managers, the cell-key secret, the disclosure parameters of each year and the published
-- figures. Holds codes and counts only: no names, no free text about clients. Periods are
-- quarters written "2026-Q3"; times are UTC, ISO 8601.

-- One accepted problem report. A newer report of the same sender for the same quarter
-- replaces the older one, which stays (superseded_by: the newer package id) for the audit trail.
CREATE TABLE office_submissions (
    id                INTEGER PRIMARY KEY,
    package_id        TEXT NOT NULL UNIQUE,     -- UUID of the package (see package_log)
    sender_key_id     TEXT NOT NULL,            -- minisign key id of the signer
    sender_name       TEXT NOT NULL,
    period            TEXT NOT NULL,
    programme_version INTEGER NOT NULL,
    taxonomy_version  INTEGER NOT NULL,
    created           TEXT NOT NULL,            -- when the case manager wrote the package
    received_at       TEXT NOT NULL,
    superseded_by     TEXT                      -- package id of the report that replaced it
);
-- One owner per case per quarter: one current report per sender and quarter.
CREATE UNIQUE INDEX office_submissions_current ON office_submissions(sender_key_id, period)
    WHERE superseded_by IS NULL;
CREATE INDEX office_submissions_by_period ON office_submissions(period);

-- The cells of a report, exactly as received. key_sum is the unsigned 64-bit record-key sum
-- stored in SQLite's signed integer (two's complement); it is added up in C++, never by SUM().
CREATE TABLE office_cells (
    submission_id     INTEGER NOT NULL REFERENCES office_submissions(id) ON DELETE CASCADE,
    table_id          TEXT NOT NULL,
    dimension_values  TEXT NOT NULL,            -- the cell's codes joined by '|'
    count             INTEGER NOT NULL CHECK (count > 0),
    key_sum           INTEGER NOT NULL,
    PRIMARY KEY (submission_id, table_id, dimension_values)
) WITHOUT ROWID;

-- The office's secret for the cell keys: 32 random bytes, created on first use, never exported.
CREATE TABLE office_secret (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    secret            BLOB NOT NULL,
    created           TEXT NOT NULL
);

-- Disclosure parameters of a calendar year; fixed once a quarter of the year is published.
CREATE TABLE disclosure_parameters (
    year               INTEGER PRIMARY KEY,
    collapse_below     INTEGER NOT NULL CHECK (collapse_below >= 1),
    perturbation_table INTEGER NOT NULL
);

-- The regions of that year: every municipality (Catalog.h number) in exactly one region.
CREATE TABLE region_schemes (
    year              INTEGER NOT NULL REFERENCES disclosure_parameters(year) ON DELETE CASCADE,
    municipality      INTEGER NOT NULL,
    region_code       TEXT NOT NULL,
    region_name       TEXT NOT NULL,
    position          INTEGER NOT NULL,         -- order of the region in the scheme
    PRIMARY KEY (year, municipality)
);

-- Published figures: protected tables only. A quarter's revisions are numbered from 1; the
-- input fingerprint recognises a second publication of unchanged input.
CREATE TABLE publications (
    id                INTEGER PRIMARY KEY,
    period            TEXT NOT NULL,
    year              INTEGER NOT NULL,
    revision          INTEGER NOT NULL CHECK (revision >= 1),
    published_at      TEXT NOT NULL,
    reason            TEXT NOT NULL DEFAULT '',
    submissions       INTEGER NOT NULL,
    input_fingerprint TEXT NOT NULL,            -- SHA-256 (hex) of the merged input, docs/formats.md
    parameters        TEXT NOT NULL,            -- JSON: the disclosure parameters applied
    tables            TEXT NOT NULL,            -- JSON: the published tables
    UNIQUE (period, revision)
);
