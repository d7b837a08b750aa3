// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ClientRepository.h"

#include "core/CaseRules.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

// The latest case decides the phase shown and filtered; cases_latest_phase (schema 8) makes
// it one covering seek per client.
QString latestPhase(const char* alias) {
    return QStringLiteral("(SELECT phase FROM cases WHERE client_id = %1.id ORDER BY id DESC LIMIT 1)")
        .arg(QLatin1String(alias));
}

// NOCASE folds ASCII letters only, so spellings that differ in ASCII case alone are one range.
QString foldAscii(const QString& text) {
    QString folded = text;
    for (QChar& ch : folded) {
        if (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z')) {
            ch = QChar(static_cast<char16_t>(ch.unicode() + 32));
        }
    }
    return folded;
}

// The exclusive upper end, in NOCASE order, of the strings that start with the folded `prefix`.
QString prefixEnd(const QString& prefix) {
    QString end = prefix;
    end[end.size() - 1] = QChar(static_cast<char16_t>(end.back().unicode() + 1));
    // After '@' NOCASE sorts '[' next: 'A'..'Z' compare as 'a'..'z'.
    if (end.back() == QLatin1Char('A')) {
        end[end.size() - 1] = QLatin1Char('[');
    }
    return end;
}

// The filter text as typed, in lower case and capitalised ("özdemir", "Özdemir": NOCASE does
// not fold umlauts), each folded for NOCASE and without duplicates; bound as ?1.. and ?11...
QStringList textVariants(const ClientFilter& filter) {
    const QString text = filter.text.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const QString lower = text.toLower();
    QStringList variants;
    for (const QString& spelling : {text, lower, lower.left(1).toUpper() + lower.mid(1)}) {
        const QString folded = foldAscii(spelling);
        if (!variants.contains(folded)) {
            variants.append(folded);
        }
    }
    return variants;
}

// One prefix match as a range on a NOCASE index (column >= prefix AND column < end of prefix),
// which SQLite 3.15 answers with an index seek; LIKE made it scan every client.
struct TextRange {
    const char* column;
    int variant;

    QString sql(const char* alias) const {
        return QStringLiteral("(%1.%2 >= ?%3 COLLATE NOCASE AND %1.%2 < ?%4 COLLATE NOCASE)")
            .arg(QLatin1String(alias), QLatin1String(column))
            .arg(variant + 1)
            .arg(variant + 11);
    }
};

// Last names first, then first names, then case codes (ASCII, one spelling is enough).
QList<TextRange> textRanges(const ClientFilter& filter) {
    const qsizetype variants = textVariants(filter).size();
    QList<TextRange> ranges;
    for (const char* column : {"last_name", "first_name"}) {
        for (int variant = 0; variant < variants; ++variant) {
            ranges.append({column, variant});
        }
    }
    if (variants > 0) {
        ranges.append({"case_code", 0});
    }
    return ranges;
}

// Only constant fragments go into the SQL; every value of the filter is bound. `plus` ("+")
// keeps SQLite on the index of the text range, which covers municipality and target group.
QStringList comboConditions(const ClientFilter& filter, const char* alias, const QString& plus = {}) {
    const QString a = QLatin1String(alias);
    QStringList conditions;
    if (filter.municipality) {
        conditions.append(plus + a + QStringLiteral(".municipality = ?4"));
    }
    if (filter.targetGroup) {
        conditions.append(plus + a + QStringLiteral(".target_group = ?5"));
    }
    if (filter.phase) {
        conditions.append(latestPhase(alias) + QStringLiteral(" = ?6"));
    }
    return conditions;
}

// The clients the filter lists, as disjoint sets (a text range minus the ranges before it),
// each one range scan on a covering index; summing their counts replaces an OR, which made
// SQLite fetch every matching row from the table.
QStringList disjointMatches(const ClientFilter& filter) {
    const QList<TextRange> ranges = textRanges(filter);
    if (ranges.isEmpty()) {
        const QStringList combos = comboConditions(filter, "c");
        return {combos.isEmpty() ? QStringLiteral("1") : combos.join(QStringLiteral(" AND "))};
    }
    QStringList sets;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        QStringList conditions{ranges[i].sql("c")};
        for (qsizetype earlier = 0; earlier < i; ++earlier) {
            conditions.append(QStringLiteral("NOT ") + ranges[earlier].sql("c"));
        }
        // Last names seek clients_by_municipality_name / _target_group_name when a combo is set.
        const bool lastName = qstrcmp(ranges[i].column, "last_name") == 0;
        conditions.append(comboConditions(filter, "c", lastName ? QString() : QStringLiteral("+")));
        sets.append(conditions.join(QStringLiteral(" AND ")));
    }
    return sets;
}

