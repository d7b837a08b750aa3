-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8: covering indexes for the client list.
-- The list counts, pages and finds a client's row by summing disjoint index ranges (see
-- ClientRepository): each range must be answered from its index alone, without reading the
-- client rows, which cost a table lookup per match (a one-letter prefix matches a third of
-- all clients). Municipality and target group lists seek their own range in name order.
DROP INDEX clients_by_first_name;
DROP INDEX clients_by_case_code;
DROP INDEX clients_by_municipality;
DROP INDEX clients_by_target_group;
CREATE INDEX clients_by_first_name
    ON clients(first_name COLLATE NOCASE, last_name COLLATE NOCASE, municipality, target_group);
CREATE INDEX clients_by_case_code
    ON clients(case_code COLLATE NOCASE, last_name COLLATE NOCASE, first_name COLLATE NOCASE, municipality,
               target_group);
CREATE INDEX clients_by_municipality_name
    ON clients(municipality, last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX clients_by_target_group_name
    ON clients(target_group, last_name COLLATE NOCASE, first_name COLLATE NOCASE);
-- The phase of a client's latest case in one covering seek.
CREATE INDEX cases_latest_phase ON cases(client_id, id, phase);
