// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace kim::core {

// Plain value types of the case file. id == 0 means "not saved yet".

struct HouseholdMember {
    int64_t id = 0;
    QString name;
    QString relation;
    std::optional<int> birthYear;
};

struct Client {
    int64_t id = 0;
    QString caseCode; // assigned on first save, e.g. GT-2026-0042
    QString firstName;
    QString lastName;
    QDate birthDate;
    QString phone;
    QString email;
    QString address;
    QString languages; // comma separated, as the client states them
    bool interpreterNeeded = false;
    TargetGroup targetGroup = TargetGroup::Immigrants;
    Municipality municipality = Municipality::Guetersloh;
    ResidenceStatus residenceStatus = ResidenceStatus::Other;
    QString residenceNote;
    QDate createdOn;
    QList<HouseholdMember> household;
    // The head of the client's family, who counts for all of it in the problem tables;
    // 0 = the client is their own unit (or heads a family). Families are flat.
    int64_t familyId = 0;

    QString displayName() const { return lastName + QStringLiteral(", ") + firstName; }
};

struct Consent {
    int64_t id = 0;
    int64_t clientId = 0;
    QDate givenOn;
    ConsentScope scope = ConsentScope::CaseWork;
    QString formVersion;
    QDate withdrawnOn; // invalid while the consent stands

    bool isActiveOn(const QDate& day) const {
        return givenOn.isValid() && givenOn <= day && (!withdrawnOn.isValid() || withdrawnOn > day);
    }
};

struct PhaseChange {
    Phase phase = Phase::Clarification;
    QDate changedOn;
    QString note;
};

struct Case {
    int64_t id = 0;
    int64_t clientId = 0;
    Phase phase = Phase::Clarification;
    QDate openedOn;
    QDate closedOn;
    QList<PhaseChange> history; // oldest first

    bool isClosed() const { return phase == Phase::Closing; }
};

struct Goal {
    int64_t id = 0;
    int64_t caseId = 0;
    FieldOfAction field = FieldOfAction::Participation;
    QString description;
    GoalStatus status = GoalStatus::Open;
    QDate createdOn;
    QDate targetDate;
};

struct Consultation {
    int64_t id = 0;
    int64_t caseId = 0;
    QDate heldOn;
    int durationMinutes = 60;
    ConsultationMode mode = ConsultationMode::InPerson;
    InterpreterKind interpreter = InterpreterKind::None;
    FieldSet fields = 0;
    QString notes;
};

struct FollowUp {
    int64_t id = 0;
    int64_t caseId = 0;
    QDate dueOn;
    QString title;
    QDate doneOn;

    bool isOpen() const { return !doneOn.isValid(); }
    bool isDueOn(const QDate& today) const { return isOpen() && dueOn == today; }
    bool isOverdueOn(const QDate& today) const { return isOpen() && dueOn < today; }
};

} // namespace kim::core
