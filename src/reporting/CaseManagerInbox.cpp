// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/CaseManagerInbox.h"

#include "reporting/ImportReason.h"
#include "reporting/OfficePackages.h"
#include "exchange/PackageError.h"
#include "exchange/PackageOpener.h"

#include "base/Clock.h"
#include "core/ConferenceRepository.h"
#include "core/ProblemTaxonomy.h"

#include <QCoreApplication>

namespace kim::reporting {

namespace {

template <typename Package> Package parseContent(const exchange::OpenedPackage& opened) {
    try {
        return Package::fromJson(opened.payload.content);
    } catch (const exchange::PackageError&) {
        throw ImportReason::Rejection{ImportReason::invalidContent()};
    }
}

void adoptTaxonomy(storage::Database& db, const exchange::OpenedPackage& opened) {
    const auto package = parseContent<TaxonomyPackage>(opened);
    core::ProblemTaxonomyRepository taxonomy(db);
    if (package.taxonomy.version <= taxonomy.version()) {
        throw ImportReason::Rejection{
            QCoreApplication::translate("CaseManagerInbox", "Die Problemliste in diesem Paket (Fassung %1) ist nicht "
                                                            "neuer als Ihre (Fassung %2) und wurde nicht übernommen.")
                .arg(package.taxonomy.version)
                .arg(taxonomy.version())};
    }
    taxonomy.adopt(package.taxonomy);
}

// The title the case manager sees: from the taxonomy, or the "sonstige" label of the field.
QString problemTitle(const core::ProblemTaxonomyRepository& taxonomy, const QString& code) {
    if (const auto type = taxonomy.find(code)) {
        return type->title;
    }
    if (const auto field = core::fieldFromCode(code.left(3)); field && code == core::otherCode(*field)) {
        return QCoreApplication::translate("CaseManagerInbox", "Sonstige: %1").arg(core::label(*field));
    }
    return code;
}

void storeFeedback(storage::Database& db, const Clock& clock, const exchange::OpenedPackage& opened) {
    const auto package = parseContent<FeedbackPackage>(opened);
    const core::ProblemTaxonomyRepository taxonomy(db);
    core::ConferenceRepository conferences(db, clock);
    const QDateTime receivedAt = clock.now();
    for (const auto& item : package.items) {
        core::ReceivedFeedback feedback;
        feedback.officeName = opened.sender.name();
        feedback.officeItemId = QStringLiteral("%1/%2").arg(opened.sender.keyIdText()).arg(item.id);
        feedback.problemTitle = problemTitle(taxonomy, item.problemCode);
        feedback.item = item;
        feedback.receivedAt = receivedAt;
        conferences.storeFeedback(feedback);
    }
}

} // namespace

CaseManagerInbox::CaseManagerInbox(storage::Database& db, const exchange::Identity& identity, const Clock& clock)
    : m_db(db)
    , m_identity(identity)
    , m_clock(clock) {}

ImportOutcome CaseManagerInbox::importPackage(std::span<const uint8_t> bytes, const QString& source) {
    return reporting::importPackage(
        m_db, m_identity, m_clock, bytes, source, [&](const exchange::OpenedPackage& opened) {
            if (opened.payload.kind == TaxonomyPackage::Kind) {
                adoptTaxonomy(m_db, opened);
            } else if (opened.payload.kind == FeedbackPackage::Kind) {
                storeFeedback(m_db, m_clock, opened);
            } else {
                throw ImportReason::Rejection{
                    QCoreApplication::translate("CaseManagerInbox",
                                                "Das Paket enthält weder eine Problemliste noch Rückmeldungen der "
                                                "Koordinierenden Stelle, sondern Daten der Art „%1“.")
                        .arg(opened.payload.kind)};
            }
            return ImportResult::Accepted;
        });
}

} // namespace kim::reporting
