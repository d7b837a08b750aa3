#include "core/ClientRepository.h"

#include "core/CaseRules.h"
#include "core/Clock.h"
#include "crypto/Error.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

// The latest case decides the phase shown and filtered; cases_by_client makes it a seek.
const auto LatestPhase = QStringLiteral("(SELECT phase FROM cases WHERE client_id = c.id ORDER BY id DESC LIMIT 1)");

// The exclusive upper end of the range of strings that start with `prefix`.
QString prefixEnd(const QString& prefix) {
    QString end = prefix;
    end[end.size() - 1] = QChar(static_cast<char16_t>(end.back().unicode() + 1));
    return end;
}

// Only constant fragments go into the SQL; every value of the filter is bound.
// A prefix match is written as a range on a NOCASE index (column >= prefix AND column < end
// of prefix), which SQLite 3.15 answers with index seeks; LIKE alternatives made it scan
// every client. NOCASE folds ASCII only, so the text is also tried in lower and capitalised
// form ("özdemir", "Özdemir") to find names with umlauts typed in another case.
QString whereClause(const ClientFilter& filter, bool forPaging) {
    QStringList conditions;
    if (!filter.text.trimmed().isEmpty()) {
        QStringList alternatives;
        const auto range = [](const char* column, int variant) {
            return QStringLiteral("(%1 >= ?%2 COLLATE NOCASE AND %1 < ?%3 COLLATE NOCASE)")
                .arg(QLatin1String(column))
                .arg(variant)
                .arg(variant + 10);
        };
        for (const char* column : {"c.last_name", "c.first_name"}) {
            for (int variant = 1; variant <= 3; ++variant)
                alternatives.append(range(column, variant));
        }
        alternatives.append(range("c.case_code", 1));
        conditions.append(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    // For paging, "+" keeps SQLite on the name index, which already has the list order.
    const QString prefix = forPaging ? QStringLiteral("+") : QString();
    if (filter.municipality)
        conditions.append(prefix + QStringLiteral("c.municipality = ?4"));
    if (filter.targetGroup)
        conditions.append(prefix + QStringLiteral("c.target_group = ?5"));
    if (filter.phase)
        conditions.append(LatestPhase + QStringLiteral(" = ?6"));
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindFilter(storage::Statement& st, const ClientFilter& filter) {
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        const QString lower = text.toLower();
        const QStringList variants{text, lower, lower.left(1).toUpper() + lower.mid(1)};
        for (int i = 0; i < variants.size(); ++i)
            st.bind(i + 1, variants[i]).bind(i + 11, prefixEnd(variants[i]));
    }
    if (filter.municipality)
        st.bind(4, static_cast<int>(*filter.municipality));
    if (filter.targetGroup)
        st.bind(5, static_cast<int>(*filter.targetGroup));
    if (filter.phase)
        st.bind(6, static_cast<int>(*filter.phase));
}

void validate(const Client& client, const QDate& today) {
    if (client.lastName.trimmed().isEmpty())
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ClientRepository", "Bitte geben Sie den Nachnamen ein."));
    if (client.firstName.trimmed().isEmpty())
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ClientRepository", "Bitte geben Sie den Vornamen ein."));
    if (client.birthDate.isValid() && client.birthDate > today)
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ClientRepository", "Das Geburtsdatum liegt in der Zukunft."));
    if (!isValid<TargetGroup>(static_cast<int>(client.targetGroup)))
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ClientRepository", "Bitte wählen Sie eine Zielgruppe."));
    if (!isValid<Municipality>(static_cast<int>(client.municipality)))
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ClientRepository", "Bitte wählen Sie einen Wohnort."));
    if (!isValid<ResidenceStatus>(static_cast<int>(client.residenceStatus)))
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ClientRepository", "Bitte wählen Sie einen Aufenthaltsstatus."));
    for (const HouseholdMember& member : client.household) {
        if (member.name.trimmed().isEmpty())
            throw Error(ErrorCode::InvalidInput,
                        QCoreApplication::translate("ClientRepository",
                                                    "Bitte geben Sie den Namen jedes Haushaltsmitglieds ein."));
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
        if (member.id != 0)
            kept.append(member.id);
    }
    auto existing = db.prepare(QStringLiteral("SELECT id FROM household_members WHERE client_id = ?1"));
    existing.bind(1, clientId);
    QList<int64_t> removed;
    while (existing.step()) {
        if (!kept.contains(existing.int64(0)))
            removed.append(existing.int64(0));
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
        if (member.id != 0)
            st.bind(5, member.id);
        st.run();
        st.reset();
        if (member.id == 0)
            member.id = db.lastInsertId();
    }
}

} // namespace

ClientRepository::ClientRepository(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

int ClientRepository::count(const ClientFilter& filter) {
    auto st = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM clients c") + whereClause(filter, false));
    bindFilter(st, filter);
    return st.step() ? st.integer(0) : 0;
}

QList<ClientRow> ClientRepository::page(const ClientFilter& filter, int offset, int limit) {
    auto st = m_db.prepare(QStringLiteral("SELECT c.id, c.case_code, c.last_name, c.first_name, c.municipality, "
                                          "c.target_group, ") +
                           LatestPhase + QStringLiteral(" FROM clients c") + whereClause(filter, true) +
                           QStringLiteral(" ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id "
                                          "LIMIT ?7 OFFSET ?8"));
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
        if (!st.isNull(6))
            row.phase = static_cast<Phase>(st.integer(6));
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
    if (!st.step())
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("ClientRepository", "Die Person wurde nicht gefunden."));
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
        if (!members.isNull(3))
            member.birthYear = members.integer(3);
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
        if (m_db.changes() == 0)
            throw Error(ErrorCode::NotFound,
                        QCoreApplication::translate("ClientRepository", "Die Person wurde nicht gefunden."));
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
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

// Families are flat: every member points at the head, so a unit is one lookup away and a
// family can never form a cycle.
void ClientRepository::resolveFamily(Client& client) {
    if (client.familyId == 0)
        return;
    if (client.familyId == client.id)
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "ClientRepository", "Eine Person kann nicht mit sich selbst als Familie verknüpft werden."));
    auto target = m_db.prepare(QStringLiteral("SELECT family_id FROM clients WHERE id = ?1"));
    target.bind(1, client.familyId);
    if (!target.step())
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("ClientRepository",
                                                "Die Person, mit deren Familie verknüpft werden soll, wurde nicht "
                                                "gefunden."));
    const int64_t head = target.isNull(0) ? client.familyId : target.int64(0);
    if (client.id != 0) {
        auto members = m_db.prepare(QStringLiteral("SELECT 1 FROM clients WHERE family_id = ?1 LIMIT 1"));
        members.bind(1, client.id);
        if (members.step() || head == client.id)
            throw Error(ErrorCode::RuleViolation,
                        QCoreApplication::translate("ClientRepository",
                                                    "Mit dieser Person sind bereits andere Personen als Familie "
                                                    "verknüpft. Sie kann deshalb nicht zu einer anderen Familie "
                                                    "gehören."));
    }
    client.familyId = head;
}

QString ClientRepository::nextCaseCode(Municipality municipality, int year) {
    const QString prefix = codePrefix(municipality);
    return CaseRules::formatCaseCode(prefix, year, CaseRules::lastCaseSequence(m_db, prefix, year) + 1);
}

} // namespace kim::core
