// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProblemTaxonomy.h"

#include <QHash>
#include <QString>

namespace kim::gui {

// Turns the codes of the problem tables and of conference feedback into words a case manager
// reads: Handlungsfeld names, problem titles, municipalities, target groups and institution
// types. Unknown or damaged codes are shown as they are, never dropped.
class ProblemCodeLabels final {
public:
    explicit ProblemCodeLabels(const QList<core::ProblemType>& types);

    // "ARB" → "Arbeit und Wirtschaft".
    QString field(const QString& fieldCode) const;
    // "ARB-03" → "ARB-03 Abschlüsse werden nicht anerkannt"; "ARB-SONST" → "sonstige …".
    QString problem(const QString& code) const;
    QString title(const QString& code) const;
    // "ARB-01+ARB-03" → the problems, one per line.
    QStringList problemSet(const QString& combination) const;
    // Catalogue numbers as the table programme writes them.
    QString municipality(const QString& number) const;
    QString targetGroup(const QString& number) const;
    QString institutionType(const QString& number) const;
    // The readable value of one dimension of a problem table.
    QString dimensionValue(const QString& dimension, const QString& value) const;
    // Column heading for a dimension of the table programme.
    static QString dimensionName(const QString& dimension);

private:
    QHash<QString, QString> m_titles;
};

} // namespace kim::gui
