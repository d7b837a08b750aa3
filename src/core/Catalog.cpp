#include "core/Catalog.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Catalog", text);
}

// Every enumeration is a dense range starting at 1, so validity is a range check.
template <typename Enum> QList<Enum> range(int last) {
    QList<Enum> values;
    for (int i = 1; i <= last; ++i)
        values.append(static_cast<Enum>(i));
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
        return tr("Eingewanderte und ihre Nachkommen");
    case TargetGroup::CentralSouthEastEurope:
        return tr("Eingewanderte aus Mittel- und Südosteuropa (MSOE)");
    case TargetGroup::RefugeesSince2015:
        return tr("Schutzsuchende seit 2015");
    case TargetGroup::Ukraine:
        return tr("Schutzsuchende aus der Ukraine");
    }
    return tr("unbekannt");
}

QString shortLabel(TargetGroup value) {
    switch (value) {
    case TargetGroup::Immigrants:
        return tr("Eingewanderte");
    case TargetGroup::CentralSouthEastEurope:
        return tr("MSOE");
    case TargetGroup::RefugeesSince2015:
        return tr("Schutzsuchende");
    case TargetGroup::Ukraine:
        return tr("Ukraine");
    }
    return tr("unbekannt");
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
    return tr("unbekannt");
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
        return tr("EU-Freizügigkeit");
    case ResidenceStatus::PermissionToRemain:
        return tr("Aufenthaltsgestattung");
    case ResidenceStatus::Toleration:
        return tr("Duldung");
    case ResidenceStatus::ResidencePermit:
        return tr("Aufenthaltserlaubnis");
    case ResidenceStatus::TemporaryProtection24:
        return tr("Aufenthaltserlaubnis (§ 24 AufenthG)");
    case ResidenceStatus::SettlementPermit:
        return tr("Niederlassungserlaubnis");
    case ResidenceStatus::Naturalised:
        return tr("eingebürgert");
    case ResidenceStatus::Other:
        return tr("sonstiger Status");
    }
    return tr("unbekannt");
}

QString label(Phase value) {
    switch (value) {
    case Phase::Clarification:
        return tr("Klärung");
    case Phase::Assessment:
        return tr("Assessment");
    case Phase::Planning:
        return tr("Hilfeplanung");
    case Phase::Implementation:
        return tr("Umsetzung");
    case Phase::Monitoring:
        return tr("Monitoring");
    case Phase::Closing:
        return tr("Abschluss");
    }
    return tr("unbekannt");
}

QString label(FieldOfAction value) {
    switch (value) {
    case FieldOfAction::Participation:
        return tr("Zusammenleben und Teilhabe");
    case FieldOfAction::HousingMobility:
        return tr("Wohnen und Mobilität");
    case FieldOfAction::Institutions:
        return tr("Institutionen und Professionalisierung");
    case FieldOfAction::HealthCare:
        return tr("Gesundheit und Pflege");
    case FieldOfAction::WorkEconomy:
        return tr("Arbeit und Wirtschaft");
    case FieldOfAction::LanguageEducation:
        return tr("Sprache und Bildung");
    }
    return tr("unbekannt");
}

QString label(ConsultationMode value) {
    switch (value) {
    case ConsultationMode::InPerson:
        return tr("persönlich");
    case ConsultationMode::Phone:
        return tr("telefonisch");
    case ConsultationMode::HomeVisit:
        return tr("Hausbesuch");
    case ConsultationMode::Video:
        return tr("Video");
    }
    return tr("unbekannt");
}

QString label(InterpreterKind value) {
    switch (value) {
    case InterpreterKind::None:
        return tr("keine");
    case InterpreterKind::LanguageGuide:
        return tr("Sprachlotse/Sprachlotsin");
    case InterpreterKind::Professional:
        return tr("professionell");
    }
    return tr("unbekannt");
}

