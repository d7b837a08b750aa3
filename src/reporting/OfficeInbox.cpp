// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/OfficeInbox.h"

#include "reporting/ImportReason.h"
#include "reporting/OfficeSubmissions.h"
#include "reporting/ProblemReport.h"

#include "base/Clock.h"
#include "core/ProblemProposalRepository.h"
#include "exchange/PackageError.h"
#include "exchange/PackageOpener.h"

#include <QCoreApplication>

namespace kim::reporting {

namespace {

ProblemReport parseReport(const exchange::OpenedPackage& opened) {
    if (opened.payload.kind != ProblemReport::Kind) {
        throw ImportReason::Rejection{
            QCoreApplication::translate("OfficeInbox",
                                        "Das Paket enthält keinen Problembericht, sondern Daten der Art „%1“.")
                .arg(opened.payload.kind)};
    }
    try {
        return ProblemReport::fromJson(opened.payload.content, opened.payload.period);
    } catch (const exchange::PackageError& error) {
        throw ImportReason::Rejection{error.failure() == exchange::PackageFailure::UnsupportedVersion
                                          ? ImportReason::forFailure(error.failure())
                                          : ImportReason::invalidContent()};
    }
}

} // namespace

OfficeInbox::OfficeInbox(storage::Database& db, const exchange::Identity& identity, const Clock& clock)
    : m_db(db)
    , m_identity(identity)
    , m_clock(clock) {}

ImportOutcome OfficeInbox::importPackage(std::span<const uint8_t> bytes, const QString& source) {
    return reporting::importPackage(
        m_db, m_identity, m_clock, bytes, source, [&](const exchange::OpenedPackage& opened) {
            const ProblemReport report = parseReport(opened);
            OfficeSubmissions submissions(m_db);
            const auto current = submissions.current(opened.sender.keyIdText(), report.tables.period);
            if (current && current->created >= opened.payload.created) {
                throw ImportReason::Rejection{
                    QCoreApplication::translate("OfficeInbox", "Von %1 liegt für das %2 schon ein neuerer Bericht "
                                                               "vor. Dieses ältere Paket wurde nicht übernommen.")
                        .arg(opened.sender.name(), report.tables.period.label())};
            }
            const QString packageId = opened.payload.id.toString(QUuid::WithoutBraces);
            if (current) {
                submissions.supersede(current->id, packageId);
            }
            submissions.add(Submission{packageId, opened.sender.keyIdText(), opened.sender.name(), report.tables.period,
                                       opened.payload.created, m_clock.now(), false},
                            report.tables);
            core::ProblemProposalRepository proposals(m_db, m_clock);
            for (const auto& proposal : report.proposals) {
                proposals.receive(opened.sender.name(), report.tables.period.toString(), proposal);
            }
            return current ? ImportResult::Replaced : ImportResult::Accepted;
        });
}

} // namespace kim::reporting
