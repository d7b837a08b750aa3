// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ProblemFlagRepository.h"

#include "base/Clock.h"
#include "core/ProblemTaxonomy.h"
#include "base/Error.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

Error flagError(ErrorCode code, const char* text) {
    return Error(code, QCoreApplication::translate("ProblemFlagRepository", text));
}

void validateDates(const ProblemFlag& flag, const QDate& today) {
    if (!flag.since.isValid()) {
        throw flagError(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("ProblemFlagRepository", "Bitte geben Sie an, seit wann das Problem besteht."));
    }
    if (flag.since > today) {
        throw flagError(ErrorCode::InvalidInput,
                        QT_TRANSLATE_NOOP("ProblemFlagRepository", "Das Datum „seit“ liegt in der Zukunft."));
    }
    if (flag.resolvedOn.isValid() && flag.resolvedOn < flag.since) {
        throw flagError(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("ProblemFlagRepository", "Das Problem kann nicht gelöst worden sein, bevor es bestand."));
    }
    if (flag.resolvedOn.isValid() && flag.resolvedOn > today) {
        throw flagError(ErrorCode::InvalidInput,
                        QT_TRANSLATE_NOOP("ProblemFlagRepository", "Das Datum „gelöst am“ liegt in der Zukunft."));
    }
}

// The stored code of an existing flag of the case; empty for a new flag. Throws NotFound.
QString storedCode(storage::Database& db, const ProblemFlag& flag) {
    if (flag.id == 0) {
        return {};
    }
    auto st = db.prepare(QStringLiteral("SELECT problem_code FROM problem_flags WHERE id = ?1 AND case_id = ?2"));
    st.bind(1, flag.id).bind(2, flag.caseId);
    if (!st.step()) {
        throw flagError(ErrorCode::NotFound,
                        QT_TRANSLATE_NOOP("ProblemFlagRepository", "Das strukturelle Problem wurde nicht gefunden."));
    }
    return st.text(0);
}

void validateCode(storage::Database& db, const ProblemFlag& flag, const QString& previousCode) {
    const auto type = ProblemTaxonomyRepository(db).find(flag.problemCode);
    if (!type) {
        throw flagError(ErrorCode::InvalidInput,
                        QT_TRANSLATE_NOOP("ProblemFlagRepository", "Bitte wählen Sie eine Problemart aus der Liste."));
    }
    // A flag recorded before the type was retired keeps it; nothing new may use it.
    if (type->isRetired() && flag.problemCode != previousCode) {
        throw flagError(
            ErrorCode::RuleViolation,
            QT_TRANSLATE_NOOP("ProblemFlagRepository",
                              "Diese Problemart wird nicht mehr verwendet. Bitte wählen Sie eine aktuelle."));
    }
}

// Whether the case is closed; throws NotFound for an unknown case.
bool caseClosed(storage::Database& db, int64_t caseId) {
    auto st = db.prepare(QStringLiteral("SELECT phase FROM cases WHERE id = ?1"));
    st.bind(1, caseId);
    if (!st.step()) {
        throw flagError(ErrorCode::NotFound,
                        QT_TRANSLATE_NOOP("ProblemFlagRepository", "Der Fall wurde nicht gefunden."));
    }
    return st.integer(0) == static_cast<int>(Phase::Closing);
}

// With an institution from the directory, its type is the one the flag records.
void resolveInstitution(storage::Database& db, ProblemFlag& flag) {
    if (!flag.institutionId) {
        if (flag.institutionType && !isValid<InstitutionType>(static_cast<int>(*flag.institutionType))) {
            throw flagError(ErrorCode::InvalidInput,
                            QT_TRANSLATE_NOOP("ProblemFlagRepository", "Bitte wählen Sie die Art der Einrichtung."));
        }
        return;
    }
    auto st = db.prepare(QStringLiteral("SELECT type FROM institutions WHERE id = ?1"));
    st.bind(1, *flag.institutionId);
    if (!st.step()) {
        throw flagError(ErrorCode::NotFound,
                        QT_TRANSLATE_NOOP("ProblemFlagRepository", "Die Einrichtung wurde nicht gefunden."));
    }
    flag.institutionType = static_cast<InstitutionType>(st.integer(0));
}

