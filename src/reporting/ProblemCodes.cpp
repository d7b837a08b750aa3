// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ProblemCodes.h"

#include "core/ProblemTaxonomy.h"

#include <QRegularExpression>

namespace kim::reporting::ProblemCodes {

namespace {

// [0-9] rather than \d: with Unicode properties \d would also accept other scripts' digits.
const QRegularExpression& numberPattern() {
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("0|[1-9][0-9]?")));
    return pattern;
}

constexpr int MaxCodesPerCombination = 100;

} // namespace

bool isFieldCode(const QString& text) {
    return text.size() == 3 && core::fieldFromCode(text).has_value() &&
           core::fieldCode(*core::fieldFromCode(text)) == text;
}

bool isProblemCode(const QString& text, bool allowOther) {
    if (core::isProblemTypeCode(text)) {
        return true;
    }
    const auto field = core::fieldFromCode(text.left(3));
    return allowOther && field && text == core::otherCode(*field);
}

bool isCatalogueNumber(const QString& text, bool allowZero) {
    return numberPattern().match(text).hasMatch() && (allowZero || text != QLatin1String("0"));
}

std::optional<QStringList> combination(const QString& text, const QString& field) {
    const QStringList codes = text.split(u'+');
    if (codes.size() > MaxCodesPerCombination) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (!isProblemCode(codes[i]) || codes[i].left(3) != field || (i > 0 && !(codes[i - 1] < codes[i]))) {
            return std::nullopt;
        }
    }
    return codes;
}

} // namespace kim::reporting::ProblemCodes
