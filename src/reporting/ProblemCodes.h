// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace kim::reporting::ProblemCodes {

// The shapes of the codes that may leave a case manager's vault (docs/formats.md). A value
// that fails these checks is never stored by the coordinating office.

// A Handlungsfeld code: TEI, WOH, INS, GES, ARB or BIL.
bool isFieldCode(const QString& text);
// A problem type, "ARB-07" (two or three digits, as core::isProblemTypeCode); with
// `allowOther` also a "sonstige" category, "ARB-SONST".
bool isProblemCode(const QString& text, bool allowOther = false);
// A catalogue number as written in tables: 1 to 99 without leading zeros (0 only when allowed).
bool isCatalogueNumber(const QString& text, bool allowZero = false);
// A unit's set of problem codes in one field, "ARB-01+ARB-03": codes of that field, strictly
// ascending. Empty for anything else.
std::optional<QStringList> combination(const QString& text, const QString& field);

} // namespace kim::reporting::ProblemCodes