std::optional<int> storedType(const ProblemFlag& flag) {
    if (!flag.institutionType) {
        return std::nullopt;
    }
    return static_cast<int>(*flag.institutionType);
}

} // namespace

ProblemFlagRepository::ProblemFlagRepository(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

QList<ProblemFlag> ProblemFlagRepository::forCase(int64_t caseId) const {
    auto st = m_db.prepare(QStringLiteral("SELECT id, case_id, problem_code, institution_id, institution_type, since, "
                                          "resolved_on, recorded_on FROM problem_flags WHERE case_id = ?1 "
                                          "ORDER BY since DESC, id DESC"));
    st.bind(1, caseId);
    QList<ProblemFlag> flags;
    while (st.step()) {
        ProblemFlag flag;
        flag.id = st.int64(0);
        flag.caseId = st.int64(1);
        flag.problemCode = st.text(2);
        if (!st.isNull(3)) {
            flag.institutionId = st.int64(3);
        }
        if (!st.isNull(4)) {
            flag.institutionType = static_cast<InstitutionType>(st.integer(4));
        }
        flag.since = st.date(5);
        flag.resolvedOn = st.date(6);
        flag.recordedOn = st.date(7);
        flags.append(flag);
    }
    return flags;
}

void ProblemFlagRepository::save(ProblemFlag& flag) {
    const QDate today = m_clock.today();
    validateDates(flag, today);
    storage::Transaction transaction(m_db);
    const bool closed = caseClosed(m_db, flag.caseId);
    const QString previousCode = storedCode(m_db, flag);
    validateCode(m_db, flag, previousCode);
    // A closed case keeps its flags and may record that one was resolved, but gets no new ones.
    if (flag.id == 0 && closed) {
        throw flagError(
            ErrorCode::RuleViolation,
            QT_TRANSLATE_NOOP("ProblemFlagRepository",
                              "Der Fall ist abgeschlossen; es können keine neuen Probleme erfasst werden."));
    }
    resolveInstitution(m_db, flag);

    if (flag.id == 0) {
        auto st = m_db.prepare(QStringLiteral("INSERT INTO problem_flags (case_id, problem_code, institution_id, "
                                              "institution_type, since, resolved_on, recorded_on) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        st.bind(1, flag.caseId).bind(2, flag.problemCode).bind(3, flag.institutionId).bind(4, storedType(flag));
        st.bind(5, flag.since).bind(6, flag.resolvedOn).bind(7, today).run();
        flag.id = m_db.lastInsertId();
        flag.recordedOn = today;
    } else {
        auto st = m_db.prepare(QStringLiteral("UPDATE problem_flags SET problem_code = ?3, institution_id = ?4, "
                                              "institution_type = ?5, since = ?6, resolved_on = ?7 "
                                              "WHERE id = ?1 AND case_id = ?2"));
        st.bind(1, flag.id).bind(2, flag.caseId).bind(3, flag.problemCode).bind(4, flag.institutionId);
        st.bind(5, storedType(flag)).bind(6, flag.since).bind(7, flag.resolvedOn).run();
    }
    transaction.commit();
}

void ProblemFlagRepository::remove(int64_t flagId) {
    auto st = m_db.prepare(QStringLiteral("DELETE FROM problem_flags WHERE id = ?1"));
    st.bind(1, flagId).run();
    if (m_db.changes() == 0) {
        throw flagError(ErrorCode::NotFound,
                        QT_TRANSLATE_NOOP("ProblemFlagRepository", "Das strukturelle Problem wurde nicht gefunden."));
    }
}

} // namespace kim::core
