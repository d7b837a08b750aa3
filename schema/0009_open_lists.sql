-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 9: the open-referral list pages from indexes instead of sorting every row.
-- A referral leaves the list when its case is closed (phase 6). Checking the case for every
-- referral cost half a second at 240,000 referrals, so the referral carries that fact itself:
-- case_closed is kept by the two triggers below and never written by the program.
ALTER TABLE referrals ADD COLUMN case_closed INTEGER NOT NULL DEFAULT 0;
UPDATE referrals SET case_closed = 1 WHERE case_id IN (SELECT id FROM cases WHERE phase = 6);

CREATE INDEX referrals_by_case ON referrals(case_id);

CREATE TRIGGER referrals_in_closed_case AFTER INSERT ON referrals
WHEN (SELECT phase FROM cases WHERE id = NEW.case_id) = 6
BEGIN
    UPDATE referrals SET case_closed = 1 WHERE id = NEW.id;
END;

CREATE TRIGGER cases_closing_marks_referrals AFTER UPDATE OF phase ON cases
WHEN (OLD.phase = 6) <> (NEW.phase = 6)
BEGIN
    UPDATE referrals SET case_closed = (NEW.phase = 6) WHERE case_id = NEW.id;
END;

-- Counts of open and of overdue referrals, from the index alone.
CREATE INDEX referrals_open_by_state ON referrals(case_closed, status, expected_by);
-- The list's two orders (referrals without a date last), and the overdue ones by institution.
-- The WHERE clauses must stay word for word what ReferralRepository asks.
CREATE INDEX referrals_open_by_due ON referrals((expected_by IS NULL), expected_by)
    WHERE status BETWEEN 1 AND 4 AND case_closed = 0;
CREATE INDEX referrals_open_by_institution ON referrals(institution_id, (expected_by IS NULL), expected_by)
    WHERE status BETWEEN 1 AND 4 AND case_closed = 0;
CREATE INDEX referrals_overdue_by_institution ON referrals(institution_id, expected_by)
    WHERE status = 2 AND case_closed = 0;
