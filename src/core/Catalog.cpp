// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Catalog.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

// Every enumeration is a dense range starting at 1, so validity is a range check.
template <typename Enum> QList<Enum> range(int last) {
    QList<Enum> values;
    for (int i = 1; i <= last; ++i) {
        values.append(static_cast<Enum>(i));
    }
    return values;
}

} // namespace

template <> QList<TargetGroup> allValues<TargetGroup>() {
    return range<TargetGroup>(static_cast<int>(TargetGroup::Ukraine));
}
template <> QList<Municipality> allValues<Municipality>() {
    return range<Municipality>(static_cast<int>(Municipality::Werther));
}
template <> QList<ResidenceStatus> allValues<ResidenceStatus>() {
    return range<ResidenceStatus>(static_cast<int>(ResidenceStatus::Other));
}
template <> QList<Phase> allValues<Phase>() {
    return range<Phase>(static_cast<int>(Phase::Closing));
}
template <> QList<FieldOfAction> allValues<FieldOfAction>() {
    return range<FieldOfAction>(static_cast<int>(FieldOfAction::LanguageEducation));
}
template <> QList<ConsultationMode> allValues<ConsultationMode>() {
    return range<ConsultationMode>(static_cast<int>(ConsultationMode::Video));
}
template <> QList<InterpreterKind> allValues<InterpreterKind>() {
    return range<InterpreterKind>(static_cast<int>(InterpreterKind::Professional));
}
template <> QList<GoalStatus> allValues<GoalStatus>() {
    return range<GoalStatus>(static_cast<int>(GoalStatus::Dropped));
}
template <> QList<ConsentScope> allValues<ConsentScope>() {
    return range<ConsentScope>(static_cast<int>(ConsentScope::CaseWorkAndReferrals));
}

template <> QList<InstitutionType> allValues<InstitutionType>() {
    return range<InstitutionType>(static_cast<int>(InstitutionType::Other));
}
template <> QList<LegalDomain> allValues<LegalDomain>() {
    return range<LegalDomain>(static_cast<int>(LegalDomain::None));
}
template <> QList<ReferralStatus> allValues<ReferralStatus>() {
    return range<ReferralStatus>(static_cast<int>(ReferralStatus::ReferredOn));
}
template <> QList<ReleaseItem> allValues<ReleaseItem>() {
    return range<ReleaseItem>(static_cast<int>(ReleaseItem::Household));
}

template <> bool isValid<TargetGroup>(int stored) {
    return stored >= 1 && stored <= static_cast<int>(TargetGroup::Ukraine);
}
template <> bool isValid<Municipality>(int stored) {
    return stored >= 1 && stored <= static_cast<int>(Municipality::Werther);
}
template <> bool isValid<ResidenceStatus>(int stored) {
    return stored >= 1 && stored <= static_cast<int>(ResidenceStatus::Other);
}
template <> bool isValid<Phase>(int stored) {
    return stored >= 1 && stored <= static_cast<int>(Phase::Closing);
}
template <> bool isValid<FieldOfAction>(int stored) {
    return stored >= 1 && stored <= static_cast<int>(FieldOfAction::LanguageEducation);
}
template <> bool isValid<ConsultationMode>(int stored) {
    return stored >= 1 && stored <= static_cast<int>(ConsultationMode::Video);
}
template <> bool isValid<InterpreterKind>(int stored) {
    return stored >= 1 && stored <= static_cast<int>(InterpreterKind::Professional);
}
template <> bool isValid<GoalStatus>(int stored) {
    return stored >= 1 && stored <= static_cast<int>(GoalStatus::Dropped);
}
template <> bool isValid<ConsentScope>(int stored) {
    return stored >= 1 && stored <= static_cast<int>(ConsentScope::CaseWorkAndReferrals);
}

template <> bool isValid<InstitutionType>(int stored) {
    return stored >= 1 && stored <= static_cast<int>(InstitutionType::Other);
}
template <> bool isValid<LegalDomain>(int stored) {
    return stored >= 1 && stored <= static_cast<int>(LegalDomain::None);
}
template <> bool isValid<ReferralStatus>(int stored) {
    return stored >= 1 && stored <= static_cast<int>(ReferralStatus::ReferredOn);
}
template <> bool isValid<ReleaseItem>(int stored) {
    return stored >= 1 && stored <= static_cast<int>(ReleaseItem::Household);
}