QString label(GoalStatus value) {
    switch (value) {
    case GoalStatus::Open:
        return tr("offen");
    case GoalStatus::InProgress:
        return tr("in Arbeit");
    case GoalStatus::Achieved:
        return tr("erreicht");
    case GoalStatus::NotAchieved:
        return tr("nicht erreicht");
    case GoalStatus::Dropped:
        return tr("verworfen");
    }
    return tr("unbekannt");
}

QString label(ConsentScope value) {
    switch (value) {
    case ConsentScope::CaseWork:
        return tr("Fallarbeit");
    case ConsentScope::CaseWorkAndReferrals:
        return tr("Fallarbeit und Weitergabe an vermittelte Stellen");
    }
    return tr("unbekannt");
}

QStringList labels(FieldSet set) {
    QStringList result;
    for (FieldOfAction field : allValues<FieldOfAction>()) {
        if (contains(set, field))
            result.append(label(field));
    }
    return result;
}

QString label(InstitutionType value) {
    switch (value) {
    case InstitutionType::Jobcenter:
        return tr("Jobcenter");
    case InstitutionType::EmploymentAgency:
        return tr("Agentur für Arbeit");
    case InstitutionType::ImmigrationOffice:
        return tr("Ausländerbehörde");
    case InstitutionType::NaturalisationOffice:
        return tr("Einbürgerungsbehörde");
    case InstitutionType::Bamf:
        return tr("BAMF");
    case InstitutionType::MigrationCounselling:
        return tr("Migrationsberatung");
    case InstitutionType::YouthMigrationService:
        return tr("Jugendmigrationsdienst");
    case InstitutionType::RefugeeCounselling:
        return tr("Flüchtlingsberatung");
    case InstitutionType::Health:
        return tr("Gesundheit");
    case InstitutionType::Education:
        return tr("Bildung, Schule, Kita");
    case InstitutionType::LanguageCourseProvider:
        return tr("Sprachkursträger");
    case InstitutionType::SocialWelfareOffice:
        return tr("Sozialamt");
    case InstitutionType::FamilyBenefitsOffice:
        return tr("Familienkasse");
    case InstitutionType::AntiDiscrimination:
        return tr("Antidiskriminierung");
    case InstitutionType::LanguageGuides:
        return tr("Sprachlotsen");
    case InstitutionType::Other:
        return tr("sonstige Stelle");
    }
    return tr("unbekannt");
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
        return tr("kein Rechtskreis");
    }
    return tr("unbekannt");
}

QString label(ReferralStatus value) {
    switch (value) {
    case ReferralStatus::Planned:
        return tr("geplant");
    case ReferralStatus::Transmitted:
        return tr("übermittelt");
    case ReferralStatus::AppointmentMade:
        return tr("Termin vereinbart");
    case ReferralStatus::InProgress:
        return tr("in Bearbeitung");
    case ReferralStatus::Completed:
        return tr("erledigt");
    case ReferralStatus::Rejected:
        return tr("abgelehnt");
    case ReferralStatus::NoResponse:
        return tr("keine Rückmeldung");
    case ReferralStatus::ReferredOn:
        return tr("weitervermittelt");
    }
    return tr("unbekannt");
}

QString label(ReleaseItem value) {
    switch (value) {
    case ReleaseItem::MasterData:
        return tr("Stammdaten (Name, Geburtsdatum, Aktenzeichen)");
    case ReleaseItem::ContactData:
        return tr("Kontaktdaten (Anschrift, Telefon, E-Mail)");
    case ReleaseItem::ResidenceStatus:
        return tr("Aufenthaltsstatus");
    case ReleaseItem::Concern:
        return tr("Anliegen");
    case ReleaseItem::Languages:
        return tr("Sprachen und Dolmetschbedarf");
    case ReleaseItem::Household:
        return tr("Haushalt");
    }
    return tr("unbekannt");
}

QStringList releaseLabels(ReleaseItemSet set) {
    QStringList result;
    for (ReleaseItem item : allValues<ReleaseItem>()) {
        if (contains(set, item))
            result.append(label(item));
    }
    return result;
}

} // namespace kim::core