// Whether the client under `alias` is listed, as one condition.
QString listedCondition(const ClientFilter& filter, const char* alias) {
    QStringList conditions = comboConditions(filter, alias);
    const QList<TextRange> ranges = textRanges(filter);
    if (!ranges.isEmpty()) {
        QStringList alternatives;
        for (const TextRange& range : ranges) {
            alternatives.append(range.sql(alias));
        }
        conditions.append(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
}

// The list order; `prefix` names the table ("c.") or is empty for a subquery's columns.
QString listOrder(const QString& prefix) {
    return QStringLiteral("%1last_name COLLATE NOCASE, %1first_name COLLATE NOCASE, %1id").arg(prefix);
}
const auto RowColumns = QStringLiteral("c.id, c.case_code, c.last_name, c.first_name, c.municipality, c.target_group");

void bindFilter(storage::Statement& st, const ClientFilter& filter) {
    const QStringList variants = textVariants(filter);
    for (qsizetype i = 0; i < variants.size(); ++i) {
        st.bind(int(i) + 1, variants[i]).bind(int(i) + 11, prefixEnd(variants[i]));
    }
    if (filter.municipality) {
        st.bind(4, static_cast<int>(*filter.municipality));
    }
    if (filter.targetGroup) {
        st.bind(5, static_cast<int>(*filter.targetGroup));
    }
    if (filter.phase) {
        st.bind(6, static_cast<int>(*filter.phase));
    }
}

void validate(const Client& client, const QDate& today) {
    if (client.lastName.trimmed().isEmpty()) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ClientRepository", "Bitte geben Sie den Nachnamen ein."));
    }
    if (client.firstName.trimmed().isEmpty()) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ClientRepository", "Bitte geben Sie den Vornamen ein."));
    }
    if (client.birthDate.isValid() && client.birthDate > today) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ClientRepository", "Das Geburtsdatum liegt in der Zukunft."));
    }
    if (!isValid<TargetGroup>(static_cast<int>(client.targetGroup))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ClientRepository", "Bitte wählen Sie eine Zielgruppe."));
    }
    if (!isValid<Municipality>(static_cast<int>(client.municipality))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ClientRepository", "Bitte wählen Sie einen Wohnort."));
    }
    if (!isValid<ResidenceStatus>(static_cast<int>(client.residenceStatus))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ClientRepository", "Bitte wählen Sie einen Aufenthaltsstatus."));
    }
    for (const HouseholdMember& member : client.household) {
        if (member.name.trimmed().isEmpty()) {
            throw Error(ErrorCode::InvalidInput,
                        QCoreApplication::translate("ClientRepository",
                                                    "Bitte geben Sie den Namen jedes Haushaltsmitglieds ein."));
        }
    }
}

void bindClientFields(storage::Statement& st, const Client& c) {
    st.bind(2, c.firstName.trimmed()).bind(3, c.lastName.trimmed()).bind(4, c.birthDate).bind(5, c.phone);
    st.bind(6, c.email).bind(7, c.address).bind(8, c.languages).bind(9, c.interpreterNeeded);
    st.bind(10, static_cast<int>(c.targetGroup)).bind(11, static_cast<int>(c.municipality));
    st.bind(12, static_cast<int>(c.residenceStatus)).bind(13, c.residenceNote);
    st.bind(15, c.familyId == 0 ? std::optional<int64_t>() : std::optional<int64_t>(c.familyId));
}

// Updates members that keep their id, inserts new ones and deletes the removed ones.
void saveHousehold(storage::Database& db, int64_t clientId, QList<HouseholdMember>& household) {
    QList<int64_t> kept;
    for (const HouseholdMember& member : household) {
        if (member.id != 0) {
            kept.append(member.id);
        }
    }
    auto existing = db.prepare(QStringLiteral("SELECT id FROM household_members WHERE client_id = ?1"));
    existing.bind(1, clientId);
    QList<int64_t> removed;
    while (existing.step()) {
        if (!kept.contains(existing.int64(0))) {
            removed.append(existing.int64(0));
        }
    }
    auto remove = db.prepare(QStringLiteral("DELETE FROM household_members WHERE id = ?1"));
    for (int64_t id : removed) {
        remove.bind(1, id).run();
        remove.reset();
    }
    auto insert = db.prepare(QStringLiteral("INSERT INTO household_members (client_id, name, relation, birth_year) "
                                            "VALUES (?1, ?2, ?3, ?4)"));
    auto update = db.prepare(QStringLiteral("UPDATE household_members SET name = ?2, relation = ?3, birth_year = ?4 "
                                            "WHERE id = ?5 AND client_id = ?1"));
    for (HouseholdMember& member : household) {
        member.name = member.name.trimmed();
        auto& st = member.id == 0 ? insert : update;
        st.bind(1, clientId).bind(2, member.name).bind(3, member.relation.trimmed()).bind(4, member.birthYear);
        if (member.id != 0) {
            st.bind(5, member.id);
        }
        st.run();
        st.reset();
        if (member.id == 0) {
            member.id = db.lastInsertId();
        }
    }
}

} // namespace

