// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ProblemTaxonomy.h"

#include "storage/Savepoint.h"
#include "base/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace kim::core {

namespace {

constexpr int MaxTitle = 200;
constexpr int MaxDefinition = 1000;

// Stable codes: they travel in packages and must never change.
const QList<QPair<FieldOfAction, QString>>& fieldCodes() {
    static const QList<QPair<FieldOfAction, QString>> codes{
        {FieldOfAction::Participation, QStringLiteral("TEI")},
        {FieldOfAction::HousingMobility, QStringLiteral("WOH")},
        {FieldOfAction::Institutions, QStringLiteral("INS")},
        {FieldOfAction::HealthCare, QStringLiteral("GES")},
        {FieldOfAction::WorkEconomy, QStringLiteral("ARB")},
        {FieldOfAction::LanguageEducation, QStringLiteral("BIL")},
    };
    return codes;
}

Error invalid(const char* text) {
    return Error(ErrorCode::InvalidInput, QCoreApplication::translate("ProblemTaxonomyRepository", text));
}

Error typeNotFound() {
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate("ProblemTaxonomyRepository", "Die Problemart wurde nicht gefunden."));
}

void validateText(const QString& title, const QString& definition) {
    if (title.trimmed().isEmpty()) {
        throw invalid(
            QT_TRANSLATE_NOOP("ProblemTaxonomyRepository", "Bitte geben Sie einen Titel für die Problemart ein."));
    }
    if (title.trimmed().size() > MaxTitle) {
        throw invalid(QT_TRANSLATE_NOOP("ProblemTaxonomyRepository", "Der Titel ist zu lang (höchstens 200 Zeichen)."));
    }
    if (definition.trimmed().size() > MaxDefinition) {
        throw invalid(
            QT_TRANSLATE_NOOP("ProblemTaxonomyRepository", "Die Beschreibung ist zu lang (höchstens 1000 Zeichen)."));
    }
}

// Everything an issued taxonomy must satisfy before a single row is written.
void validateTaxonomy(const Taxonomy& taxonomy) {
    if (taxonomy.version < 1) {
        throw invalid(
            QT_TRANSLATE_NOOP("ProblemTaxonomyRepository", "Die Versionsnummer der Problemliste ist ungültig."));
    }
    QSet<QString> seen;
    for (const ProblemType& type : taxonomy.types) {
        if (!isProblemTypeCode(type.code) || fieldOfCode(type.code) != type.field) {
            throw invalid(
                QT_TRANSLATE_NOOP("ProblemTaxonomyRepository", "Die Problemliste enthält einen ungültigen Code."));
        }
        if (seen.contains(type.code)) {
            throw invalid(
                QT_TRANSLATE_NOOP("ProblemTaxonomyRepository", "Die Problemliste enthält einen Code mehrfach."));
        }
        seen.insert(type.code);
        validateText(type.title, type.definition);
        const bool versionsValid =
            type.sinceVersion >= 1 && type.sinceVersion <= taxonomy.version &&
            (!type.retiredIn || (*type.retiredIn >= type.sinceVersion && *type.retiredIn <= taxonomy.version));
        if (!versionsValid) {
            throw invalid(QT_TRANSLATE_NOOP("ProblemTaxonomyRepository",
                                            "Die Problemliste enthält eine ungültige Versionsangabe."));
        }
    }
}

const auto SelectType = QStringLiteral("SELECT code, field, title, definition, since_version, retired_in "
                                       "FROM problem_types ");

ProblemType readType(const storage::Statement& st) {
    ProblemType type;
    type.code = st.text(0);
    type.field = static_cast<FieldOfAction>(st.integer(1));
    type.title = st.text(2);
    type.definition = st.text(3);
    type.sinceVersion = st.integer(4);
    if (!st.isNull(5)) {
        type.retiredIn = st.integer(5);
    }
    return type;
}

QList<ProblemType> readTypes(storage::Database& db, const QString& sql) {
    auto st = db.prepare(sql);
    QList<ProblemType> types;
    while (st.step()) {
        types.append(readType(st));
    }
    return types;
}

void markUnissued(storage::Database& db) {
    db.exec(QStringLiteral("UPDATE taxonomy_meta SET unissued_changes = 1 WHERE id = 1"));
}

} // namespace

QString fieldCode(FieldOfAction field) {
    for (const auto& [value, code] : fieldCodes()) {
        if (value == field) {
            return code;
        }
    }
    return {};
}

