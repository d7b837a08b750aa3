-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: exchange identity, trusted contacts and the package log.
-- The secret keys live only here, inside the encrypted vault.

CREATE TABLE exchange_identity (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    age_secret      BLOB NOT NULL,            -- X25519 scalar, 32 bytes
    sign_secret     BLOB NOT NULL,            -- Ed25519 seed || public key, 64 bytes (libsodium layout)
    sign_key_id     BLOB NOT NULL,            -- minisign key id, 8 bytes
    name            TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL DEFAULT '',
    organisation    TEXT NOT NULL DEFAULT '',
    created         TEXT NOT NULL
);

CREATE TABLE contacts (
    id               INTEGER PRIMARY KEY,
    key_id           TEXT NOT NULL UNIQUE,    -- minisign key id, 16 upper-case hex digits
    name             TEXT NOT NULL,
    role             TEXT NOT NULL DEFAULT '',
    organisation     TEXT NOT NULL DEFAULT '',
    age_recipient    TEXT NOT NULL,           -- age1…
    minisign_public  TEXT NOT NULL,           -- base64 public key line
    fingerprint      TEXT NOT NULL,
    trusted_on       TEXT NOT NULL,
    revoked_on       TEXT
);

CREATE TABLE package_log (
    id              INTEGER PRIMARY KEY,
    package_id      TEXT NOT NULL,            -- UUID from the signed payload
    direction       TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    kind            TEXT NOT NULL,
    schema_version  INTEGER NOT NULL,
    peers           TEXT NOT NULL,            -- sender key id (in) or recipient key ids (out)
    peer_names      TEXT NOT NULL DEFAULT '',
    period          TEXT NOT NULL DEFAULT '',
    recorded_at     TEXT NOT NULL,
    UNIQUE (package_id, direction)
);
CREATE INDEX package_log_by_time ON package_log(recorded_at);
