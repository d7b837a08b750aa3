// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"
#include "core/ProblemTables.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace kim::reporting {

// Municipalities merged for publication, fixed for a calendar year.
struct Region {
    QString code; // "R1", …; a municipality that stands alone keeps its catalogue number as code
    QString name;
    QList<core::Municipality> municipalities;
};

struct RegionScheme {
    int year = 0;
    QList<Region> regions;

    // Default: municipalities of 20,000 inhabitants and more stand alone; Borgholzhausen and
    // Werther (Westf.) form "Region Nord", Herzebrock-Clarholz and Langenberg "Region Süd".
    static RegionScheme defaultFor(int year);
    // Every municipality in exactly one region, codes unique.
    bool isValid() const;
    const Region* regionOf(core::Municipality municipality) const;
};

struct DisclosureParameters {
    // Problem types with fewer true cases (Kreis-wide, in the quarter) than this join the
    // "sonstige" category of their Handlungsfeld.
    int collapseBelow = 5;
    int perturbationTableVersion = 1;
    RegionScheme regions;
};

// The frozen perturbation table of the cell-key method (version 1): for a true count n and
// a cell key it gives the published value. Maximum deviation ±3, a zero stays zero, 1 and 2
// are never published, and the deviation has mean zero for every n (docs/privacy.md).
class PerturbationTable final {
public:
    static constexpr int Version = 1;

    static const PerturbationTable& version1();

    int maxDeviation() const { return 3; }
    // cellKey is uniform in [0, 2^32).
    int64_t publish(int64_t trueCount, uint32_t cellKey) const;
    // The probabilities (per 10,000) of each published value for a true count.
    QList<QPair<int64_t, int>> distribution(int64_t trueCount) const;
};

// The cell key: HMAC-SHA-256 under the office's secret over the cell's record-key sum, so the
// same cell (the same cases in the same table and period) always gets the same key and the same
// noise when it is published again, and nobody without the secret can compute it.
uint32_t cellKey(std::span<const uint8_t> secret, uint64_t keySum);

struct PublishedCell {
    QStringList key;
    int64_t value = 0;

    bool operator==(const PublishedCell&) const = default;
};

struct PublishedTable {
    QString id;
    QStringList dimensions;
    std::vector<PublishedCell> cells;

    bool operator==(const PublishedTable&) const = default;
};

// Published table ids and their dimensions:
//   "field"             [field]
//   "problem"           [field, problem]       problem: a code or "<FIELD>-SONST"
//   "field_region"      [field, region]        region: Region::code
//   "field_target_group"[field, target_group]
//   "field_institution" [field, institution_type]
namespace PublishedTables {
inline const QString Field = QStringLiteral("field");
inline const QString Problem = QStringLiteral("problem");
inline const QString FieldRegion = QStringLiteral("field_region");
inline const QString FieldTargetGroup = QStringLiteral("field_target_group");
inline const QString FieldInstitution = QStringLiteral("field_institution");
} // namespace PublishedTables

// Disclosure control on the merged table, once: regions merged, thin problem types collapsed
// into "sonstige" (exact unions from the "problems" combinations), then every cell perturbed
// through its cell key. A cell published as 0 is left out, like a true zero, so the two cannot
// be told apart. A pure function: the same input always gives the same output. Throws
// Error(InvalidInput) for invalid parameters.
std::vector<PublishedTable> protectTables(const core::ProblemTableSet& merged, const DisclosureParameters& parameters,
                                          std::span<const uint8_t> secret);

} // namespace kim::reporting