ClientRepository::ClientRepository(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

int ClientRepository::count(const ClientFilter& filter) {
    QStringList counts;
    for (const QString& set : disjointMatches(filter)) {
        counts.append(QStringLiteral("(SELECT COUNT(*) FROM clients c WHERE %1)").arg(set));
    }
    auto st = m_db.prepare(QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")));
    bindFilter(st, filter);
    return st.step() ? st.integer(0) : 0;
}

std::optional<int> ClientRepository::positionOf(const ClientFilter& filter, int64_t clientId) {
    // Sorts before x in list order; the first condition gives the name index an upper bound.
    const auto before = QStringLiteral(
        "c.last_name <= x.last_name COLLATE NOCASE AND (c.last_name < x.last_name COLLATE NOCASE OR "
        "c.first_name < x.first_name COLLATE NOCASE OR (c.first_name = x.first_name COLLATE NOCASE AND c.id < x.id))");
    QStringList counts;
    for (const QString& set : disjointMatches(filter)) {
        counts.append(QStringLiteral("(SELECT COUNT(*) FROM clients c WHERE %1 AND %2)").arg(set, before));
    }
    auto st = m_db.prepare(QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")) +
                           QStringLiteral(" FROM clients x WHERE x.id = ?20 AND ") + listedCondition(filter, "x"));
    bindFilter(st, filter);
    st.bind(20, clientId);
    if (!st.step()) {
        return std::nullopt;
    }
    return st.integer(0);
}

QList<ClientRow> ClientRepository::page(const ClientFilter& filter, int offset, int limit) {
    const QStringList sets = disjointMatches(filter);
    QString sql;
    if (textRanges(filter).isEmpty()) {
        // The name index (or clients_by_municipality_name / _target_group_name) has the list
        // order, so OFFSET skips index entries without reading the rows.
        sql = QStringLiteral("SELECT %1, %2 FROM clients c WHERE %3 ORDER BY %4 LIMIT ?7 OFFSET ?8")
                  .arg(RowColumns, latestPhase("c"), sets.first(), listOrder(QStringLiteral("c.")));
    } else {
        // Sorts the matches' names from the covering indexes; only the page reads its rows.
        QStringList parts;
        for (const QString& set : sets) {
            parts.append(QStringLiteral("SELECT c.id, c.last_name, c.first_name FROM clients c WHERE ") + set);
        }
        sql = QStringLiteral("SELECT %1, %2 FROM (SELECT id, last_name, first_name FROM (%3) ORDER BY %4 "
                             "LIMIT ?7 OFFSET ?8) AS p JOIN clients c ON c.id = p.id ORDER BY %5")
                  .arg(RowColumns, latestPhase("c"), parts.join(QStringLiteral(" UNION ALL ")), listOrder({}),
                       listOrder(QStringLiteral("p.")));
    }
    auto st = m_db.prepare(sql);
    bindFilter(st, filter);
    st.bind(7, qMax(0, limit)).bind(8, qMax(0, offset));
    QList<ClientRow> rows;
    while (st.step()) {
        ClientRow row;
        row.id = st.int64(0);
        row.caseCode = st.text(1);
        row.displayName = st.text(2) + QStringLiteral(", ") + st.text(3);
        row.municipality = static_cast<Municipality>(st.integer(4));
        row.targetGroup = static_cast<TargetGroup>(st.integer(5));
        if (!st.isNull(6)) {
            row.phase = static_cast<Phase>(st.integer(6));
        }
        rows.append(row);
    }
    return rows;
}

Client ClientRepository::load(int64_t id) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT id, case_code, first_name, last_name, birth_date, phone, email, address, languages, "
                       "interpreter_needed, target_group, municipality, residence_status, residence_note, created_on, "
                       "family_id FROM clients WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("ClientRepository", "Die Person wurde nicht gefunden."));
    }
    Client c;
    c.id = st.int64(0);
    c.caseCode = st.text(1);
    c.firstName = st.text(2);
    c.lastName = st.text(3);
    c.birthDate = st.date(4);
    c.phone = st.text(5);
    c.email = st.text(6);
    c.address = st.text(7);
    c.languages = st.text(8);
    c.interpreterNeeded = st.integer(9) != 0;
    c.targetGroup = static_cast<TargetGroup>(st.integer(10));
    c.municipality = static_cast<Municipality>(st.integer(11));
    c.residenceStatus = static_cast<ResidenceStatus>(st.integer(12));
    c.residenceNote = st.text(13);
    c.createdOn = st.date(14);
    c.familyId = st.isNull(15) ? 0 : st.int64(15);

    auto members = m_db.prepare(QStringLiteral("SELECT id, name, relation, birth_year FROM household_members "
                                               "WHERE client_id = ?1 ORDER BY id"));
    members.bind(1, id);
    while (members.step()) {
        HouseholdMember member{members.int64(0), members.text(1), members.text(2), std::nullopt};
        if (!members.isNull(3)) {
            member.birthYear = members.integer(3);
        }
        c.household.append(member);
    }
    return c;
}

