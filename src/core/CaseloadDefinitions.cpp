// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CaseloadDefinitions.h"

#include "core/Catalog.h"

#include <QCoreApplication>

namespace kim::core {

namespace {

using Keys = QList<QPair<QString, QString>>;

Keys totalKey() {
    return {{QStringLiteral("total"), QCoreApplication::translate("CaseloadDefinitions", "Anzahl")}};
}

// Catalogue numbers as keys ("1" .. "n"), with the catalogue's labels.
template <typename Enum> Keys catalogueKeys(const QList<Enum>& values) {
    Keys keys;
    for (const Enum value : values) {
        keys.append({QString::number(static_cast<int>(value)), label(value)});
    }
    return keys;
}

Keys openPhaseKeys() {
    QList<Phase> phases = allValues<Phase>();
    phases.removeAll(Phase::Closing); // an open case is never in Abschluss
    return catalogueKeys(phases);
}

// Cases: open, new, closed, reopened, by phase and by duration.
void addCaseFigures(QList<CaseloadFigureDefinition>& all) {
    all.append({QStringLiteral("cases.open"), QCoreApplication::translate("CaseloadDefinitions", "Offene Fälle"),
                QCoreApplication::translate(
                    "CaseloadDefinitions",
                    "Fälle, die am letzten Tag des Zeitraums offen waren (eröffnet an oder vor diesem Tag, nicht an "
                    "oder vor ihm abgeschlossen)."),
                totalKey(), false});
    all.append({QStringLiteral("cases.new"), QCoreApplication::translate("CaseloadDefinitions", "Neue Fälle"),
                QCoreApplication::translate("CaseloadDefinitions", "Im Zeitraum eröffnete Fälle."), totalKey(), false});
    all.append(
        {QStringLiteral("cases.closed"), QCoreApplication::translate("CaseloadDefinitions", "Abgeschlossene Fälle"),
         QCoreApplication::translate("CaseloadDefinitions", "Im Zeitraum abgeschlossene Fälle."), totalKey(), false});
    all.append({QStringLiteral("cases.reopened"), QCoreApplication::translate("CaseloadDefinitions", "Wiederaufnahmen"),
                QCoreApplication::translate(
                    "CaseloadDefinitions",
                    "Im Zeitraum eröffnete Fälle von Personen, die schon einen früheren, abgeschlossenen Fall hatten "
                    "(Wiederaufnahme; sie zählen auch als neu)."),
                totalKey(), false});
    all.append({QStringLiteral("cases.by_phase"),
                QCoreApplication::translate("CaseloadDefinitions", "Offene Fälle nach Phase"),
                QCoreApplication::translate(
                    "CaseloadDefinitions",
                    "Offene Fälle am Ende des Zeitraums nach der Phase, in der sie an diesem Tag standen (letzter "
                    "Phasenwechsel an oder vor dem Tag)."),
                openPhaseKeys(), false});
    all.append(
        {QStringLiteral("cases.by_duration"),
         QCoreApplication::translate("CaseloadDefinitions", "Offene Fälle nach Dauer"),
         QCoreApplication::translate(
             "CaseloadDefinitions",
             "Offene Fälle am Ende des Zeitraums nach Tagen vom Eröffnungstag bis zum letzten Tag des "
             "Zeitraums."),
         {{QStringLiteral("d0_30"), QCoreApplication::translate("CaseloadDefinitions", "bis 30 Tage")},
          {QStringLiteral("d31_90"), QCoreApplication::translate("CaseloadDefinitions", "31 bis 90 Tage")},
          {QStringLiteral("d91_180"), QCoreApplication::translate("CaseloadDefinitions", "91 bis 180 Tage")},
          {QStringLiteral("d181_365"), QCoreApplication::translate("CaseloadDefinitions", "181 bis 365 Tage")},
          {QStringLiteral("d366_plus"), QCoreApplication::translate("CaseloadDefinitions", "mehr als 365 Tage")}},
         false});
}

// Contacts and follow-ups.
void addContactFigures(QList<CaseloadFigureDefinition>& all) {
    Keys modes = catalogueKeys(allValues<ConsultationMode>());
    modes.append({QStringLiteral("total"), QCoreApplication::translate("CaseloadDefinitions", "Gesamt")});
    all.append({QStringLiteral("contacts.by_mode"),
                QCoreApplication::translate("CaseloadDefinitions", "Beratungskontakte nach Art"),
                QCoreApplication::translate(
                    "CaseloadDefinitions",
                    "Beratungskontakte, die im Zeitraum stattfanden (Tag des Kontakts, nicht der Eintragung), nach "
                    "Art."),
                modes, false});
    all.append({QStringLiteral("contacts.gap"),
                QCoreApplication::translate("CaseloadDefinitions", "Fälle ohne Kontakt"),
                QCoreApplication::translate(
                    "CaseloadDefinitions",
                    "Offene Fälle am Ende des Zeitraums, deren letzter Kontakt an oder vor diesem Tag mehr als "
                    "14/30/60 Tage zurücklag (ohne Kontakt ab Eröffnung gezählt; die Stufen sind kumulativ)."),
                {{QStringLiteral("over14"), QCoreApplication::translate("CaseloadDefinitions", "mehr als 14 Tage")},
                 {QStringLiteral("over30"), QCoreApplication::translate("CaseloadDefinitions", "mehr als 30 Tage")},
                 {QStringLiteral("over60"), QCoreApplication::translate("CaseloadDefinitions", "mehr als 60 Tage")}},
                false});
    all.append(
        {QStringLiteral("follow_ups"),
         QCoreApplication::translate("CaseloadDefinitions", "Wiedervorlagen"),
         QCoreApplication::translate(
             "CaseloadDefinitions",
             "Wiedervorlagen mit Fälligkeit im Zeitraum: bis zum Fälligkeitstag erledigt, danach bis zum Ende "
             "des Zeitraums erledigt, am Ende des Zeitraums unerledigt (fällig = rechtzeitig + verspätet + "
             "überfällig)."),
         {{QStringLiteral("due"), QCoreApplication::translate("CaseloadDefinitions", "fällig")},
          {QStringLiteral("on_time"), QCoreApplication::translate("CaseloadDefinitions", "rechtzeitig erledigt")},
          {QStringLiteral("late"), QCoreApplication::translate("CaseloadDefinitions", "verspätet erledigt")},
          {QStringLiteral("overdue"), QCoreApplication::translate("CaseloadDefinitions", "überfällig")}},
         false});
}

// Referrals, by institution type and legal domain, and the days to an answer.
void addReferralFigures(QList<CaseloadFigureDefinition>& all) {
    all.append({QStringLiteral("referrals"),
                QCoreApplication::translate("CaseloadDefinitions", "Vermittlungen"),
                QCoreApplication::translate(
                    "CaseloadDefinitions",
                    "Im Zeitraum vermittelt; erste Rückmeldung im Zeitraum eingetragen (Termin, in Bearbeitung, "
                    "erledigt, abgelehnt, weitervermittelt); am Ende des Zeitraums in einem offenen Fall ohne "
                    "Rückmeldung nach dem erwarteten Tag; am Ende des Zeitraums in einem offenen Fall geplant, aber "
                    "ohne Schweigepflichtentbindung."),
                {{QStringLiteral("opened"), QCoreApplication::translate("CaseloadDefinitions", "vermittelt")},
                 {QStringLiteral("answered"), QCoreApplication::translate("CaseloadDefinitions", "beantwortet")},
                 {QStringLiteral("overdue"), QCoreApplication::translate("CaseloadDefinitions", "überfällig")},
                 {QStringLiteral("awaiting_release"),
                  QCoreApplication::translate("CaseloadDefinitions", "Schweigepflichtentbindung fehlt")}},
                false});
    all.append(
        {QStringLiteral("referrals.by_institution_type"),
         QCoreApplication::translate("CaseloadDefinitions", "Vermittlungen nach Art der Einrichtung"),
         QCoreApplication::translate("CaseloadDefinitions", "Im Zeitraum vermittelte, nach Art der Einrichtung."),
         catalogueKeys(allValues<InstitutionType>()), false});
    all.append({QStringLiteral("referrals.by_legal_domain"),
                QCoreApplication::translate("CaseloadDefinitions", "Vermittlungen nach Rechtskreis"),
                QCoreApplication::translate("CaseloadDefinitions",
                                            "Im Zeitraum vermittelte, nach Rechtskreis der Einrichtung."),
                catalogueKeys(allValues<LegalDomain>()), false});
    all.append({QStringLiteral("referrals.answer_days"),
                QCoreApplication::translate("CaseloadDefinitions", "Tage bis zur Rückmeldung"),
                QCoreApplication::translate(
                    "CaseloadDefinitions",
                    "Median der Tage vom Vermittlungstag bis zur ersten Rückmeldung über die im Zeitraum beantworteten "
                    "Vermittlungen, auf ganze Tage gerundet (0, wenn keine beantwortet wurde)."),
                {{QStringLiteral("median"), QCoreApplication::translate("CaseloadDefinitions", "Median (Tage)")}},
                false});
}

// Consents, and the two breakdowns whose small counts never leave the vault.
void addConsentAndGroupFigures(QList<CaseloadFigureDefinition>& all) {
    all.append({QStringLiteral("consents"),
                QCoreApplication::translate("CaseloadDefinitions", "Einwilligungen"),
                QCoreApplication::translate(
                    "CaseloadDefinitions",
                    "Offene Fälle am Ende des Zeitraums ohne an diesem Tag gültige Einwilligung; im Zeitraum "
                    "widerrufene Einwilligungen."),
                {{QStringLiteral("without_valid"),
                  QCoreApplication::translate("CaseloadDefinitions", "ohne gültige Einwilligung")},
                 {QStringLiteral("withdrawn"), QCoreApplication::translate("CaseloadDefinitions", "widerrufen")}},
                false});
    all.append(
        {QStringLiteral("open_cases.by_target_group"),
         QCoreApplication::translate("CaseloadDefinitions", "Offene Fälle nach Zielgruppe"),
         QCoreApplication::translate("CaseloadDefinitions", "Offene Fälle am Ende des Zeitraums nach Zielgruppe."),
         catalogueKeys(allValues<TargetGroup>()), true});
    all.append({QStringLiteral("open_cases.by_municipality"),
                QCoreApplication::translate("CaseloadDefinitions", "Offene Fälle nach Wohnort"),
                QCoreApplication::translate("CaseloadDefinitions", "Offene Fälle am Ende des Zeitraums nach Wohnort."),
                catalogueKeys(allValues<Municipality>()), true});
}

QList<CaseloadFigureDefinition> build() {
    QList<CaseloadFigureDefinition> all;
    addCaseFigures(all);
    addContactFigures(all);
    addReferralFigures(all);
    addConsentAndGroupFigures(all);
    return all;
}

} // namespace

const QList<CaseloadFigureDefinition>& CaseloadDefinitions::all() {
    // Built once, after the translator is installed (the first report or preview).
    static const QList<CaseloadFigureDefinition> definitions = build();
    return definitions;
}

const CaseloadFigureDefinition* CaseloadDefinitions::find(const QString& id) {
    for (const CaseloadFigureDefinition& definition : all()) {
        if (definition.id == id) {
            return &definition;
        }
    }
    return nullptr;
}

} // namespace kim::core
