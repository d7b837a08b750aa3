-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 10: caseload reports for the supervisor (Fachaufsicht / Teamleitung).
-- The case manager's side keeps the team's rules, the secret pseudonym key and which case each
-- pseudonym of a sent report stands for; the supervisor's side keeps the received reports
-- (figures and alert rows only: no names, case codes, notes or dates finer than the week) and
-- the supervisor's own marks on alert rows, which are never sent anywhere. Periods are written
-- "2026-11" (month) or "2026-Q4" (quarter); times are UTC, ISO 8601.

-- The caseload figures read a month's consultations, follow-ups and the status changes around a
-- period's end by day; without these indexes each report would scan every consultation (with its notes).
CREATE INDEX consultations_by_day ON consultations(held_on, mode);
CREATE INDEX referral_history_by_day ON referral_status_history(changed_on, status, referral_id);
CREATE INDEX follow_ups_by_due ON follow_ups(due_on, done_on);
-- A referral's status on a day and its first answer are read from the index alone.
DROP INDEX referral_history_by_referral;
CREATE INDEX referral_history_by_referral ON referral_status_history(referral_id, changed_on, status);

-- Case manager: the team's rules for caseload reports and the pseudonym key (one row). The key
-- is 32 random bytes, created on first use and never exported.
CREATE TABLE caseload_settings (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    no_contact_alert_days INTEGER NOT NULL DEFAULT 30,
    stuck_in_phase_days   INTEGER NOT NULL DEFAULT 90,
    small_count_threshold INTEGER NOT NULL DEFAULT 5,
    pseudonym_key         BLOB CHECK (pseudonym_key IS NULL OR length(pseudonym_key) = 32)
);

-- Case manager: the caseload reports this vault sent; revision = 1 + earlier ones of the period.
CREATE TABLE caseload_sent_reports (
    id         INTEGER PRIMARY KEY,
    package_id TEXT NOT NULL UNIQUE,
    period     TEXT NOT NULL,
    revision   INTEGER NOT NULL CHECK (revision >= 1),
    sent_on    TEXT NOT NULL
);
CREATE INDEX caseload_sent_reports_by_period ON caseload_sent_reports(period);

-- Case manager: which case an alert pseudonym of a sent report stands for, so the case
-- manager's own workspace can resolve "P-7F3A2C" in a case review. Goes with the case.
CREATE TABLE caseload_sent_pseudonyms (
    package_id TEXT NOT NULL,
    period     TEXT NOT NULL,
    pseudonym  TEXT NOT NULL,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    PRIMARY KEY (package_id, pseudonym, case_id)
) WITHOUT ROWID;
CREATE INDEX caseload_sent_pseudonyms_by_pseudonym ON caseload_sent_pseudonyms(pseudonym);
CREATE INDEX caseload_sent_pseudonyms_by_case ON caseload_sent_pseudonyms(case_id);

-- Supervisor: one accepted caseload report. A newer one (created, then revision) of the same
-- sender for the same period replaces it; the older one stays, superseded_by naming the newer.
CREATE TABLE supervisor_reports (
    id                  INTEGER PRIMARY KEY,
    package_id          TEXT NOT NULL UNIQUE,
    sender_key_id       TEXT NOT NULL,
    sender_name         TEXT NOT NULL,
    period              TEXT NOT NULL,
    revision            INTEGER NOT NULL CHECK (revision >= 1),
    definitions_version INTEGER NOT NULL,
    rules               TEXT NOT NULL,          -- JSON: the team's rules as sent
    created             TEXT NOT NULL,          -- the day the case manager sent it (midnight UTC)
    received_at         TEXT NOT NULL,
    superseded_by       TEXT
);
CREATE UNIQUE INDEX supervisor_reports_current ON supervisor_reports(sender_key_id, period)
    WHERE superseded_by IS NULL;
CREATE INDEX supervisor_reports_by_period ON supervisor_reports(period);

-- Supervisor: every figure of a report; value NULL: a small count the sender suppressed.
CREATE TABLE supervisor_figures (
    report_id INTEGER NOT NULL REFERENCES supervisor_reports(id) ON DELETE CASCADE,
    figure    TEXT NOT NULL,
    key       TEXT NOT NULL,
    value     INTEGER CHECK (value IS NULL OR value >= 0),
    PRIMARY KEY (report_id, figure, key)
) WITHOUT ROWID;

-- Supervisor: the alert rows of a report, with their per-period pseudonyms.
CREATE TABLE supervisor_alerts (
    id                  INTEGER PRIMARY KEY,
    report_id           INTEGER NOT NULL REFERENCES supervisor_reports(id) ON DELETE CASCADE,
    pseudonym           TEXT NOT NULL,
    phase               INTEGER NOT NULL,
    reasons             INTEGER NOT NULL,
    weeks_since_contact INTEGER NOT NULL,
    weeks_in_phase      INTEGER NOT NULL,
    overdue_follow_ups  INTEGER NOT NULL,
    overdue_referrals   INTEGER NOT NULL
);
CREATE INDEX supervisor_alerts_by_report ON supervisor_alerts(report_id);

-- Supervisor: own marks on alert rows ("besprochen", a short note). Keyed by sender, period
-- and pseudonym, so a mark stays when a newer report of the period replaces the older one.
CREATE TABLE supervisor_alert_reviews (
    sender_key_id TEXT NOT NULL,
    period        TEXT NOT NULL,
    pseudonym     TEXT NOT NULL,
    discussed     INTEGER NOT NULL DEFAULT 0,
    note          TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (sender_key_id, period, pseudonym)
) WITHOUT ROWID;

-- Supervisor: when the overview was last opened (one row).
CREATE TABLE supervisor_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_seen TEXT
);
