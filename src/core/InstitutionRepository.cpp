// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/InstitutionRepository.h"

#include "base/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

const auto SelectInstitution = QStringLiteral("SELECT id, name, type, legal_domain, municipality, contact_person, "
                                              "address, phone, email, languages, notes, archived FROM institutions ");

Institution readInstitution(const storage::Statement& st) {
    Institution i;
    i.id = st.int64(0);
    i.name = st.text(1);
    i.type = static_cast<InstitutionType>(st.integer(2));
    i.legalDomain = static_cast<LegalDomain>(st.integer(3));
    if (!st.isNull(4)) {
        i.municipality = static_cast<Municipality>(st.integer(4));
    }
    i.contactPerson = st.text(5);
    i.address = st.text(6);
    i.phone = st.text(7);
    i.email = st.text(8);
    i.languages = st.text(9);
    i.notes = st.text(10);
    i.archived = st.integer(11) != 0;
    return i;
}

void validate(storage::Database& db, const Institution& i) {
    if (i.name.trimmed().isEmpty()) {
        throw Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("InstitutionRepository", "Bitte geben Sie den Namen der Einrichtung ein."));
    }
    if (!isValid<InstitutionType>(static_cast<int>(i.type))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("InstitutionRepository", "Bitte wählen Sie die Art der Einrichtung."));
    }
    if (!isValid<LegalDomain>(static_cast<int>(i.legalDomain))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("InstitutionRepository", "Bitte wählen Sie den Rechtskreis."));
    }
    if (i.municipality && !isValid<Municipality>(static_cast<int>(*i.municipality))) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("InstitutionRepository", "Bitte wählen Sie den Ort oder „kreisweit“."));
    }
    auto st = db.prepare(QStringLiteral("SELECT 1 FROM institutions WHERE name = ?1 AND id <> ?2"));
    st.bind(1, i.name.trimmed()).bind(2, i.id);
    if (st.step()) {
        throw Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("InstitutionRepository", "Eine Einrichtung mit diesem Namen gibt es bereits."));
    }
}

void bindFields(storage::Statement& st, const Institution& i) {
    st.bind(1, i.name.trimmed()).bind(2, static_cast<int>(i.type)).bind(3, static_cast<int>(i.legalDomain));
    if (i.municipality) {
        st.bind(4, static_cast<int>(*i.municipality));
    } else {
        st.bindNull(4);
    }
    st.bind(5, i.contactPerson.trimmed()).bind(6, i.address.trimmed()).bind(7, i.phone.trimmed());
    st.bind(8, i.email.trimmed()).bind(9, i.languages.trimmed()).bind(10, i.notes).bind(11, i.archived);
}

} // namespace

InstitutionRepository::InstitutionRepository(storage::Database& db)
    : m_db(db) {}

QList<Institution> InstitutionRepository::all(bool includeArchived) {
    auto st = m_db.prepare(SelectInstitution + QStringLiteral("WHERE archived = 0 OR ?1 ORDER BY name, id"));
    st.bind(1, includeArchived);
    QList<Institution> result;
    while (st.step()) {
        result.append(readInstitution(st));
    }
    return result;
}

Institution InstitutionRepository::load(int64_t id) {
    auto st = m_db.prepare(SelectInstitution + QStringLiteral("WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("InstitutionRepository", "Die Einrichtung wurde nicht gefunden."));
    }
    return readInstitution(st);
}

void InstitutionRepository::save(Institution& institution) {
    validate(m_db, institution);
    if (institution.id == 0) {
        auto st = m_db.prepare(QStringLiteral("INSERT INTO institutions (name, type, legal_domain, municipality, "
                                              "contact_person, address, phone, email, languages, notes, archived) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
        bindFields(st, institution);
        st.run();
        institution.id = m_db.lastInsertId();
    } else {
        auto st =
            m_db.prepare(QStringLiteral("UPDATE institutions SET name = ?1, type = ?2, legal_domain = ?3, "
                                        "municipality = ?4, contact_person = ?5, address = ?6, phone = ?7, "
                                        "email = ?8, languages = ?9, notes = ?10, archived = ?11 WHERE id = ?12"));
        bindFields(st, institution);
        st.bind(12, institution.id).run();
        if (m_db.changes() == 0) {
            throw Error(ErrorCode::NotFound,
                        QCoreApplication::translate("InstitutionRepository", "Die Einrichtung wurde nicht gefunden."));
        }
    }
    institution.name = institution.name.trimmed();
}

bool InstitutionRepository::remove(int64_t id) {
    auto used = m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM referrals WHERE institution_id = ?1) "
                                            "OR EXISTS (SELECT 1 FROM referral_releases WHERE institution_id = ?1)"));
    used.bind(1, id);
    const bool inUse = used.step() && used.integer(0) != 0;
    auto st = m_db.prepare(inUse ? QStringLiteral("UPDATE institutions SET archived = 1 WHERE id = ?1")
                                 : QStringLiteral("DELETE FROM institutions WHERE id = ?1"));
    st.bind(1, id).run();
    if (m_db.changes() == 0) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("InstitutionRepository", "Die Einrichtung wurde nicht gefunden."));
    }
    return !inUse;
}

} // namespace kim::core