std::optional<FieldOfAction> fieldFromCode(const QString& code) {
    for (const auto& [value, text] : fieldCodes()) {
        if (text == code) {
            return value;
        }
    }
    return std::nullopt;
}

QString otherCode(FieldOfAction field) {
    return fieldCode(field) + QStringLiteral("-SONST");
}

bool isProblemTypeCode(const QString& code) {
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("(TEI|WOH|INS|GES|ARB|BIL)-[0-9]{2,3}")));
    return pattern.match(code).hasMatch();
}

std::optional<FieldOfAction> fieldOfCode(const QString& code) {
    if (code.size() < 5 || code[3] != QLatin1Char('-')) {
        return std::nullopt;
    }
    if (!isProblemTypeCode(code) && code.mid(4) != QStringLiteral("SONST")) {
        return std::nullopt;
    }
    return fieldFromCode(code.left(3));
}

ProblemTaxonomyRepository::ProblemTaxonomyRepository(storage::Database& db)
    : m_db(db) {}

int ProblemTaxonomyRepository::version() const {
    auto st = m_db.prepare(QStringLiteral("SELECT version FROM taxonomy_meta WHERE id = 1"));
    return st.step() ? st.integer(0) : 0;
}

Taxonomy ProblemTaxonomyRepository::current() const {
    Taxonomy taxonomy;
    auto st = m_db.prepare(QStringLiteral("SELECT version, issued_on FROM taxonomy_meta WHERE id = 1"));
    if (st.step()) {
        taxonomy.version = st.integer(0);
        taxonomy.issuedOn = st.date(1);
    }
    taxonomy.types = readTypes(m_db, SelectType + QStringLiteral("ORDER BY code"));
    return taxonomy;
}

QList<ProblemType> ProblemTaxonomyRepository::activeTypes() const {
    return readTypes(m_db, SelectType + QStringLiteral("WHERE retired_in IS NULL ORDER BY field, code"));
}

std::optional<ProblemType> ProblemTaxonomyRepository::find(const QString& code) const {
    auto st = m_db.prepare(SelectType + QStringLiteral("WHERE code = ?1"));
    st.bind(1, code);
    if (!st.step()) {
        return std::nullopt;
    }
    return readType(st);
}

void ProblemTaxonomyRepository::adopt(const Taxonomy& taxonomy) {
    const int current = version();
    if (taxonomy.version <= current) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("ProblemTaxonomyRepository",
                                                "Diese Problemliste (Version %1) ist nicht neuer als die vorhandene "
                                                "(Version %2).")
                        .arg(taxonomy.version)
                        .arg(current));
    }
    validateTaxonomy(taxonomy);

    // A savepoint: the inbox adopts inside the transaction that also logs the package.
    storage::Savepoint savepoint(m_db);
    // UPDATE, then INSERT: REPLACE would delete rows that flags refer to.
    auto update = m_db.prepare(QStringLiteral("UPDATE problem_types SET field = ?2, title = ?3, definition = ?4, "
                                              "since_version = ?5, retired_in = ?6 WHERE code = ?1"));
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO problem_types (code, field, title, definition, "
                                              "since_version, retired_in) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    const auto write = [](storage::Statement& st, const ProblemType& type) {
        st.bind(1, type.code).bind(2, static_cast<int>(type.field)).bind(3, type.title.trimmed());
        st.bind(4, type.definition.trimmed()).bind(5, type.sinceVersion).bind(6, type.retiredIn);
        st.run();
        st.reset();
    };
    QSet<QString> listed;
    for (const ProblemType& type : taxonomy.types) {
        listed.insert(type.code);
        write(update, type);
        if (m_db.changes() == 0) {
            write(insert, type);
        }
    }
    auto retire = m_db.prepare(QStringLiteral("UPDATE problem_types SET retired_in = ?2 WHERE code = ?1"));
    for (const ProblemType& type : readTypes(m_db, SelectType + QStringLiteral("WHERE retired_in IS NULL"))) {
        if (!listed.contains(type.code)) {
            retire.bind(1, type.code).bind(2, taxonomy.version).run();
            retire.reset();
        }
    }
    auto meta = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO taxonomy_meta (id, version, issued_on, "
                                            "unissued_changes) VALUES (1, ?1, ?2, 0)"));
    meta.bind(1, taxonomy.version).bind(2, taxonomy.issuedOn).run();
    savepoint.release();
}

