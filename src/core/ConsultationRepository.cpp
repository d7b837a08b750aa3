// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ConsultationRepository.h"

#include "core/CaseRules.h"
#include "core/NoteSearch.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

constexpr int AllFields = (1 << static_cast<int>(FieldOfAction::LanguageEducation)) - 1;

const auto SelectConsultation = QStringLiteral("SELECT id, case_id, held_on, duration_minutes, mode, interpreter, "
                                               "fields_of_action, notes FROM consultations ");

Consultation readConsultation(const storage::Statement& st) {
    Consultation c;
    c.id = st.int64(0);
    c.caseId = st.int64(1);
    c.heldOn = st.date(2);
    c.durationMinutes = st.integer(3);
    c.mode = static_cast<ConsultationMode>(st.integer(4));
    c.interpreter = static_cast<InterpreterKind>(st.integer(5));
    c.fields = st.integer(6);
    c.notes = st.text(7);
    return c;
}

void validate(const Consultation& c, const QDate& today) {
    if (!c.heldOn.isValid() || c.heldOn > today) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ConsultationRepository",
                                                "Das Datum des Gesprächs fehlt oder liegt in der Zukunft."));
    }
    if (c.durationMinutes < 1 || c.durationMinutes > 600) {
        throw Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ConsultationRepository", "Die Dauer muss zwischen 1 und 600 Minuten liegen."));
    }
    if (!isValid<ConsultationMode>(static_cast<int>(c.mode))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ConsultationRepository", "Bitte wählen Sie die Art des Kontakts."));
    }
    if (!isValid<InterpreterKind>(static_cast<int>(c.interpreter))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ConsultationRepository", "Bitte wählen Sie, ob gedolmetscht wurde."));
    }
    if (c.fields < 0 || (c.fields & ~AllFields) != 0) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ConsultationRepository", "Die Handlungsfelder sind ungültig."));
    }
}

} // namespace

ConsultationRepository::ConsultationRepository(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

QList<Consultation> ConsultationRepository::forCase(int64_t caseId) {
    auto st = m_db.prepare(SelectConsultation + QStringLiteral("WHERE case_id = ?1 ORDER BY held_on DESC, id DESC"));
    st.bind(1, caseId);
    QList<Consultation> result;
    while (st.step()) {
        result.append(readConsultation(st));
    }
    return result;
}

Consultation ConsultationRepository::load(int64_t id) {
    auto st = m_db.prepare(SelectConsultation + QStringLiteral("WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step()) {
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("ConsultationRepository",
                                                                     "Der Beratungskontakt wurde nicht gefunden."));
    }
    return readConsultation(st);
}

void ConsultationRepository::save(Consultation& consultation) {
    CaseRules::requireWritableCase(m_db, m_clock, consultation.caseId);
    validate(consultation, m_clock.today());

    if (consultation.id == 0) {
        auto st =
            m_db.prepare(QStringLiteral("INSERT INTO consultations (case_id, held_on, duration_minutes, mode, "
                                        "interpreter, fields_of_action, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        st.bind(1, consultation.caseId).bind(2, consultation.heldOn).bind(3, consultation.durationMinutes);
        st.bind(4, static_cast<int>(consultation.mode)).bind(5, static_cast<int>(consultation.interpreter));
        st.bind(6, consultation.fields).bind(7, consultation.notes).run();
        consultation.id = m_db.lastInsertId();
        return;
    }
    auto st = m_db.prepare(QStringLiteral("UPDATE consultations SET held_on = ?2, duration_minutes = ?3, mode = ?4, "
                                          "interpreter = ?5, fields_of_action = ?6, notes = ?7 "
                                          "WHERE id = ?1 AND case_id = ?8"));
    st.bind(1, consultation.id).bind(2, consultation.heldOn).bind(3, consultation.durationMinutes);
    st.bind(4, static_cast<int>(consultation.mode)).bind(5, static_cast<int>(consultation.interpreter));
    st.bind(6, consultation.fields).bind(7, consultation.notes).bind(8, consultation.caseId).run();
    if (m_db.changes() == 0) {
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("ConsultationRepository",
                                                                     "Der Beratungskontakt wurde nicht gefunden."));
    }
}

QList<SearchHit> ConsultationRepository::search(const QString& text, int limit) {
    return NoteSearch(m_db).search(text, limit);
}

} // namespace kim::core
