// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problems/ProblemCodeLabels.h"

#include "core/Catalog.h"

#include <QCoreApplication>

namespace kim::gui {

namespace {
// A catalogue number from a table cell as a valid enumeration value, or nullopt.
template <typename Enum> std::optional<Enum> catalogValue(const QString& number) {
    bool ok = false;
    const int value = number.toInt(&ok);
    return ok && core::isValid<Enum>(value) ? std::optional<Enum>(static_cast<Enum>(value)) : std::nullopt;
}
} // namespace

ProblemCodeLabels::ProblemCodeLabels(const QList<core::ProblemType>& types) {
    for (const core::ProblemType& type : types) {
        m_titles.insert(type.code, type.title);
    }
}

QString ProblemCodeLabels::field(const QString& fieldCode) const {
    const auto field = core::fieldFromCode(fieldCode);
    return field ? core::label(*field) : fieldCode;
}

QString ProblemCodeLabels::title(const QString& code) const {
    if (const auto it = m_titles.constFind(code); it != m_titles.constEnd()) {
        return *it;
    }
    for (const core::FieldOfAction field : core::allValues<core::FieldOfAction>()) {
        if (code == core::otherCode(field)) {
            return QCoreApplication::translate("kim::gui::ProblemCodeLabels", "sonstige Probleme (%1)")
                .arg(core::label(field));
        }
    }
    return QCoreApplication::translate("kim::gui::ProblemCodeLabels", "(unbekannter Problemtyp)");
}

QString ProblemCodeLabels::problem(const QString& code) const {
    return code + QLatin1Char(' ') + title(code);
}

QStringList ProblemCodeLabels::problemSet(const QString& combination) const {
    QStringList problems;
    for (const QString& code : combination.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        problems << problem(code);
    }
    return problems;
}

QString ProblemCodeLabels::municipality(const QString& number) const {
    const auto value = catalogValue<core::Municipality>(number);
    return value ? core::label(*value) : number;
}

QString ProblemCodeLabels::targetGroup(const QString& number) const {
    const auto value = catalogValue<core::TargetGroup>(number);
    return value ? core::label(*value) : number;
}

QString ProblemCodeLabels::institutionType(const QString& number) const {
    if (number == QLatin1String("0")) {
        return QCoreApplication::translate("kim::gui::ProblemCodeLabels", "keine Einrichtung genannt");
    }
    const auto value = catalogValue<core::InstitutionType>(number);
    return value ? core::label(*value) : number;
}

QString ProblemCodeLabels::dimensionValue(const QString& dimension, const QString& value) const {
    if (dimension == QLatin1String("field")) {
        return field(value);
    }
    if (dimension == QLatin1String("problems")) {
        return problemSet(value).join(QLatin1Char('\n'));
    }
    if (dimension == QLatin1String("municipality")) {
        return municipality(value);
    }
    if (dimension == QLatin1String("target_group")) {
        return targetGroup(value);
    }
    if (dimension == QLatin1String("institution_type")) {
        return institutionType(value);
    }
    return value;
}

QString ProblemCodeLabels::dimensionName(const QString& dimension) {
    if (dimension == QLatin1String("field")) {
        return QCoreApplication::translate("kim::gui::ProblemCodeLabels", "Handlungsfeld");
    }
    if (dimension == QLatin1String("problems")) {
        return QCoreApplication::translate("kim::gui::ProblemCodeLabels", "Probleme (je Fall zusammen)");
    }
    if (dimension == QLatin1String("municipality")) {
        return QCoreApplication::translate("kim::gui::ProblemCodeLabels", "Kommune");
    }
    if (dimension == QLatin1String("target_group")) {
        return QCoreApplication::translate("kim::gui::ProblemCodeLabels", "Zielgruppe");
    }
    if (dimension == QLatin1String("institution_type")) {
        return QCoreApplication::translate("kim::gui::ProblemCodeLabels", "Art der Einrichtung");
    }
    return dimension;
}

} // namespace kim::gui
