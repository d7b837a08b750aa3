// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/SupervisorInbox.h"

#include "base/Clock.h"
#include "exchange/PackageError.h"
#include "exchange/PackageOpener.h"
#include "reporting/CaseloadReport.h"
#include "reporting/ImportReason.h"
#include "reporting/SupervisorReports.h"

#include <QCoreApplication>

#include <tuple>

namespace kim::reporting {

namespace {

CaseloadReport parseReport(const exchange::OpenedPackage& opened) {
    if (opened.payload.kind != CaseloadReport::Kind) {
        throw ImportReason::Rejection{
            QCoreApplication::translate("SupervisorInbox",
                                        "Das Paket enthält keinen Fallzahlenbericht, sondern Daten der Art „%1“.")
                .arg(opened.payload.kind)};
    }
    try {
        return CaseloadReport::fromJson(opened.payload.content, opened.payload.period);
    } catch (const exchange::PackageError& error) {
        throw ImportReason::Rejection{error.failure() == exchange::PackageFailure::UnsupportedVersion
                                          ? ImportReason::forFailure(error.failure())
                                          : ImportReason::invalidContent()};
    }
}

} // namespace

SupervisorInbox::SupervisorInbox(storage::Database& db, const exchange::Identity& identity, const Clock& clock)
    : m_db(db)
    , m_identity(identity)
    , m_clock(clock) {}

ImportOutcome SupervisorInbox::importPackage(std::span<const uint8_t> bytes, const QString& source) {
    return reporting::importPackage(
        m_db, m_identity, m_clock, bytes, source, [&](const exchange::OpenedPackage& opened) {
            const CaseloadReport content = parseReport(opened);
            SupervisorReports reports(m_db);
            const QString sender = opened.sender.keyIdText();
            const auto current = reports.current(sender, content.period);
            // The sender counts its reports of a period (revision); created is the same for all of them.
            if (current && current->content.revision >= content.revision) {
                throw ImportReason::Rejection{
                    QCoreApplication::translate("SupervisorInbox",
                                                "Von %1 liegt für %2 schon ein neuerer oder gleich neuer "
                                                "Fallzahlenbericht vor. Dieses Paket wurde nicht übernommen.")
                        .arg(opened.sender.name(), content.period.label())};
            }
            const QString packageId = opened.payload.id.toString(QUuid::WithoutBraces);
            if (current) {
                reports.supersede(current->id, packageId);
            }
            ReceivedCaseloadReport received;
            received.packageId = packageId;
            received.senderKeyId = sender;
            received.senderName = opened.sender.name();
            received.created = opened.payload.created;
            received.receivedAt = m_clock.now();
            received.content = content;
            reports.add(received);
            return current ? ImportResult::Replaced : ImportResult::Accepted;
        });
}

} // namespace kim::reporting
