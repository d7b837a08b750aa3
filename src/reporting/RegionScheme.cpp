// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/DisclosureControl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace kim::reporting {

namespace {

// Kreis Gütersloh, 2024: the four municipalities below 20,000 inhabitants pair up with a
// neighbour so that no published regional cell describes a small community on its own.
const QList<core::Municipality> North{core::Municipality::Borgholzhausen, core::Municipality::Werther};
const QList<core::Municipality> South{core::Municipality::HerzebrockClarholz, core::Municipality::Langenberg};

} // namespace

RegionScheme RegionScheme::defaultFor(int year) {
    RegionScheme scheme;
    scheme.year = year;
    for (const auto municipality : core::allValues<core::Municipality>()) {
        if (municipality == North.front()) {
            scheme.regions << Region{QStringLiteral("R1"), QCoreApplication::translate("RegionScheme", "Region Nord"),
                                     North};
        } else if (municipality == South.front()) {
            scheme.regions << Region{QStringLiteral("R2"), QCoreApplication::translate("RegionScheme", "Region Süd"),
                                     South};
        } else if (!North.contains(municipality) && !South.contains(municipality)) {
            scheme.regions << Region{
                QString::number(static_cast<int>(municipality)), core::label(municipality), {municipality}};
        }
    }
    return scheme;
}

bool RegionScheme::isValid() const {
    static const QRegularExpression codePattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Z0-9][A-Z0-9-]{0,15}")));
    QSet<QString> codes;
    QSet<int> seen;
    for (const auto& region : regions) {
        if (!codePattern.match(region.code).hasMatch() || codes.contains(region.code) ||
            region.name.trimmed().isEmpty() || region.municipalities.isEmpty()) {
            return false;
        }
        codes.insert(region.code);
        for (const auto municipality : region.municipalities) {
            const int number = static_cast<int>(municipality);
            if (!core::isValid<core::Municipality>(number) || seen.contains(number)) {
                return false;
            }
            seen.insert(number);
        }
    }
    return seen.size() == core::allValues<core::Municipality>().size();
}

const Region* RegionScheme::regionOf(core::Municipality municipality) const {
    for (const auto& region : regions) {
        if (region.municipalities.contains(municipality)) {
            return &region;
        }
    }
    return nullptr;
}

} // namespace kim::reporting