void ClientRepository::save(Client& client) {
    const QDate today = m_clock.today();
    validate(client, today);

    storage::Transaction transaction(m_db);
    resolveFamily(client);
    if (client.id == 0) {
        // Inside the (immediate) transaction, so two saves cannot take the same number.
        const QString code = nextCaseCode(client.municipality, today.year());
        auto st = m_db.prepare(QStringLiteral(
            "INSERT INTO clients (case_code, first_name, last_name, birth_date, phone, email, address, languages, "
            "interpreter_needed, target_group, municipality, residence_status, residence_note, created_on, family_id) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"));
        st.bind(1, code);
        bindClientFields(st, client);
        st.bind(14, today).run();
        client.id = m_db.lastInsertId();
        client.caseCode = code;
        client.createdOn = today;
    } else {
        // The case code stays as assigned, even after a move to another municipality.
        auto st = m_db.prepare(QStringLiteral(
            "UPDATE clients SET first_name = ?2, last_name = ?3, birth_date = ?4, phone = ?5, email = ?6, "
            "address = ?7, languages = ?8, interpreter_needed = ?9, target_group = ?10, municipality = ?11, "
            "residence_status = ?12, residence_note = ?13, family_id = ?15 WHERE id = ?1"));
        st.bind(1, client.id);
        bindClientFields(st, client);
        st.run();
        if (m_db.changes() == 0) {
            throw Error(ErrorCode::NotFound,
                        QCoreApplication::translate("ClientRepository", "Die Person wurde nicht gefunden."));
        }
    }
    saveHousehold(m_db, client.id, client.household);
    transaction.commit();
    client.firstName = client.firstName.trimmed();
    client.lastName = client.lastName.trimmed();
}

std::optional<int64_t> ClientRepository::findIdByCaseCode(const QString& caseCode) {
    // COLLATE NOCASE lets SQLite seek clients_by_case_code.
    auto st = m_db.prepare(QStringLiteral("SELECT id FROM clients WHERE case_code = ?1 COLLATE NOCASE"));
    st.bind(1, caseCode.trimmed());
    if (!st.step()) {
        return std::nullopt;
    }
    return st.int64(0);
}

// Families are flat: every member points at the head, so a unit is one lookup away and a
// family can never form a cycle.
void ClientRepository::resolveFamily(Client& client) {
    if (client.familyId == 0) {
        return;
    }
    if (client.familyId == client.id) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "ClientRepository", "Eine Person kann nicht mit sich selbst als Familie verknüpft werden."));
    }
    auto target = m_db.prepare(QStringLiteral("SELECT family_id FROM clients WHERE id = ?1"));
    target.bind(1, client.familyId);
    if (!target.step()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("ClientRepository",
                                                "Die Person, mit deren Familie verknüpft werden soll, wurde nicht "
                                                "gefunden."));
    }
    const int64_t head = target.isNull(0) ? client.familyId : target.int64(0);
    if (client.id != 0) {
        auto members = m_db.prepare(QStringLiteral("SELECT 1 FROM clients WHERE family_id = ?1 LIMIT 1"));
        members.bind(1, client.id);
        if (members.step() || head == client.id) {
            throw Error(ErrorCode::RuleViolation,
                        QCoreApplication::translate("ClientRepository",
                                                    "Mit dieser Person sind bereits andere Personen als Familie "
                                                    "verknüpft. Sie kann deshalb nicht zu einer anderen Familie "
                                                    "gehören."));
        }
    }
    client.familyId = head;
}

QString ClientRepository::nextCaseCode(Municipality municipality, int year) {
    const QString prefix = codePrefix(municipality);
    return CaseRules::formatCaseCode(prefix, year, CaseRules::lastCaseSequence(m_db, prefix, year) + 1);
}

} // namespace kim::core
