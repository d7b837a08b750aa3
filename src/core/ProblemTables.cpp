// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ProblemTables.h"

#include "core/Catalog.h"
#include "core/ProblemTaxonomy.h"
#include "storage/Savepoint.h"
#include "crypto/SecureRandom.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>

#include <botan/mac.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>

namespace kim::core {

namespace {

constexpr int FieldCount = 6;

// What one counting unit (a family, or a client on their own) contributes to the quarter.
struct Unit {
    int municipality = 0;
    int targetGroup = 0;
    uint64_t recordKey = 0;
    std::array<QStringList, FieldCount> codes;       // per field, distinct
    std::array<uint32_t, FieldCount> institutions{}; // per field, bit n for type n, bit 0 for none
};

// Flags active during the quarter on cases open during it, with the unit they count for.
void collectFlags(storage::Database& db, const Quarter& quarter, QHash<int64_t, Unit>& units) {
    auto st = db.prepare(QStringLiteral(
        "SELECT COALESCE(cl.family_id, cl.id), h.municipality, h.target_group, f.problem_code, f.institution_type "
        "FROM problem_flags f "
        "JOIN cases ca ON ca.id = f.case_id "
        "JOIN clients cl ON cl.id = ca.client_id "
        "JOIN clients h ON h.id = COALESCE(cl.family_id, cl.id) "
        "WHERE f.since <= ?2 AND (f.resolved_on IS NULL OR f.resolved_on >= ?1) "
        "AND ca.opened_on <= ?2 AND (ca.closed_on IS NULL OR ca.closed_on >= ?1)"));
    st.bind(1, quarter.firstDay()).bind(2, quarter.lastDay());
    while (st.step()) {
        const QString code = st.text(3);
        const auto field = fieldOfCode(code);
        if (!field || !isProblemTypeCode(code)) {
            continue; // damaged data: never guess
        }
        Unit& unit = units[st.int64(0)];
        unit.municipality = st.integer(1);
        unit.targetGroup = st.integer(2);
        const int index = static_cast<int>(*field) - 1;
        if (!unit.codes[index].contains(code)) {
            unit.codes[index].append(code);
        }
        const int type = st.isNull(4) ? 0 : st.integer(4);
        unit.institutions[index] |= 1u << (isValid<InstitutionType>(type) ? type : 0);
    }
}

// The unit's record key is that of the lowest-id case of any of its clients: stable from
// quarter to quarter, and the same whichever member's flag made the unit count.
void collectRecordKeys(storage::Database& db, QHash<int64_t, Unit>& units) {
    QHash<int64_t, int64_t> headOf;
    auto members = db.prepare(QStringLiteral("SELECT id, family_id FROM clients WHERE family_id IS NOT NULL"));
    while (members.step()) {
        headOf.insert(members.int64(0), members.int64(1));
    }
    QSet<int64_t> found;
    auto cases = db.prepare(QStringLiteral("SELECT client_id, record_key FROM cases ORDER BY id"));
    while (cases.step() && found.size() < units.size()) {
        const int64_t clientId = cases.int64(0);
        const int64_t unitId = headOf.value(clientId, clientId);
        const auto unit = units.find(unitId);
        if (unit == units.end() || found.contains(unitId)) {
            continue;
        }
        unit->recordKey = static_cast<uint64_t>(cases.int64(1));
        found.insert(unitId);
    }
}

using Cells = std::map<QStringList, ProblemCell>;

// Keeps these MACs apart from any other use of a record key (domain separation).
constexpr std::string_view ContributionLabel = "kim-cell-contribution-v2";

// What a unit adds to the key sum of a cell of a table in a period: the first 64 bits of
// HMAC-SHA-256 under its secret record key over the table and the period. The same unit in the
// same table and period always adds the same value (so sums merge exactly and every revision of
// a cell gets the same noise), while its values in two tables or two quarters are unrelated for
// anyone without the record key, which never leaves the vault.
//
// TableCells holds the cells of one table for one period. A unit lies in several cells of a
// table (one per field, one per institution type), so its contribution is computed once.
class TableCells {
public:
    TableCells(QString id, const Quarter& period)
        : m_id(std::move(id))
        , m_message(QByteArray(ContributionLabel.data(), qsizetype(ContributionLabel.size())) + '\0' + m_id.toUtf8() +
                    '\0' + period.toString().toUtf8())
        , m_mac(Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)")) {}

    void add(QStringList key, uint64_t recordKey) {
        ProblemCell& cell = m_cells[key];
        if (cell.count == 0) {
            cell.key = std::move(key);
        }
        ++cell.count;
        cell.keySum += contribution(recordKey); // unsigned: wraps modulo 2^64
    }

