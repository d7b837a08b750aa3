// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/DisclosureControl.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}

namespace kim::reporting {

// The protected figures of one quarter as published for the Planungskonferenz.
struct Publication {
    core::Quarter period;
    int revision = 1;
    QDateTime publishedAt;
    QString reason; // why a revision was made; empty for the first publication
    int submissions = 0;
    DisclosureParameters parameters;
    std::vector<PublishedTable> tables;

    const PublishedTable* table(const QString& id) const;
};

// Publications of the coordinating office (tables office_secret, region_schemes,
// publications). The cell-key secret is created on first use, stays in the vault and is
// never exported. A published quarter is frozen: publishing it again with other input needs
// a stated reason and becomes a new revision; earlier revisions stay readable.
class PublicationStore final {
public:
    PublicationStore(storage::Database& db, const Clock& clock);

    DisclosureParameters parameters(int year) const; // defaults until set
    // Throws Error(RuleViolation) once a quarter of that year is published (regions are fixed
    // for the year), Error(InvalidInput) for an invalid scheme, a threshold below 1 or an
    // unknown perturbation table. The scheme's year is taken from `year`.
    void setParameters(int year, const DisclosureParameters& parameters);

    // Returns the latest revision unchanged when `merged` is what it was published from
    // (fingerprintOf). Otherwise a first publication, or — for a published quarter — a new
    // revision if `revisionReason` is not empty; without a reason throws Error(RuleViolation).
    // The first publication of a year stores that year's parameters, which fixes them.
    Publication publish(const core::ProblemTableSet& merged, int submissions, const QString& revisionReason = {});

    std::optional<Publication> latest(const core::Quarter& quarter) const;
    QList<Publication> revisions(const core::Quarter& quarter) const; // oldest first
    QList<Publication> latestOfEachQuarter() const;                   // oldest quarter first

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace kim::reporting
