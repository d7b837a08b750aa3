-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6: structural problems.
-- Codes only leave the vault: the problem taxonomy, the flags that use it, and per case a
-- secret random record key (64 bits, never shown) whose sums let the coordinating office
-- merge and perturb tables exactly. SQLite 3.15 has no convenient way to make a random
-- 64-bit integer, so existing cases keep NULL here and the program fills the keys with
-- crypto::randomUint64() (core::ensureRecordKeys) before it counts anything.

ALTER TABLE cases ADD COLUMN record_key INTEGER;
-- Small, and empty once every key is filled: finding missing keys is a seek, not a scan.
CREATE INDEX cases_without_record_key ON cases(id) WHERE record_key IS NULL;

-- Clients of one family count once. NULL: the client is its own unit. Families are flat:
-- family_id always names the family's head, whose own family_id is NULL.
ALTER TABLE clients ADD COLUMN family_id INTEGER REFERENCES clients(id) ON DELETE SET NULL;
CREATE INDEX clients_by_family ON clients(family_id) WHERE family_id IS NOT NULL;

-- The taxonomy's version in this workspace (one row).
CREATE TABLE taxonomy_meta (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    version          INTEGER NOT NULL,
    issued_on        TEXT,
    unissued_changes INTEGER NOT NULL DEFAULT 0 -- coordinating office: edits since the last issue
);

-- field: FieldOfAction (1 Zusammenleben und Teilhabe … 6 Sprache und Bildung).
-- since_version 0: a draft of the coordinating office, not yet issued.
CREATE TABLE problem_types (
    code          TEXT PRIMARY KEY,
    field         INTEGER NOT NULL,
    title         TEXT NOT NULL,
    definition    TEXT NOT NULL DEFAULT '',
    since_version INTEGER NOT NULL,
    retired_in    INTEGER
);

CREATE TABLE problem_flags (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    problem_code     TEXT NOT NULL REFERENCES problem_types(code),
    institution_id   INTEGER REFERENCES institutions(id) ON DELETE SET NULL,
    institution_type INTEGER,                 -- InstitutionType; NULL when none was named
    since            TEXT NOT NULL,
    resolved_on      TEXT,
    recorded_on      TEXT NOT NULL
);
CREATE INDEX problem_flags_by_case ON problem_flags(case_id, since);
-- The quarter query reads every flag that started before the quarter's end; this index
-- holds all it needs, so it never touches the table.
CREATE INDEX problem_flags_for_quarter
    ON problem_flags(since, resolved_on, case_id, problem_code, institution_type);

-- Case manager: proposals for new problem types; sent_in_package is empty while pending.
CREATE TABLE problem_proposals (
    id              INTEGER PRIMARY KEY,
    field           INTEGER NOT NULL,
    title           TEXT NOT NULL,
    definition      TEXT NOT NULL,
    created_on      TEXT NOT NULL,
    sent_in_package TEXT NOT NULL DEFAULT ''
);

-- Coordinating office: proposals received in problem reports.
-- decision: 1 offen, 2 übernommen, 3 abgelehnt.
CREATE TABLE received_proposals (
    id           INTEGER PRIMARY KEY,
    sender_name  TEXT NOT NULL,
    period       TEXT NOT NULL,
    field        INTEGER NOT NULL,
    title        TEXT NOT NULL,
    definition   TEXT NOT NULL,
    decision     INTEGER NOT NULL DEFAULT 1,
    adopted_code TEXT NOT NULL DEFAULT '',
    received_on  TEXT NOT NULL
);

-- Coordinating office: problems taken to a Planungskonferenz.
-- status: 1 offen, 2 in Bearbeitung, 3 umgesetzt, 4 zurückgestellt, 5 abgelehnt.
CREATE TABLE conference_items (
    id               INTEGER PRIMARY KEY,
    problem_code     TEXT NOT NULL,
    period           TEXT NOT NULL DEFAULT '',
    conference_date  TEXT,
    agenda_title     TEXT NOT NULL,
    decision         TEXT NOT NULL DEFAULT '',
    working_group    TEXT NOT NULL DEFAULT '',
    measures         TEXT NOT NULL DEFAULT '',
    status           INTEGER NOT NULL DEFAULT 1,
    feedback         TEXT NOT NULL DEFAULT '',
    feedback_sent_at TEXT
);

