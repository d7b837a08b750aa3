// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoData.h"

namespace kim::demo::DemoData {

using namespace kim::core;

const std::vector<Origin>& origins() {
    static const std::vector<Origin> list = {
        // 0 Syria
        {{"Ahmad", "Mohammad", "Khaled", "Omar", "Yusuf", "Hassan", "Samer", "Bilal", "Tarek", "Rami"},
         {"Fatima", "Amira", "Rania", "Nour", "Layla", "Hiba", "Aya", "Salma", "Dalia", "Rasha"},
         {"Al-Hassan", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Darwish", "Hamdan", "Ibrahim", "Aziz",
          "Suleiman", "Youssef", "Al-Masri", "Kassem"},
         {"Arabisch", "Kurdisch", "Englisch"}},
        // 1 Afghanistan
        {{"Farid", "Jawad", "Mustafa", "Naveed", "Sami", "Hamid", "Wahid", "Zabihullah"},
         {"Mariam", "Zahra", "Parwana", "Shabnam", "Fereshta", "Nilofar", "Sima", "Roya"},
         {"Ahmadi", "Rahimi", "Hakimi", "Karimi", "Sultani", "Noori", "Mohammadi", "Rezai", "Safi", "Wardak"},
         {"Dari", "Paschtu", "Farsi"}},
        // 2 Iraq
        {{"Ali", "Haider", "Karwan", "Dilshad", "Sinan", "Hussein", "Azad"},
         {"Zainab", "Noor", "Shirin", "Jiyan", "Avin", "Huda", "Rojin"},
         {"Al-Jubouri", "Kareem", "Murad", "Khalaf", "Bakr", "Qasim", "Sido", "Hassan", "Barzani"},
         {"Arabisch", "Kurdisch (Kurmandschi)", "Englisch"}},
        // 3 Eritrea
        {{"Yonas", "Tesfay", "Dawit", "Samuel", "Mehari", "Filmon", "Robel"},
         {"Helen", "Selam", "Senait", "Mebrat", "Luwam", "Rahel", "Saba"},
         {"Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Tekle", "Woldu", "Kidane", "Asmerom"},
         {"Tigrinya", "Arabisch", "Englisch"}},
        // 4 Ukraine
        {{"Oleksandr", "Dmytro", "Andrii", "Serhii", "Mykola", "Bohdan", "Yurii", "Vitalii"},
         {"Olena", "Iryna", "Tetiana", "Nataliia", "Oksana", "Yuliia", "Kateryna", "Anastasiia", "Svitlana"},
         {"Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Polishchuk",
          "Savchenko", "Lysenko", "Marchenko", "Rudenko"},
         {"Ukrainisch", "Russisch", "Englisch"}},
        // 5 Romania
        {{"Andrei", "Ionuț", "Florin", "Mihai", "Constantin", "Gabriel", "Marian"},
         {"Elena", "Ioana", "Maria", "Andreea", "Georgiana", "Florentina", "Mihaela"},
         {"Popescu", "Ionescu", "Dumitru", "Stan", "Stoica", "Munteanu", "Lungu", "Rusu", "Moldovan"},
         {"Rumänisch", "Romanes", "Ungarisch"},
         FemaleSurname::Same,
         true},
        // 6 Bulgaria
        {{"Georgi", "Ivan", "Dimitar", "Nikolay", "Stefan", "Hristo", "Emil"},
         {"Desislava", "Elitsa", "Ivanka", "Radka", "Yordanka", "Mariya", "Galina"},
         {"Ivanov", "Petrov", "Dimitrov", "Georgiev", "Nikolov", "Hristov", "Stoyanov", "Yordanov"},
         {"Bulgarisch", "Türkisch", "Romanes"},
         FemaleSurname::SlavicOv,
         true},
        // 7 Poland
        {{"Piotr", "Krzysztof", "Tomasz", "Paweł", "Marek", "Łukasz", "Grzegorz"},
         {"Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Anna", "Małgorzata", "Beata"},
         {"Kowalski", "Wiśniewski", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Dąbrowski"},
         {"Polnisch", "Englisch"},
         FemaleSurname::SlavicSki,
         true},
        // 8 Turkey
        {{"Mehmet", "Mustafa", "Emre", "Burak", "Hakan", "Murat", "Serkan"},
         {"Ayşe", "Elif", "Zeynep", "Emine", "Fatma", "Derya", "Gül"},
         {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç"},
         {"Türkisch", "Kurdisch", "Deutsch"}},
        // 9 North Macedonia
        {{"Aleksandar", "Goran", "Dejan", "Zoran", "Nikola"},
         {"Biljana", "Marija", "Elena", "Snežana", "Vesna"},
         {"Petrovski", "Nikolovski", "Stojanovski", "Trajkovski", "Jovanovski"},
         {"Mazedonisch", "Albanisch", "Romanes"},
         FemaleSurname::SlavicSki},
        // 10 Kosovo
        {{"Arben", "Blerim", "Driton", "Valon", "Besnik"},
         {"Besa", "Arta", "Vlora", "Drita", "Lirije"},
         {"Krasniqi", "Berisha", "Gashi", "Hoxha", "Morina", "Shala"},
         {"Albanisch", "Serbisch", "Deutsch"}},
    };
    return list;
}

const std::vector<Weighted>& originsOf(TargetGroup group) {
    static const std::vector<Weighted> immigrants = {{8, 5}, {10, 2}, {7, 1}, {0, 1}, {2, 1}, {9, 1}};
    static const std::vector<Weighted> msoe = {{5, 4}, {6, 4}, {7, 2}, {9, 1}};
    static const std::vector<Weighted> refugees = {{0, 5}, {1, 4}, {2, 3}, {3, 2}};
    static const std::vector<Weighted> ukraine = {{4, 1}};
    switch (group) {
    case TargetGroup::Immigrants:
        return immigrants;
    case TargetGroup::CentralSouthEastEurope:
        return msoe;
    case TargetGroup::RefugeesSince2015:
        return refugees;
    case TargetGroup::Ukraine:
        return ukraine;
    }
    return immigrants;
}

const std::vector<const char*>& streets() {
    static const std::vector<const char*> list = {
        "Bahnhofstraße", "Kirchstraße", "Lindenweg",    "Am Markt",   "Gartenstraße", "Schulstraße", "Birkenweg",
        "Feldstraße",    "Mühlenweg",   "Goethestraße", "Ringstraße", "Eichenallee",  "Wiesenweg",   "Berliner Straße",
    };
    return list;
}

const char* postcode(Municipality municipality) {
    switch (municipality) {
    case Municipality::Borgholzhausen:
        return "33829";
    case Municipality::Guetersloh:
        return "33332";
    case Municipality::Halle:
        return "33790";
    case Municipality::Harsewinkel:
        return "33428";
    case Municipality::HerzebrockClarholz:
        return "33442";
    case Municipality::Langenberg:
        return "33449";
    case Municipality::RhedaWiedenbrueck:
        return "33378";
    case Municipality::Rietberg:
        return "33397";
    case Municipality::SchlossHolteStukenbrock:
        return "33758";
    case Municipality::Steinhagen:
        return "33803";
    case Municipality::Verl:
        return "33415";
    case Municipality::Versmold:
        return "33775";
    case Municipality::Werther:
        return "33824";
    }
    return "33332";
}

const std::vector<const char*>& noteOpenings(ConsultationMode mode) {
    static const std::vector<const char*> inPerson = {"Gespräch im Büro.", "Termin in der Beratungsstelle.",
                                                      "Offene Sprechstunde, {kl} kam ohne Termin."};
    static const std::vector<const char*> phone = {"Telefonat mit {kl}.", "Rückruf auf Bitte von {kl}.",
                                                   "Kurzes Telefonat zur Terminabsprache."};
    static const std::vector<const char*> home = {"Hausbesuch bei der Familie.",
                                                  "Hausbesuch in der Unterkunft in {ort}."};
    static const std::vector<const char*> video = {"Videogespräch, da {kl} wegen Kinderbetreuung verhindert war."};
    switch (mode) {
    case ConsultationMode::InPerson:
        return inPerson;
    case ConsultationMode::Phone:
        return phone;
    case ConsultationMode::HomeVisit:
        return home;
    case ConsultationMode::Video:
        return video;
    }
    return inPerson;
}

const std::vector<const char*>& noteSentences(FieldOfAction field) {
    static const std::vector<const char*> participation = {
        "Kontakt zu einem Sportverein in {ort} hergestellt; Probetraining vereinbart.",
        "{kl} möchte sich ehrenamtlich im Begegnungscafé engagieren, Ansprechperson genannt.",
        "Erfahrung mit Diskriminierung geschildert; Antidiskriminierungsstelle OWL als Anlaufstelle genannt.",
        "Teilnahme am Elterncafé der Grundschule besprochen.",
        "Wunsch nach Kontakt zu anderen Familien; Hinweis auf das Familienzentrum in {ort}.",
    };
    static const std::vector<const char*> housing = {
        "Wohnungssuche: zwei Besichtigungstermine vereinbart, Wohnberechtigungsschein beantragt.",
        "Mietvertrag gemeinsam durchgesehen, Rechte und Pflichten als Mieter erklärt.",
        "Nebenkostenabrechnung unklar; Verweis an den Mieterverein.",
        "Busverbindung nach Gütersloh für die Kurstermine herausgesucht, Sozialticket besprochen.",
        "Die Unterkunft ist zu klein für die Familie; Antrag beim Sozialamt auf Übernahme der Kaution vorbereitet.",
        "Wohnungsangebot der Wohnungsbaugesellschaft in {ort} geprüft.",
    };
    static const std::vector<const char*> institutions = {
        "Termin bei der Ausländerbehörde zur Verlängerung des Aufenthaltstitels vorbereitet.",
        "Formulare der Familienkasse (Kindergeld) gemeinsam ausgefüllt.",
        "Dolmetscher über den Sprachlotsenpool angefragt.",
        "Schreiben vom BAMF übersetzt und erklärt; Frist notiert.",
        "Einbürgerung: Voraussetzungen und Unterlagen für die Einbürgerungsbehörde besprochen.",
        "Weiterbewilligungsantrag für das Jobcenter gemeinsam ausgefüllt.",
        "Verweis an die Migrationsberatung für Erwachsene (MBE) wegen Fragen zum Familiennachzug.",
    };
    static const std::vector<const char*> health = {
        "Hausarztpraxis mit Aufnahmekapazität gesucht; mehrere Praxen haben Patientenstopp.",
        "Begleitung zur Fachärztin organisiert, professionelle Dolmetscherin angefragt.",
        "Belastung durch Fluchterlebnisse angesprochen; Verweis an psychosoziale Beratung.",
        "Pflegeberatung für die Mutter angefragt, Antrag auf Pflegegrad besprochen.",
        "Impfbuch der Kinder geprüft; Termin beim Gesundheitsamt vereinbart.",
    };
    static const std::vector<const char*> work = {
        "Termin beim Jobcenter Kreis Gütersloh vorbereitet; Unterlagen sortiert.",
        "Zeugnisse aus dem Herkunftsland für die Anerkennung der Berufsqualifikation zusammengestellt.",
        "Anerkennungsberatung empfohlen, Termin vereinbart; Übersetzung der Zeugnisse beantragt.",
        "Bewerbung als Produktionshelfer bei einem Betrieb in {ort} besprochen.",
        "Vermittlung an die Agentur für Arbeit zur Berufsberatung.",
        "Minijob in der Gastronomie aufgenommen; Meldung an das Jobcenter besprochen.",
    };
    static const std::vector<const char*> language = {
        "Anmeldung zum Integrationskurs besprochen; Berechtigungsschein liegt vor.",
        "Sprachkurs mit Kinderbetreuung gesucht (Sprachwerkstatt für Frauen).",
        "Kita-Platz für das jüngste Kind beantragt; Rückmeldung des Jugendamts steht aus.",
        "Schulanmeldung der Kinder besprochen, Kontakt zur Schule in {ort} aufgenommen.",
        "Prüfung B1 bestanden; Berufssprachkurs wird angestrebt.",
        "Warteliste beim Sprachkursträger, voraussichtlicher Kursbeginn in zwei Monaten.",
    };
    switch (field) {
    case FieldOfAction::Participation:
        return participation;
    case FieldOfAction::HousingMobility:
        return housing;
    case FieldOfAction::Institutions:
        return institutions;
    case FieldOfAction::HealthCare:
        return health;
    case FieldOfAction::WorkEconomy:
        return work;
    case FieldOfAction::LanguageEducation:
        return language;
    }
    return institutions;
}

const std::vector<const char*>& noteClosings() {
    static const std::vector<const char*> list = {
        "Nächster Termin in zwei Wochen.", "{kl} meldet sich nach dem Termin.",
        "Wiedervorlage notiert.",          "Unterlagen bis zum nächsten Termin mitbringen.",
        "Weiteres Vorgehen abgestimmt.",   "",
    };
    return list;
}

const std::vector<const char*>& goalDescriptions(FieldOfAction field) {
    static const std::vector<const char*> participation = {"Anschluss an einen Verein in der Nähe finden",
                                                           "Kontakte im Stadtteil aufbauen"};
    static const std::vector<const char*> housing = {"Eine bezahlbare Wohnung für die Familie finden",
                                                     "Mietrückstände klären und Wohnung sichern"};
    static const std::vector<const char*> institutions = {"Aufenthaltstitel rechtzeitig verlängern",
                                                          "Ansprüche auf Kindergeld und Leistungen klären"};
    static const std::vector<const char*> health = {"Hausarztpraxis finden", "Zugang zu psychosozialer Beratung"};
    static const std::vector<const char*> work = {"Anerkennung des Berufsabschlusses erreichen",
                                                  "Arbeitsaufnahme auf dem ersten Arbeitsmarkt"};
    static const std::vector<const char*> language = {"Integrationskurs bis Niveau B1 abschließen",
                                                      "Kita-Platz für das jüngste Kind sichern"};
    switch (field) {
    case FieldOfAction::Participation:
        return participation;
    case FieldOfAction::HousingMobility:
        return housing;
    case FieldOfAction::Institutions:
        return institutions;
    case FieldOfAction::HealthCare:
        return health;
    case FieldOfAction::WorkEconomy:
        return work;
    case FieldOfAction::LanguageEducation:
        return language;
    }
    return institutions;
}

const std::vector<const char*>& followUpTitles() {
    static const std::vector<const char*> list = {
        "Rückmeldung Jobcenter abfragen",
        "Unterlagen zur Anerkennung nachreichen",
        "Termin Ausländerbehörde",
        "Kita-Platz nachfragen",
        "Wohnungsangebot prüfen",
        "Sprachkursbeginn bestätigen",
        "Bescheid der Familienkasse prüfen",
        "Dolmetschereinsatz bestätigen",
    };
    return list;
}

} // namespace kim::demo::DemoData