    ProblemTable toTable(const QStringList& dimensions) && {
        ProblemTable table{m_id, dimensions, {}};
        table.cells.reserve(m_cells.size());
        for (auto& [key, cell] : m_cells) {
            table.cells.push_back(std::move(cell));
        }
        return table;
    }

private:
    uint64_t contribution(uint64_t recordKey) {
        const auto known = m_contributions.constFind(recordKey);
        if (known != m_contributions.cend()) {
            return *known;
        }
        uint8_t key[8];
        for (int i = 0; i < 8; ++i) {
            key[i] = static_cast<uint8_t>(recordKey >> (56 - 8 * i)); // big-endian
        }
        m_mac->set_key(key, sizeof key);
        m_mac->update(reinterpret_cast<const uint8_t*>(m_message.constData()), size_t(m_message.size()));
        const auto tag = m_mac->final();
        uint64_t value = 0;
        for (int i = 0; i < 8; ++i) {
            value = (value << 8) | tag[i];
        }
        m_contributions.insert(recordKey, value);
        return value;
    }

    QString m_id;
    QByteArray m_message;
    std::unique_ptr<Botan::MessageAuthenticationCode> m_mac;
    QHash<uint64_t, uint64_t> m_contributions;
    Cells m_cells;
};

} // namespace

const ProblemCell* ProblemTable::find(const QStringList& key) const {
    const auto it = std::lower_bound(cells.begin(), cells.end(), key,
                                     [](const ProblemCell& cell, const QStringList& k) { return cell.key < k; });
    return it != cells.end() && it->key == key ? &*it : nullptr;
}

const ProblemTable* ProblemTableSet::table(const QString& id) const {
    for (const ProblemTable& t : tables) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

QList<QPair<QString, QStringList>> ProblemTableProgramme::tables() {
    const QString field = QStringLiteral("field");
    return {
        {Problems, {field, QStringLiteral("problems")}},
        {FieldMunicipality, {field, QStringLiteral("municipality")}},
        {FieldTargetGroup, {field, QStringLiteral("target_group")}},
        {FieldInstitution, {field, QStringLiteral("institution_type")}},
    };
}

void ensureRecordKeys(storage::Database& db) {
    // cases_without_record_key makes this a seek that finds nothing once all keys are set.
    auto missing = db.prepare(QStringLiteral("SELECT id FROM cases WHERE record_key IS NULL"));
    QList<int64_t> ids;
    while (missing.step()) {
        ids.append(missing.int64(0));
    }
    if (ids.isEmpty()) {
        return;
    }
    storage::Savepoint savepoint(db);
    {
        auto update = db.prepare(QStringLiteral("UPDATE cases SET record_key = ?2 WHERE id = ?1"));
        for (int64_t id : ids) {
            update.bind(1, id).bind(2, static_cast<int64_t>(crypto::randomUint64())).run();
            update.reset();
        }
    }
    savepoint.release();
}

ProblemTableSet buildProblemTables(storage::Database& db, const Quarter& quarter) {
    ensureRecordKeys(db);
    QHash<int64_t, Unit> units;
    collectFlags(db, quarter, units);
    collectRecordKeys(db, units);

    namespace programme = ProblemTableProgramme;
    TableCells problems(programme::Problems, quarter);
    TableCells municipalities(programme::FieldMunicipality, quarter);
    TableCells targetGroups(programme::FieldTargetGroup, quarter);
    TableCells institutions(programme::FieldInstitution, quarter);
    for (const Unit& unit : std::as_const(units)) {
        for (int index = 0; index < FieldCount; ++index) {
            if (unit.codes[index].isEmpty()) {
                continue;
            }
            const QString field = fieldCode(static_cast<FieldOfAction>(index + 1));
            QStringList codes = unit.codes[index];
            codes.sort();
            problems.add({field, codes.join(QLatin1Char('+'))}, unit.recordKey);
            municipalities.add({field, QString::number(unit.municipality)}, unit.recordKey);
            targetGroups.add({field, QString::number(unit.targetGroup)}, unit.recordKey);
            for (int type = 0; type < 32; ++type) {
                if (unit.institutions[index] & (1u << type)) {
                    institutions.add({field, QString::number(type)}, unit.recordKey);
                }
            }
        }
    }

    ProblemTableSet set;
    set.taxonomyVersion = ProblemTaxonomyRepository(db).version();
    set.period = quarter;
    const auto tables = programme::tables();
    set.tables.push_back(std::move(problems).toTable(tables[0].second));
    set.tables.push_back(std::move(municipalities).toTable(tables[1].second));
    set.tables.push_back(std::move(targetGroups).toTable(tables[2].second));
    set.tables.push_back(std::move(institutions).toTable(tables[3].second));
    return set;
}

} // namespace kim::core
