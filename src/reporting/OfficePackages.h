// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ConferenceItem.h"
#include "core/ProblemTaxonomy.h"

#include <QJsonObject>
#include <QList>

namespace kim::reporting {

// Content of a "kim.taxonomy" package: the coordinating office's issued taxonomy.
struct TaxonomyPackage {
    static inline const QString Kind = QStringLiteral("kim.taxonomy");

    core::Taxonomy taxonomy;

    QJsonObject toJson() const;
    // Strict; throws exchange::PackageError(Damaged).
    static TaxonomyPackage fromJson(const QJsonValue& json);
};

// Content of a "kim.conference-feedback" package: what the Planungskonferenz decided.
struct FeedbackPackage {
    static inline const QString Kind = QStringLiteral("kim.conference-feedback");

    QList<core::ConferenceItem> items; // with problem titles looked up by the receiver

    QJsonObject toJson() const;
    // Strict; throws exchange::PackageError(Damaged).
    static FeedbackPackage fromJson(const QJsonValue& json);
};

} // namespace kim::reporting
