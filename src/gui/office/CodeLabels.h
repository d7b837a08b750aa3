// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProblemTaxonomy.h"

#include <QHash>
#include <QString>

namespace kim::reporting {
struct RegionScheme;
}

namespace kim::gui {

// Turns the codes of problem tables (field codes, catalogue numbers, problem codes, region
// codes) into the German labels the office reads. Problem titles come from the taxonomy,
// retired types included, so old figures stay readable.
class CodeLabels final {
public:
    explicit CodeLabels(const core::Taxonomy& taxonomy);

    static QString field(const QString& fieldCode);
    // A short form for column headers and chart legends, e.g. "Arbeit" for "Arbeit und Wirtschaft".
    static QString fieldShort(core::FieldOfAction field);
    static QString fieldShort(const QString& fieldCode);
    static QString municipality(const QString& number);
    static QString targetGroup(const QString& number);
    static QString targetGroupShort(const QString& number);
    static QString institutionType(const QString& number);
    static QString region(const QString& code, const reporting::RegionScheme& scheme);
    // The dimension name of a table as a column header, e.g. "Zielgruppe".
    static QString dimension(const QString& name);

    // "ARB-01 Qualifikationen nicht anerkannt"; "ARB-SONST" → "sonstige Probleme (Arbeit …)".
    QString problem(const QString& code) const;
    QString problemTitle(const QString& code) const;
    // A "+"-joined set of problem codes as in the "problems" table.
    QString problemSet(const QString& codes) const;

private:
    QHash<QString, QString> m_titles;
};

} // namespace kim::gui
