-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: referrals across legal domains.
-- Enumerations are stable integer codes from src/core/Catalog.h (InstitutionType,
-- LegalDomain, ReferralStatus, ReleaseItem bit mask). The seeded institutions below are the
-- reference data of resources/reference/institutions.md; running this migration once per
-- vault is what guarantees that every vault gets them exactly once.

CREATE TABLE institutions (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    type           INTEGER NOT NULL,
    legal_domain   INTEGER NOT NULL,
    municipality   INTEGER,                  -- NULL: for the whole Kreis
    contact_person TEXT NOT NULL DEFAULT '',
    address        TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    languages      TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    archived       INTEGER NOT NULL DEFAULT 0 -- hidden from new referrals, kept for old ones
);

-- Schweigepflichtentbindung: what may be passed to one institution, and for what.
CREATE TABLE referral_releases (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institutions(id),
    given_on       TEXT NOT NULL,
    purpose        TEXT NOT NULL,
    items          INTEGER NOT NULL,         -- ReleaseItem bit mask
    withdrawn_on   TEXT
);
CREATE INDEX releases_by_client ON referral_releases(client_id, institution_id);

CREATE TABLE referrals (
    id                   INTEGER PRIMARY KEY,
    client_id            INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    case_id              INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    institution_id       INTEGER NOT NULL REFERENCES institutions(id),
    field_of_action      INTEGER NOT NULL,
    reason               TEXT NOT NULL,
    referred_on          TEXT NOT NULL,
    expected_by          TEXT,
    status               INTEGER NOT NULL,
    release_id           INTEGER REFERENCES referral_releases(id),
    overdue_follow_up_id INTEGER REFERENCES follow_ups(id) ON DELETE SET NULL
);
CREATE INDEX referrals_by_client ON referrals(client_id);
CREATE INDEX referrals_by_status_due ON referrals(status, expected_by);
CREATE INDEX referrals_by_institution ON referrals(institution_id);

CREATE TABLE referral_status_history (
    id          INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
    status      INTEGER NOT NULL,
    changed_on  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referral_history_by_referral ON referral_status_history(referral_id, changed_on);

-- Last line of defence for the rule of ReferralRepository: beyond "geplant" (1) data has
-- been shared, which is only allowed under a recorded release.
CREATE TRIGGER referrals_need_release_insert BEFORE INSERT ON referrals
WHEN new.status <> 1 AND new.release_id IS NULL BEGIN
    SELECT RAISE(ABORT, 'referral beyond planned without release');
END;
CREATE TRIGGER referrals_need_release_update BEFORE UPDATE OF status, release_id ON referrals
WHEN new.status <> 1 AND new.release_id IS NULL BEGIN
    SELECT RAISE(ABORT, 'referral beyond planned without release');
END;

-- Under which legal domain (Rechtskreis) the client's support ran when.
CREATE TABLE legal_domain_periods (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    legal_domain INTEGER NOT NULL,
    started_on   TEXT NOT NULL,
    ended_on     TEXT,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX legal_domain_periods_by_client ON legal_domain_periods(client_id, started_on);

-- Seeded directory (DOMAIN.md). type: 1 Jobcenter, 2 Agentur für Arbeit, 3 Ausländerbehörde,
-- 4 Einbürgerungsbehörde, 5 BAMF, 6 Migrationsberatung, 7 JMD, 8 Flüchtlingsberatung,
-- 9 Gesundheit, 10 Bildung/Schule/Kita, 11 Sprachkursträger, 12 Sozialamt, 13 Familienkasse,
-- 14 Antidiskriminierung, 15 Sprachlotsen, 16 sonstige.
-- legal_domain: 1 SGB II, 2 SGB III, 3 SGB VIII, 4 SGB XII, 5 AsylbLG, 6 AufenthG, 7 StAG, 8 keiner.
-- municipality: 2 = Gütersloh, NULL = kreisweit.
INSERT INTO institutions (name, type, legal_domain, municipality, languages, notes) VALUES
    ('Jobcenter Kreis Gütersloh', 1, 1, NULL, '', 'Grundsicherung für Arbeitsuchende'),
    ('Agentur für Arbeit Gütersloh', 2, 2, NULL, '', 'Arbeitsvermittlung und Berufsberatung'),
    ('Ausländerbehörde Kreis Gütersloh', 3, 6, NULL, '', 'zuständig außer für die Stadt Gütersloh'),
    ('Ausländerstelle der Stadt Gütersloh', 3, 6, 2, '', 'zuständig für Einwohnerinnen und Einwohner der Stadt Gütersloh'),
    ('Einbürgerungsbehörde Kreis Gütersloh', 4, 7, NULL, '', ''),
    ('Bundesamt für Migration und Flüchtlinge (BAMF)', 5, 6, NULL, '', 'Asylverfahren, Integrationskurse'),
    ('Migrationsberatung für Erwachsene (MBE)', 6, 8, NULL, '', 'ab 27 Jahren'),
    ('Jugendmigrationsdienst (Diakonie)', 7, 8, NULL, '', '12 bis 27 Jahre'),
    ('Flüchtlingsberatung AWO', 8, 8, NULL, '', ''),
    ('Flüchtlingsberatung Diakonie', 8, 8, NULL, '', ''),
    ('Flüchtlingsberatung Caritas', 8, 8, NULL, '', ''),
    ('DRK Integrationsagentur', 6, 8, NULL, '', ''),
    ('SkFM Migrationserstberatung', 6, 8, NULL, '', ''),
    ('Willkommensagentur (Fare gGmbH)', 16, 8, NULL, '', ''),
    ('Beratungsstelle Sürenheide (AWO)', 6, 8, NULL, 'Polnisch, Rumänisch, Bulgarisch', 'für Eingewanderte aus Mittel- und Südosteuropa'),
    ('Antidiskriminierungsstelle OWL', 14, 8, NULL, '', ''),
    ('Gesundheitsamt Kreis Gütersloh', 9, 8, NULL, '', ''),
    ('Sozialamt', 12, 4, NULL, '', 'Hilfe zum Lebensunterhalt, Grundsicherung im Alter; Leistungen nach dem AsylbLG'),
    ('Familienkasse', 13, 8, NULL, '', 'Kindergeld, Kinderzuschlag'),
    ('Jugendamt Kreis Gütersloh', 10, 3, NULL, '', 'Kita-Plätze, Kinder- und Jugendhilfe'),
    ('Schulen und Kitas', 10, 8, NULL, '', 'bitte konkrete Einrichtung in den Notizen nennen'),
    ('Integrationskursträger', 11, 8, NULL, '', 'Integrations- und Berufssprachkurse'),
    ('Sprachlotsenpool (ehrenamtlich)', 15, 8, NULL, 'mehr als 40 Sprachen', 'rund 125 ehrenamtliche Sprachlotsinnen und Sprachlotsen');
