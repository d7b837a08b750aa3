// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CaseRepository.h"
#include "core/ClientRepository.h"
#include "base/Clock.h"
#include "core/ConsentRepository.h"
#include "core/ConsultationRepository.h"
#include "core/FollowUpRepository.h"
#include "base/Error.h"
#include "storage/Database.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

namespace kim::test {

// A fresh vault with every repository on a fixed day (Tuesday, 10 March 2026).
struct CoreFixture {
    static QDate startDay() { return QDate(2026, 3, 10); }

    storage::Database& db() { return tv.vault->database(); }

    core::Client addClient(const QString& lastName, const QString& firstName,
                           core::Municipality municipality = core::Municipality::Guetersloh,
                           core::TargetGroup group = core::TargetGroup::Immigrants) {
        core::Client client;
        client.lastName = lastName;
        client.firstName = firstName;
        client.municipality = municipality;
        client.targetGroup = group;
        clients.save(client);
        return client;
    }

    core::Consent addConsent(int64_t clientId) {
        core::Consent consent;
        consent.clientId = clientId;
        consent.givenOn = clock.today();
        consent.formVersion = QStringLiteral("KIM-EW 2024-1");
        consents.record(consent);
        return consent;
    }

    // A client with consent and an open case.
    core::Case addCaseFor(const QString& lastName, const QString& firstName = QStringLiteral("Test")) {
        const core::Client client = addClient(lastName, firstName);
        addConsent(client.id);
        return cases.open(client.id);
    }

    core::Consultation addConsultation(int64_t caseId, const QString& notes) {
        core::Consultation consultation;
        consultation.caseId = caseId;
        consultation.heldOn = clock.today();
        consultation.notes = notes;
        consultations.save(consultation);
        return consultation;
    }

    // Simulates a case that exists without consent (e.g. data from before the rule).
    int64_t insertCaseWithoutConsent(int64_t clientId) {
        auto st = db().prepare(QStringLiteral("INSERT INTO cases (client_id, phase, opened_on) VALUES (?1, 1, ?2)"));
        st.bind(1, clientId).bind(2, clock.today()).run();
        return db().lastInsertId();
    }

    TestVault tv;
    kim::FixedClock clock{startDay()};
    core::ClientRepository clients{db(), clock};
    core::ConsentRepository consents{db(), clock};
    core::CaseRepository cases{db(), clock};
    core::ConsultationRepository consultations{db(), clock};
    core::FollowUpRepository followUps{db(), clock};
};

// Runs `action` and returns the code of the kim::Error it throws; fails if none is thrown.
template <typename Action> ErrorCode errorCodeOf(Action&& action) {
    try {
        action();
    } catch (const Error& error) {
        CHECK_FALSE(error.message().isEmpty());
        return error.code();
    }
    FAIL("no kim::Error was thrown");
    return ErrorCode::Internal;
}

template <typename Action> QString errorMessageOf(Action&& action) {
    try {
        action();
    } catch (const Error& error) {
        return error.message();
    }
    FAIL("no kim::Error was thrown");
    return {};
}

} // namespace kim::test
