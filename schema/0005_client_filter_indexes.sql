-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: indexes for the client-list filter.
-- The filter matches the beginning of the last name, the first name or the case code as a
-- range on a NOCASE index (see ClientRepository); last names use clients_by_name, these two
-- serve the others, so the filter seeks instead of scanning every client.
CREATE INDEX clients_by_first_name ON clients(first_name COLLATE NOCASE);
CREATE INDEX clients_by_case_code ON clients(case_code COLLATE NOCASE);