QString ProblemTaxonomyRepository::saveType(FieldOfAction field, const QString& code, const QString& title,
                                            const QString& definition) {
    if (!isValid<FieldOfAction>(static_cast<int>(field))) {
        throw invalid(QT_TRANSLATE_NOOP("ProblemTaxonomyRepository", "Bitte wählen Sie ein Handlungsfeld."));
    }
    validateText(title, definition);
    storage::Savepoint savepoint(m_db);
    QString result = code;
    if (code.isEmpty()) {
        // Codes are never reused: the next number after the highest one ever given out.
        auto numbers = m_db.prepare(QStringLiteral("SELECT code FROM problem_types WHERE code LIKE ?1"));
        numbers.bind(1, fieldCode(field) + QStringLiteral("-%"));
        int highest = 0;
        while (numbers.step()) {
            highest = std::max(highest, numbers.text(0).mid(4).toInt());
        }
        result = QStringLiteral("%1-%2").arg(fieldCode(field)).arg(highest + 1, 2, 10, QLatin1Char('0'));
        auto insert = m_db.prepare(QStringLiteral("INSERT INTO problem_types (code, field, title, definition, "
                                                  "since_version) VALUES (?1, ?2, ?3, ?4, 0)"));
        insert.bind(1, result).bind(2, static_cast<int>(field)).bind(3, title.trimmed());
        insert.bind(4, definition.trimmed()).run();
    } else {
        const auto existing = find(code);
        if (!existing) {
            throw typeNotFound();
        }
        if (existing->field != field) {
            throw invalid(QT_TRANSLATE_NOOP("ProblemTaxonomyRepository",
                                            "Das Handlungsfeld einer Problemart kann nicht geändert werden."));
        }
        if (existing->title == title.trimmed() && existing->definition == definition.trimmed()) {
            return code;
        }
        auto update = m_db.prepare(QStringLiteral("UPDATE problem_types SET title = ?2, definition = ?3 "
                                                  "WHERE code = ?1"));
        update.bind(1, code).bind(2, title.trimmed()).bind(3, definition.trimmed()).run();
    }
    markUnissued(m_db);
    savepoint.release();
    return result;
}

void ProblemTaxonomyRepository::retire(const QString& code) {
    const auto existing = find(code);
    if (!existing) {
        throw typeNotFound();
    }
    if (existing->isRetired()) {
        return;
    }
    storage::Savepoint savepoint(m_db);
    auto used = m_db.prepare(QStringLiteral("SELECT 1 FROM problem_flags WHERE problem_code = ?1 LIMIT 1"));
    used.bind(1, code);
    if (existing->sinceVersion == 0 && !used.step()) {
        auto remove = m_db.prepare(QStringLiteral("DELETE FROM problem_types WHERE code = ?1"));
        remove.bind(1, code).run();
    } else {
        auto retire = m_db.prepare(QStringLiteral("UPDATE problem_types SET retired_in = ?2 WHERE code = ?1"));
        retire.bind(1, code).bind(2, version() + 1).run();
    }
    markUnissued(m_db);
    savepoint.release();
}

bool ProblemTaxonomyRepository::hasUnissuedChanges() const {
    auto st = m_db.prepare(QStringLiteral("SELECT unissued_changes FROM taxonomy_meta WHERE id = 1"));
    return st.step() && st.integer(0) != 0;
}

Taxonomy ProblemTaxonomyRepository::issue(const QDate& today) {
    if (!hasUnissuedChanges()) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("ProblemTaxonomyRepository",
                                                "Seit der letzten Ausgabe wurde die Problemliste nicht geändert."));
    }
    const int next = version() + 1;
    storage::Savepoint savepoint(m_db);
    auto drafts = m_db.prepare(QStringLiteral("UPDATE problem_types SET since_version = ?1 WHERE since_version = 0"));
    drafts.bind(1, next).run();
    auto retired = m_db.prepare(QStringLiteral("UPDATE problem_types SET retired_in = ?1 WHERE retired_in > ?2"));
    retired.bind(1, next).bind(2, next - 1).run();
    auto meta = m_db.prepare(QStringLiteral("UPDATE taxonomy_meta SET version = ?1, issued_on = ?2, "
                                            "unissued_changes = 0 WHERE id = 1"));
    meta.bind(1, next).bind(2, today).run();
    savepoint.release();
    return current();
}

} // namespace kim::core
