// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReferralFixture.h"

#include "core/CaseloadFigures.h"

namespace kim::test {

// ReferralFixture with helpers that date each step of a hand-built case file: the clock is set
// to the day the step happened, as if the case manager had worked on that day.
struct CaseloadFixture : ReferralFixture {
    static core::ReportingPeriod november() { return core::ReportingPeriod::month(2026, 11); }
    static QDate nov(int day) { return QDate(2026, 11, day); }

    core::Case openOn(const QDate& day, const QString& name, core::TargetGroup group = core::TargetGroup::Immigrants,
                      core::Municipality municipality = core::Municipality::Guetersloh) {
        clock.setToday(day);
        const core::Client client = addClient(name, QStringLiteral("Test"), municipality, group);
        consentOn(client.id, day);
        return cases.open(client.id);
    }
    // A new case of a client who had one before (their consent still stands).
    core::Case reopenOn(const QDate& day, int64_t clientId) {
        clock.setToday(day);
        return cases.open(clientId);
    }
    core::Consent consentOn(int64_t clientId, const QDate& day) {
        clock.setToday(day);
        core::Consent consent;
        consent.clientId = clientId;
        consent.givenOn = day;
        consent.scope = core::ConsentScope::CaseWorkAndReferrals;
        consent.formVersion = QStringLiteral("KIM-EW 2024-1");
        consents.record(consent);
        return consent;
    }
    void phaseOn(int64_t caseId, core::Phase phase, const QDate& day) {
        clock.setToday(day);
        cases.changePhase(caseId, phase, QString());
    }
    void closeOn(int64_t caseId, const QDate& day) { phaseOn(caseId, core::Phase::Closing, day); }
    // A contact held on `held`, entered on `entered` (the same day unless given).
    void contactOn(int64_t caseId, const QDate& held, core::ConsultationMode mode = core::ConsultationMode::InPerson,
                   QDate entered = {}) {
        clock.setToday(entered.isValid() ? entered : held);
        core::Consultation consultation;
        consultation.caseId = caseId;
        consultation.heldOn = held;
        consultation.mode = mode;
        consultation.notes = QStringLiteral("Gespräch");
        consultations.save(consultation);
    }
    // A follow-up due on `due`, done on `done` (open when invalid); entered on the due day at the latest.
    void followUpOn(int64_t caseId, const QDate& due, const QDate& done = {}) {
        clock.setToday(done.isValid() ? std::max(due, done) : due);
        core::FollowUp followUp;
        followUp.caseId = caseId;
        followUp.dueOn = due;
        followUp.title = QStringLiteral("Wiedervorlage");
        followUp.doneOn = done;
        followUps.save(followUp);
    }

    core::CaseloadFigures figures(const core::ReportingPeriod& period = november(),
                                  const core::CaseloadRules& rules = {}) {
        return core::CaseloadFigures::compute(db(), period, rules);
    }
};

} // namespace kim::test
