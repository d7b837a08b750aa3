// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/CodeLabels.h"

#include "reporting/DisclosureControl.h"

#include <QCoreApplication>

namespace kim::gui {

namespace {
template <typename Enum> QString catalogueLabel(const QString& number) {
    bool ok = false;
    const int value = number.toInt(&ok);
    if (!ok || !core::isValid<Enum>(value)) {
        return QCoreApplication::translate("kim::gui::CodeLabels", "unbekannt (%1)").arg(number);
    }
    return core::label(static_cast<Enum>(value));
}
} // namespace

CodeLabels::CodeLabels(const core::Taxonomy& taxonomy) {
    for (const core::ProblemType& type : taxonomy.types) {
        m_titles.insert(type.code, type.title);
    }
}

QString CodeLabels::field(const QString& fieldCode) {
    if (const auto field = core::fieldFromCode(fieldCode)) {
        return core::label(*field);
    }
    return QCoreApplication::translate("kim::gui::CodeLabels", "unbekannt (%1)").arg(fieldCode);
}

QString CodeLabels::fieldShort(core::FieldOfAction field) {
    switch (field) {
    case core::FieldOfAction::Participation:
        return QCoreApplication::translate("kim::gui::CodeLabels", "Teilhabe");
    case core::FieldOfAction::HousingMobility:
        return QCoreApplication::translate("kim::gui::CodeLabels", "Wohnen");
    case core::FieldOfAction::Institutions:
        return QCoreApplication::translate("kim::gui::CodeLabels", "Institutionen");
    case core::FieldOfAction::HealthCare:
        return QCoreApplication::translate("kim::gui::CodeLabels", "Gesundheit");
    case core::FieldOfAction::WorkEconomy:
        return QCoreApplication::translate("kim::gui::CodeLabels", "Arbeit");
    case core::FieldOfAction::LanguageEducation:
        return QCoreApplication::translate("kim::gui::CodeLabels", "Sprache/Bildung");
    }
    return {};
}

QString CodeLabels::fieldShort(const QString& fieldCode) {
    const auto field = core::fieldFromCode(fieldCode);
    return field ? fieldShort(*field) : CodeLabels::field(fieldCode);
}

QString CodeLabels::municipality(const QString& number) {
    return catalogueLabel<core::Municipality>(number);
}

QString CodeLabels::targetGroup(const QString& number) {
    return catalogueLabel<core::TargetGroup>(number);
}

QString CodeLabels::targetGroupShort(const QString& number) {
    const int value = number.toInt();
    return core::isValid<core::TargetGroup>(value) ? core::shortLabel(static_cast<core::TargetGroup>(value))
                                                   : targetGroup(number);
}

QString CodeLabels::institutionType(const QString& number) {
    if (number == QLatin1String("0")) {
        return QCoreApplication::translate("kim::gui::CodeLabels", "keine Einrichtung genannt");
    }
    return catalogueLabel<core::InstitutionType>(number);
}

QString CodeLabels::region(const QString& code, const reporting::RegionScheme& scheme) {
    for (const reporting::Region& region : scheme.regions) {
        if (region.code == code) {
            return region.name;
        }
    }
    return municipality(code);
}

QString CodeLabels::dimension(const QString& name) {
    if (name == QLatin1String("field")) {
        return QCoreApplication::translate("kim::gui::CodeLabels", "Handlungsfeld");
    }
    if (name == QLatin1String("problem") || name == QLatin1String("problems")) {
        return QCoreApplication::translate("kim::gui::CodeLabels", "Problem");
    }
    if (name == QLatin1String("municipality")) {
        return QCoreApplication::translate("kim::gui::CodeLabels", "Kommune");
    }
    if (name == QLatin1String("region")) {
        return QCoreApplication::translate("kim::gui::CodeLabels", "Region");
    }
    if (name == QLatin1String("target_group")) {
        return QCoreApplication::translate("kim::gui::CodeLabels", "Zielgruppe");
    }
    if (name == QLatin1String("institution_type")) {
        return QCoreApplication::translate("kim::gui::CodeLabels", "Einrichtungsart");
    }
    return name;
}

QString CodeLabels::problemTitle(const QString& code) const {
    if (code.endsWith(QLatin1String("-SONST"))) {
        return QCoreApplication::translate("kim::gui::CodeLabels", "sonstige Probleme im Handlungsfeld");
    }
    return m_titles.value(code, QCoreApplication::translate("kim::gui::CodeLabels", "nicht im Themenkatalog"));
}

QString CodeLabels::problem(const QString& code) const {
    return code + QLatin1Char(' ') + problemTitle(code);
}

QString CodeLabels::problemSet(const QString& codes) const {
    return codes.split(QLatin1Char('+'), Qt::SkipEmptyParts).join(QStringLiteral(", "));
}

} // namespace kim::gui
