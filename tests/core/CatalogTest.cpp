// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Catalog.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace kim::core;

namespace {

template <typename Enum> void checkEnumeration(int expectedCount) {
    const QList<Enum> values = allValues<Enum>();
    REQUIRE(values.size() == expectedCount);
    QSet<QString> seen;
    for (int i = 0; i < values.size(); ++i) {
        CHECK(static_cast<int>(values[i]) == i + 1); // stored codes are dense and stable
        CHECK(isValid<Enum>(static_cast<int>(values[i])));
        const QString text = label(values[i]);
        CHECK_FALSE(text.isEmpty());
        CHECK_FALSE(seen.contains(text));
        seen.insert(text);
    }
    CHECK_FALSE(isValid<Enum>(0));
    CHECK_FALSE(isValid<Enum>(expectedCount + 1));
    CHECK_FALSE(isValid<Enum>(-1));
}

} // namespace

TEST_CASE("every enumeration has one distinct label per stored value and rejects unknown values") {
    checkEnumeration<TargetGroup>(4);
    checkEnumeration<Municipality>(13);
    checkEnumeration<ResidenceStatus>(8);
    checkEnumeration<Phase>(6);
    checkEnumeration<FieldOfAction>(6);
    checkEnumeration<ConsultationMode>(4);
    checkEnumeration<InterpreterKind>(3);
    checkEnumeration<GoalStatus>(5);
    checkEnumeration<ConsentScope>(2);
}

TEST_CASE("labels use the wording of the integration concept") {
    CHECK(label(TargetGroup::CentralSouthEastEurope) ==
          QString::fromUtf8("Eingewanderte aus Mittel- und Südosteuropa (MSOE)"));
    CHECK(shortLabel(TargetGroup::CentralSouthEastEurope) == QStringLiteral("MSOE"));
    CHECK(label(TargetGroup::Ukraine) == QStringLiteral("Schutzsuchende aus der Ukraine"));
    CHECK(label(Municipality::Halle) == QStringLiteral("Halle (Westf.)"));
    CHECK(label(Municipality::SchlossHolteStukenbrock) == QString::fromUtf8("Schloß Holte-Stukenbrock"));
    CHECK(label(Municipality::Werther) == QStringLiteral("Werther (Westf.)"));
    CHECK(label(ResidenceStatus::TemporaryProtection24) == QString::fromUtf8("Aufenthaltserlaubnis (§ 24 AufenthG)"));
    CHECK(label(Phase::Planning) == QStringLiteral("Hilfeplanung"));
    CHECK(label(FieldOfAction::HousingMobility) == QString::fromUtf8("Wohnen und Mobilität"));
    CHECK(label(InterpreterKind::LanguageGuide) == QStringLiteral("Sprachlotse/Sprachlotsin"));
    CHECK(label(GoalStatus::NotAchieved) == QStringLiteral("nicht erreicht"));
}

TEST_CASE("every municipality has its own short upper-case code prefix") {
    CHECK(codePrefix(Municipality::Guetersloh) == QStringLiteral("GT"));
    QSet<QString> prefixes;
    for (Municipality m : allValues<Municipality>()) {
        const QString prefix = codePrefix(m);
        CHECK(prefix.size() >= 2);
        CHECK(prefix.size() <= 3);
        for (QChar ch : prefix) {
            CHECK((ch >= QLatin1Char('A') && ch <= QLatin1Char('Z')));
        }
        prefixes.insert(prefix);
    }
    CHECK(prefixes.size() == 13);
}

TEST_CASE("a set of fields of action lists its labels in catalog order") {
    FieldSet set = with(with(0, FieldOfAction::LanguageEducation), FieldOfAction::HousingMobility);
    CHECK(contains(set, FieldOfAction::HousingMobility));
    CHECK_FALSE(contains(set, FieldOfAction::WorkEconomy));
    CHECK(labels(set) == QStringList{label(FieldOfAction::HousingMobility), label(FieldOfAction::LanguageEducation)});
    CHECK(labels(0).isEmpty());
}