QString label(TargetGroup value) {
    switch (value) {
    case TargetGroup::Immigrants:
        return QCoreApplication::translate("Catalog", "Eingewanderte und ihre Nachkommen");
    case TargetGroup::CentralSouthEastEurope:
        return QCoreApplication::translate("Catalog", "Eingewanderte aus Mittel- und Südosteuropa (MSOE)");
    case TargetGroup::RefugeesSince2015:
        return QCoreApplication::translate("Catalog", "Schutzsuchende seit 2015");
    case TargetGroup::Ukraine:
        return QCoreApplication::translate("Catalog", "Schutzsuchende aus der Ukraine");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QString shortLabel(TargetGroup value) {
    switch (value) {
    case TargetGroup::Immigrants:
        return QCoreApplication::translate("Catalog", "Eingewanderte");
    case TargetGroup::CentralSouthEastEurope:
        return QCoreApplication::translate("Catalog", "MSOE");
    case TargetGroup::RefugeesSince2015:
        return QCoreApplication::translate("Catalog", "Schutzsuchende");
    case TargetGroup::Ukraine:
        return QCoreApplication::translate("Catalog", "Ukraine");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QString label(Municipality value) {
    // Place names are proper names: not translated.
    switch (value) {
    case Municipality::Borgholzhausen:
        return QStringLiteral("Borgholzhausen");
    case Municipality::Guetersloh:
        return QStringLiteral("Gütersloh");
    case Municipality::Halle:
        return QStringLiteral("Halle (Westf.)");
    case Municipality::Harsewinkel:
        return QStringLiteral("Harsewinkel");
    case Municipality::HerzebrockClarholz:
        return QStringLiteral("Herzebrock-Clarholz");
    case Municipality::Langenberg:
        return QStringLiteral("Langenberg");
    case Municipality::RhedaWiedenbrueck:
        return QStringLiteral("Rheda-Wiedenbrück");
    case Municipality::Rietberg:
        return QStringLiteral("Rietberg");
    case Municipality::SchlossHolteStukenbrock:
        return QStringLiteral("Schloß Holte-Stukenbrock");
    case Municipality::Steinhagen:
        return QStringLiteral("Steinhagen");
    case Municipality::Verl:
        return QStringLiteral("Verl");
    case Municipality::Versmold:
        return QStringLiteral("Versmold");
    case Municipality::Werther:
        return QStringLiteral("Werther (Westf.)");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QString codePrefix(Municipality value) {
    // Car-plate-like and distinct, so a case code names its town at a glance.
    switch (value) {
    case Municipality::Borgholzhausen:
        return QStringLiteral("BHZ");
    case Municipality::Guetersloh:
        return QStringLiteral("GT");
    case Municipality::Halle:
        return QStringLiteral("HW");
    case Municipality::Harsewinkel:
        return QStringLiteral("HSW");
    case Municipality::HerzebrockClarholz:
        return QStringLiteral("HC");
    case Municipality::Langenberg:
        return QStringLiteral("LGB");
    case Municipality::RhedaWiedenbrueck:
        return QStringLiteral("RW");
    case Municipality::Rietberg:
        return QStringLiteral("RB");
    case Municipality::SchlossHolteStukenbrock:
        return QStringLiteral("SHS");
    case Municipality::Steinhagen:
        return QStringLiteral("STH");
    case Municipality::Verl:
        return QStringLiteral("VL");
    case Municipality::Versmold:
        return QStringLiteral("VM");
    case Municipality::Werther:
        return QStringLiteral("WER");
    }
    return QStringLiteral("XX");
}

QString label(ResidenceStatus value) {
    switch (value) {
    case ResidenceStatus::EuFreedomOfMovement:
        return QCoreApplication::translate("Catalog", "EU-Freizügigkeit");
    case ResidenceStatus::PermissionToRemain:
        return QCoreApplication::translate("Catalog", "Aufenthaltsgestattung");
    case ResidenceStatus::Toleration:
        return QCoreApplication::translate("Catalog", "Duldung");
    case ResidenceStatus::ResidencePermit:
        return QCoreApplication::translate("Catalog", "Aufenthaltserlaubnis");
    case ResidenceStatus::TemporaryProtection24:
        return QCoreApplication::translate("Catalog", "Aufenthaltserlaubnis (§ 24 AufenthG)");
    case ResidenceStatus::SettlementPermit:
        return QCoreApplication::translate("Catalog", "Niederlassungserlaubnis");
    case ResidenceStatus::Naturalised:
        return QCoreApplication::translate("Catalog", "eingebürgert");
    case ResidenceStatus::Other:
        return QCoreApplication::translate("Catalog", "sonstiger Status");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QString label(Phase value) {
    switch (value) {
    case Phase::Clarification:
        return QCoreApplication::translate("Catalog", "Klärung");
    case Phase::Assessment:
        return QCoreApplication::translate("Catalog", "Assessment");
    case Phase::Planning:
        return QCoreApplication::translate("Catalog", "Hilfeplanung");
    case Phase::Implementation:
        return QCoreApplication::translate("Catalog", "Umsetzung");
    case Phase::Monitoring:
        return QCoreApplication::translate("Catalog", "Monitoring");
    case Phase::Closing:
        return QCoreApplication::translate("Catalog", "Abschluss");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QString label(FieldOfAction value) {
    switch (value) {
    case FieldOfAction::Participation:
        return QCoreApplication::translate("Catalog", "Zusammenleben und Teilhabe");
    case FieldOfAction::HousingMobility:
        return QCoreApplication::translate("Catalog", "Wohnen und Mobilität");
    case FieldOfAction::Institutions:
        return QCoreApplication::translate("Catalog", "Institutionen und Professionalisierung");
    case FieldOfAction::HealthCare:
        return QCoreApplication::translate("Catalog", "Gesundheit und Pflege");
    case FieldOfAction::WorkEconomy:
        return QCoreApplication::translate("Catalog", "Arbeit und Wirtschaft");
    case FieldOfAction::LanguageEducation:
        return QCoreApplication::translate("Catalog", "Sprache und Bildung");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QString label(ConsultationMode value) {
    switch (value) {
    case ConsultationMode::InPerson:
        return QCoreApplication::translate("Catalog", "persönlich");
    case ConsultationMode::Phone:
        return QCoreApplication::translate("Catalog", "telefonisch");
    case ConsultationMode::HomeVisit:
        return QCoreApplication::translate("Catalog", "Hausbesuch");
    case ConsultationMode::Video:
        return QCoreApplication::translate("Catalog", "Video");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QString label(InterpreterKind value) {
    switch (value) {
    case InterpreterKind::None:
        return QCoreApplication::translate("Catalog", "keine");
    case InterpreterKind::LanguageGuide:
        return QCoreApplication::translate("Catalog", "Sprachlotse/Sprachlotsin");
    case InterpreterKind::Professional:
        return QCoreApplication::translate("Catalog", "professionell");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QString label(GoalStatus value) {
    switch (value) {
    case GoalStatus::Open:
        return QCoreApplication::translate("Catalog", "offen");
    case GoalStatus::InProgress:
        return QCoreApplication::translate("Catalog", "in Arbeit");
    case GoalStatus::Achieved:
        return QCoreApplication::translate("Catalog", "erreicht");
    case GoalStatus::NotAchieved:
        return QCoreApplication::translate("Catalog", "nicht erreicht");
    case GoalStatus::Dropped:
        return QCoreApplication::translate("Catalog", "verworfen");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QString label(ConsentScope value) {
    switch (value) {
    case ConsentScope::CaseWork:
        return QCoreApplication::translate("Catalog", "Fallarbeit");
    case ConsentScope::CaseWorkAndReferrals:
        return QCoreApplication::translate("Catalog", "Fallarbeit und Weitergabe an vermittelte Stellen");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QStringList labels(FieldSet set) {
    QStringList result;
    for (FieldOfAction field : allValues<FieldOfAction>()) {
        if (contains(set, field)) {
            result.append(label(field));
        }
    }
    return result;
}

QString label(InstitutionType value) {
    switch (value) {
    case InstitutionType::Jobcenter:
        return QCoreApplication::translate("Catalog", "Jobcenter");
    case InstitutionType::EmploymentAgency:
        return QCoreApplication::translate("Catalog", "Agentur für Arbeit");
    case InstitutionType::ImmigrationOffice:
        return QCoreApplication::translate("Catalog", "Ausländerbehörde");
    case InstitutionType::NaturalisationOffice:
        return QCoreApplication::translate("Catalog", "Einbürgerungsbehörde");
    case InstitutionType::Bamf:
        return QCoreApplication::translate("Catalog", "BAMF");
    case InstitutionType::MigrationCounselling:
        return QCoreApplication::translate("Catalog", "Migrationsberatung");
    case InstitutionType::YouthMigrationService:
        return QCoreApplication::translate("Catalog", "Jugendmigrationsdienst");
    case InstitutionType::RefugeeCounselling:
        return QCoreApplication::translate("Catalog", "Flüchtlingsberatung");
    case InstitutionType::Health:
        return QCoreApplication::translate("Catalog", "Gesundheit");
    case InstitutionType::Education:
        return QCoreApplication::translate("Catalog", "Bildung, Schule, Kita");
    case InstitutionType::LanguageCourseProvider:
        return QCoreApplication::translate("Catalog", "Sprachkursträger");
    case InstitutionType::SocialWelfareOffice:
        return QCoreApplication::translate("Catalog", "Sozialamt");
    case InstitutionType::FamilyBenefitsOffice:
        return QCoreApplication::translate("Catalog", "Familienkasse");
    case InstitutionType::AntiDiscrimination:
        return QCoreApplication::translate("Catalog", "Antidiskriminierung");
    case InstitutionType::LanguageGuides:
        return QCoreApplication::translate("Catalog", "Sprachlotsen");
    case InstitutionType::Other:
        return QCoreApplication::translate("Catalog", "sonstige Stelle");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QString label(LegalDomain value) {
    // Names of German codes of law: the same in every language.
    switch (value) {
    case LegalDomain::SgbII:
        return QStringLiteral("SGB II");
    case LegalDomain::SgbIII:
        return QStringLiteral("SGB III");
    case LegalDomain::SgbVIII:
        return QStringLiteral("SGB VIII");
    case LegalDomain::SgbXII:
        return QStringLiteral("SGB XII");
    case LegalDomain::AsylbLG:
        return QStringLiteral("AsylbLG");
    case LegalDomain::AufenthG:
        return QStringLiteral("AufenthG");
    case LegalDomain::StAG:
        return QStringLiteral("StAG");
    case LegalDomain::None:
        return QCoreApplication::translate("Catalog", "kein Rechtskreis");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QString label(ReferralStatus value) {
    switch (value) {
    case ReferralStatus::Planned:
        return QCoreApplication::translate("Catalog", "geplant");
    case ReferralStatus::Transmitted:
        return QCoreApplication::translate("Catalog", "übermittelt");
    case ReferralStatus::AppointmentMade:
        return QCoreApplication::translate("Catalog", "Termin vereinbart");
    case ReferralStatus::InProgress:
        return QCoreApplication::translate("Catalog", "in Bearbeitung");
    case ReferralStatus::Completed:
        return QCoreApplication::translate("Catalog", "erledigt");
    case ReferralStatus::Rejected:
        return QCoreApplication::translate("Catalog", "abgelehnt");
    case ReferralStatus::NoResponse:
        return QCoreApplication::translate("Catalog", "keine Rückmeldung");
    case ReferralStatus::ReferredOn:
        return QCoreApplication::translate("Catalog", "weitervermittelt");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QString label(ReleaseItem value) {
    switch (value) {
    case ReleaseItem::MasterData:
        return QCoreApplication::translate("Catalog", "Stammdaten (Name, Geburtsdatum, Aktenzeichen)");
    case ReleaseItem::ContactData:
        return QCoreApplication::translate("Catalog", "Kontaktdaten (Anschrift, Telefon, E-Mail)");
    case ReleaseItem::ResidenceStatus:
        return QCoreApplication::translate("Catalog", "Aufenthaltsstatus");
    case ReleaseItem::Concern:
        return QCoreApplication::translate("Catalog", "Anliegen");
    case ReleaseItem::Languages:
        return QCoreApplication::translate("Catalog", "Sprachen und Dolmetschbedarf");
    case ReleaseItem::Household:
        return QCoreApplication::translate("Catalog", "Haushalt");
    }
    return QCoreApplication::translate("Catalog", "unbekannt");
}

QStringList releaseLabels(ReleaseItemSet set) {
    QStringList result;
    for (ReleaseItem item : allValues<ReleaseItem>()) {
        if (contains(set, item)) {
            result.append(label(item));
        }
    }
    return result;
}

} // namespace kim::core
