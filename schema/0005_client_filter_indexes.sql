-- Schema version 5: indexes for the client-list filter.
-- The filter matches the beginning of the last name, the first name or the case code; with an
-- index on each (NOCASE, as LIKE compares) SQLite answers the OR with one index seek per
-- column instead of scanning every client (66 ms -> 1 ms for the count at 100,000 clients).
CREATE INDEX clients_by_first_name ON clients(first_name COLLATE NOCASE);
CREATE INDEX clients_by_case_code ON clients(case_code COLLATE NOCASE);
