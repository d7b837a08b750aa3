// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kim::storage {
class Database;
}

namespace kim::core {

// One type of structural problem under a Handlungsfeld, e.g. "INS-07 Lange Wartezeit auf
// einen Termin bei der Ausländerbehörde". The code never changes and is never reused; a type
// the coordinating office withdraws is retired, and flags that use it stay readable.
struct ProblemType {
    QString code; // "<FIELD>-NN", e.g. "ARB-03"
    FieldOfAction field = FieldOfAction::Participation;
    QString title;                // German, as the coordinating office wrote it
    QString definition;           // one or two sentences: when to choose this type
    int sinceVersion = 0;         // taxonomy version that introduced it; 0 = not yet issued
    std::optional<int> retiredIn; // taxonomy version that retired it

    bool isRetired() const { return retiredIn.has_value(); }
    bool operator==(const ProblemType&) const = default;
};

struct Taxonomy {
    int version = 0;
    QDate issuedOn;
    QList<ProblemType> types; // by code, retired ones included

    bool operator==(const Taxonomy&) const = default;
};

// The stable three-letter code of a Handlungsfeld used in problem codes and packages.
QString fieldCode(FieldOfAction field);
std::optional<FieldOfAction> fieldFromCode(const QString& code);
// The code of the "sonstige" category of a field after thin types were collapsed, e.g. "ARB-SONST".
QString otherCode(FieldOfAction field);
// Whether `code` has the form of a problem-type code, "<FIELD>-NN" (two or three digits).
bool isProblemTypeCode(const QString& code);
// The field of a problem-type code or of a "sonstige" code; empty for anything else.
std::optional<FieldOfAction> fieldOfCode(const QString& code);

// The taxonomy of structural problems in this workspace (tables problem_types and
// taxonomy_meta). Version 1 is seeded from the prioritised challenges of the Kreis
// Gütersloh integration concept (DOMAIN.md). Case managers receive newer versions from
// the coordinating office; the office edits and issues them.
class ProblemTaxonomyRepository final {
public:
    explicit ProblemTaxonomyRepository(storage::Database& db);

    int version() const;
    Taxonomy current() const;
    QList<ProblemType> activeTypes() const; // not retired, by field then code
    std::optional<ProblemType> find(const QString& code) const;

    // Case manager: takes over a taxonomy the office issued. Codes missing from it stay and
    // keep their titles (old flags stay readable), but are retired with the new version, as
    // the office would not recognise them in a report. Throws Error(RuleViolation) for a
    // version not newer than the current one, Error(InvalidInput) for a malformed code, title,
    // definition or version number, or a code listed twice.
    void adopt(const Taxonomy& taxonomy);

    // Coordinating office: adds a type (empty code: next free code of its field, returned) or
    // edits the title and definition of an existing one. Throws Error(InvalidInput) for an
    // empty title, text longer than 200 (title) / 1000 (definition) characters or another
    // field than the code's; Error(NotFound) for an unknown code.
    QString saveType(FieldOfAction field, const QString& code, const QString& title, const QString& definition);
    // Coordinating office: marks the type as retired with the next version; a draft that was
    // never issued is simply deleted. Throws Error(NotFound).
    void retire(const QString& code);
    // Whether there are edits since the last issue.
    bool hasUnissuedChanges() const;
    // Coordinating office: closes the edits as version() + 1 and returns that taxonomy.
    // Throws Error(RuleViolation) when nothing changed since the last issue.
    Taxonomy issue(const QDate& today);

private:
    storage::Database& m_db;
};

} // namespace kim::core
