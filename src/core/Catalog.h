// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kim::core {

// The curated lists of the domain (DOMAIN.md). The integer values are stored in the
// vault and must never change; add new values at the end. label() gives the translated
// German text shown to users.

enum class TargetGroup { Immigrants = 1, CentralSouthEastEurope = 2, RefugeesSince2015 = 3, Ukraine = 4 };

enum class Municipality {
    Borgholzhausen = 1,
    Guetersloh,
    Halle,
    Harsewinkel,
    HerzebrockClarholz,
    Langenberg,
    RhedaWiedenbrueck,
    Rietberg,
    SchlossHolteStukenbrock,
    Steinhagen,
    Verl,
    Versmold,
    Werther,
};

enum class ResidenceStatus {
    EuFreedomOfMovement = 1,
    PermissionToRemain,    // Aufenthaltsgestattung
    Toleration,            // Duldung
    ResidencePermit,       // Aufenthaltserlaubnis
    TemporaryProtection24, // Aufenthaltserlaubnis § 24 AufenthG
    SettlementPermit,      // Niederlassungserlaubnis
    Naturalised,
    Other,
};

// The DGCC case-management cycle.
enum class Phase { Clarification = 1, Assessment, Planning, Implementation, Monitoring, Closing };

enum class FieldOfAction {
    Participation = 1, // Zusammenleben und Teilhabe
    HousingMobility,
    Institutions,
    HealthCare,
    WorkEconomy,
    LanguageEducation,
};

enum class ConsultationMode { InPerson = 1, Phone, HomeVisit, Video };
enum class InterpreterKind { None = 1, LanguageGuide, Professional };
enum class GoalStatus { Open = 1, InProgress, Achieved, NotAchieved, Dropped };
enum class ConsentScope { CaseWork = 1, CaseWorkAndReferrals };

// Kinds of institutions a referral goes to (DOMAIN.md).
enum class InstitutionType {
    Jobcenter = 1,
    EmploymentAgency,     // Agentur für Arbeit
    ImmigrationOffice,    // Ausländerbehörde
    NaturalisationOffice, // Einbürgerungsbehörde
    Bamf,
    MigrationCounselling,  // Migrationsberatung (MBE and similar)
    YouthMigrationService, // Jugendmigrationsdienst
    RefugeeCounselling,
    Health,
    Education, // Bildung, Schule, Kita
    LanguageCourseProvider,
    SocialWelfareOffice,  // Sozialamt
    FamilyBenefitsOffice, // Familienkasse
    AntiDiscrimination,
    LanguageGuides, // Sprachlotsen
    Other,
};

// Rechtskreise a client's support runs under.
enum class LegalDomain { SgbII = 1, SgbIII, SgbVIII, SgbXII, AsylbLG, AufenthG, StAG, None };

// Lifecycle of a referral; ReferralRules says which changes are allowed.
enum class ReferralStatus {
    Planned = 1,     // geplant
    Transmitted,     // übermittelt
    AppointmentMade, // Termin vereinbart
    InProgress,      // in Bearbeitung
    Completed,       // erledigt
    Rejected,        // abgelehnt
    NoResponse,      // keine Rückmeldung
    ReferredOn,      // weitervermittelt
};

// What a release from confidentiality (Schweigepflichtentbindung) allows to be passed on.
enum class ReleaseItem { MasterData = 1, ContactData, ResidenceStatus, Concern, Languages, Household };

// Every value of an enumeration in display order, and its label.
template <typename Enum> QList<Enum> allValues();
QString label(TargetGroup value);
QString label(Municipality value);
QString label(ResidenceStatus value);
QString label(Phase value);
QString label(FieldOfAction value);
QString label(ConsultationMode value);
QString label(InterpreterKind value);
QString label(GoalStatus value);
QString label(ConsentScope value);
QString label(InstitutionType value);
QString label(LegalDomain value);
QString label(ReferralStatus value);
QString label(ReleaseItem value);
// Short form for tables, e.g. "MSOE" for the second target group.
QString shortLabel(TargetGroup value);
// Case-code prefix of the municipality, e.g. "GT" for Gütersloh.
QString codePrefix(Municipality value);

// Whether a stored integer is a known value (guards against damaged or newer data).
template <typename Enum> bool isValid(int stored);

// Specialisations defined in Catalog.cpp; declared so every caller sees them.
template <> QList<TargetGroup> allValues<TargetGroup>();
template <> QList<Municipality> allValues<Municipality>();
template <> QList<ResidenceStatus> allValues<ResidenceStatus>();
template <> QList<Phase> allValues<Phase>();
template <> QList<FieldOfAction> allValues<FieldOfAction>();
template <> QList<ConsultationMode> allValues<ConsultationMode>();
template <> QList<InterpreterKind> allValues<InterpreterKind>();
template <> QList<GoalStatus> allValues<GoalStatus>();
template <> QList<ConsentScope> allValues<ConsentScope>();
template <> QList<InstitutionType> allValues<InstitutionType>();
template <> QList<LegalDomain> allValues<LegalDomain>();
template <> QList<ReferralStatus> allValues<ReferralStatus>();
template <> QList<ReleaseItem> allValues<ReleaseItem>();
template <> bool isValid<TargetGroup>(int stored);
template <> bool isValid<Municipality>(int stored);
template <> bool isValid<ResidenceStatus>(int stored);
template <> bool isValid<Phase>(int stored);
template <> bool isValid<FieldOfAction>(int stored);
template <> bool isValid<ConsultationMode>(int stored);
template <> bool isValid<InterpreterKind>(int stored);
template <> bool isValid<GoalStatus>(int stored);
template <> bool isValid<ConsentScope>(int stored);
template <> bool isValid<InstitutionType>(int stored);
template <> bool isValid<LegalDomain>(int stored);
template <> bool isValid<ReferralStatus>(int stored);
template <> bool isValid<ReleaseItem>(int stored);

// A set of fields of action, stored as a bit mask (bit n-1 for value n).
using FieldSet = int;
inline bool contains(FieldSet set, FieldOfAction field) {
    return set & (1 << (static_cast<int>(field) - 1));
}
inline FieldSet with(FieldSet set, FieldOfAction field) {
    return set | (1 << (static_cast<int>(field) - 1));
}
QStringList labels(FieldSet set);

// A set of release items, stored as a bit mask (bit n-1 for value n).
using ReleaseItemSet = int;
inline bool contains(ReleaseItemSet set, ReleaseItem item) {
    return set & (1 << (static_cast<int>(item) - 1));
}
inline ReleaseItemSet with(ReleaseItemSet set, ReleaseItem item) {
    return set | (1 << (static_cast<int>(item) - 1));
}
QStringList releaseLabels(ReleaseItemSet set);

} // namespace kim::core