-- Case manager: conference items as the coordinating office last sent them.
CREATE TABLE conference_feedback (
    id              INTEGER PRIMARY KEY,
    office_name     TEXT NOT NULL,
    office_item_id  TEXT NOT NULL UNIQUE,
    problem_code    TEXT NOT NULL,
    problem_title   TEXT NOT NULL DEFAULT '',
    period          TEXT NOT NULL DEFAULT '',
    conference_date TEXT,
    agenda_title    TEXT NOT NULL,
    decision        TEXT NOT NULL DEFAULT '',
    working_group   TEXT NOT NULL DEFAULT '',
    measures        TEXT NOT NULL DEFAULT '',
    status          INTEGER NOT NULL,
    feedback        TEXT NOT NULL DEFAULT '',
    received_at     TEXT NOT NULL,
    read            INTEGER NOT NULL DEFAULT 0
);

-- Version 1 of the taxonomy: the prioritised challenges of the six fields of action in the
-- integration concept of Kreis Gütersloh (February 2025), as problems met in single cases.
INSERT INTO taxonomy_meta (id, version, issued_on, unissued_changes) VALUES (1, 1, '2025-02-01', 0);

INSERT INTO problem_types (code, field, title, definition, since_version) VALUES
    ('TEI-01', 1, 'Negatives öffentliches Bild von Zugewanderten',
     'Die Person wird benachteiligt oder zieht sich zurück, weil in der Öffentlichkeit ein negatives Bild von Zugewanderten vorherrscht.', 1),
    ('TEI-02', 1, 'Ehrenamtliche Unterstützung fehlt oder ist überlastet',
     'Eine benötigte ehrenamtliche Begleitung (z. B. Patenschaft, Lernhilfe) ist nicht verfügbar, weil Ehrenamtliche fehlen oder überlastet sind.', 1),
    ('TEI-03', 1, 'Abwehr und gruppenbezogene Menschenfeindlichkeit',
     'Die Person erfährt im Alltag Anfeindung, Ausgrenzung oder Diskriminierung (außerhalb des Wohnungsmarkts).', 1),
    ('TEI-04', 1, 'Kein Zugang zu Vereinen, Sport und Freizeit',
     'Vereine, Sport- oder Freizeitangebote sind für die Person nicht erreichbar oder nicht offen.', 1),
    ('WOH-01', 2, 'Kein bezahlbarer oder geförderter Wohnraum',
     'Die Person findet trotz Suche keine bezahlbare oder öffentlich geförderte Wohnung.', 1),
    ('WOH-02', 2, 'Unzureichender ÖPNV zwischen den Kommunen',
     'Termine, Kurse oder Arbeitsstellen sind mit Bus und Bahn nicht oder nur mit unzumutbarem Aufwand erreichbar.', 1),
    ('WOH-03', 2, 'Diskriminierung auf dem Wohnungsmarkt',
     'Die Person wird bei der Wohnungssuche wegen Herkunft, Sprache oder Aufenthaltsstatus benachteiligt.', 1),
    ('WOH-04', 2, 'Keine geeignete dezentrale Unterbringung für Geflüchtete',
     'Vor Ort gibt es keine dezentrale Unterbringung, die der Lage der geflüchteten Person entspricht.', 1),
    ('WOH-05', 2, 'Fehlende Information über Rechte und Pflichten als Mieter',
     'Die Person kennt ihre Rechte und Pflichten als Mieterin oder Mieter nicht, weil es keine verständliche Information dazu gibt.', 1),
    ('INS-01', 3, 'Keine Hilfe beim Ausfüllen von Formularen',
     'Für Menschen mit wenig Deutschkenntnissen gibt es keine Unterstützung beim Ausfüllen von Anträgen und Formularen.', 1),
    ('INS-02', 3, 'Fehlende (professionelle) Dolmetschende',
     'Für ein Gespräch mit einer Behörde oder Einrichtung steht keine Dolmetscherin und kein Dolmetscher zur Verfügung.', 1),
    ('INS-03', 3, 'Fehlende interkulturelle Öffnung einer Einrichtung',
     'Eine Einrichtung berücksichtigt sprachliche oder kulturelle Bedürfnisse nicht, sodass die Person ihr Angebot kaum nutzen kann.', 1),
    ('INS-04', 3, 'Ungeklärte Zuständigkeit zwischen Stellen (Versäulung)',
     'Die Person wird zwischen Stellen oder Rechtskreisen weiterverwiesen, weil sich keine Stelle zuständig sieht.', 1),
    ('INS-05', 3, 'Fehlende Transparenz über Angebote',
     'Ein passendes Angebot gibt es, aber die Person und die Fachkräfte können es nicht finden oder erfahren zu spät davon.', 1),
    ('INS-06', 3, 'Weitergabe von Daten zwischen Stellen scheitert',
     'Unterlagen oder Auskünfte werden zwischen Stellen nicht weitergegeben, sodass die Person sie mehrfach beibringen muss.', 1),
    ('INS-07', 3, 'Lange Wartezeit auf einen Termin bei der Ausländerbehörde',
     'Die Person erhält über mehrere Wochen keinen Termin bei der Ausländerbehörde, obwohl sie ihn für Aufenthalt, Arbeit oder Leistungen braucht.', 1),
    ('GES-01', 4, 'Keine Sprachmittlung bei Arztbesuchen',
     'Für ein medizinisches Gespräch steht keine Dolmetscherin, kein Dolmetscher und keine Sprachmittlung zur Verfügung.', 1),
    ('GES-02', 4, 'Keine interkulturell geöffnete Pflegeberatung',
     'Die Person oder ihre Angehörigen finden keine Pflegeberatung, die ihre Sprache und Lebenslage berücksichtigt.', 1),
    ('GES-03', 4, 'Erschwerter Zugang zu Vorsorge und Gesundheitssystem',
     'Die Person findet keinen niedrigschwelligen Zugang zu Vorsorge, Impfungen oder dem Gesundheitssystem insgesamt.', 1),
    ('GES-04', 4, 'Keine Haus- oder Fachärztin nimmt neue Patienten auf',
     'Die Person findet keine Haus- oder Facharztpraxis, weil die Praxen vor Ort keine neuen Patientinnen und Patienten aufnehmen (Patientenstopp).', 1),
    ('GES-05', 4, 'Zu wenig Unterstützung für traumatisierte Menschen',
     'Für die traumatisierte Person gibt es keinen erreichbaren Therapie- oder Beratungsplatz.', 1),
    ('GES-06', 4, 'Keine interkulturell geöffnete Pflegeeinrichtung',
     'Für die pflegebedürftige Person gibt es keine Pflegeeinrichtung, die sprachliche oder kulturelle Bedürfnisse berücksichtigt.', 1),
    ('ARB-01', 5, 'Keine flexiblen, berufsbegleitenden Sprachkurse',
     'Die Person kann neben der Arbeit keinen Sprachkurs besuchen, weil es keine Kurse zu passenden Zeiten oder in passender Form gibt.', 1),
    ('ARB-02', 5, 'Kein Zugang zum ersten Arbeitsmarkt',
     'Die arbeitsfähige Person findet trotz Bemühungen keine Beschäftigung auf dem ersten Arbeitsmarkt.', 1),
    ('ARB-03', 5, 'Berufliche Qualifikation wird nicht anerkannt',
     'Ein ausländischer Berufs- oder Studienabschluss wird nicht oder nur nach sehr langer Zeit anerkannt.', 1),
    ('ARB-04', 5, 'Arbeitgeber nicht sensibilisiert',
     'Arbeitgeber lehnen die Person wegen Sprache, Aufenthaltsstatus oder Herkunft ab oder kennen die Möglichkeiten ihrer Beschäftigung nicht.', 1),
    ('BIL-01', 6, 'Keine Schulplatzierung für neu zugewanderte Kinder und Jugendliche',
     'Ein neu zugewandertes Kind oder ein Jugendlicher erhält nicht zeitnah einen Schulplatz.', 1),
    ('BIL-02', 6, 'Kein Platz in einem Sprach- oder Integrationskurs',
     'Die Person findet keinen Platz in einem passenden Sprach- oder Integrationskurs oder muss lange darauf warten.', 1),
    ('BIL-03', 6, 'Keine Kinderbetreuung während des Sprachkurses',
     'Die Person kann einen Sprachkurs nicht besuchen, weil es während des Kurses keine Kinderbetreuung gibt.', 1);
