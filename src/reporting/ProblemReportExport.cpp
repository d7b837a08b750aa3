// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ProblemReportExport.h"

#include "exchange/ContactBook.h"
#include "exchange/PackageWriter.h"

#include "base/Clock.h"
#include "core/ProblemProposalRepository.h"
#include "base/Error.h"

#include <QCoreApplication>

namespace kim::reporting {

ProblemReportExport::ProblemReportExport(storage::Database& db, const exchange::Identity& identity, const Clock& clock)
    : m_db(db)
    , m_identity(identity)
    , m_clock(clock) {}

ProblemReport ProblemReportExport::prepare(const core::Quarter& quarter) const {
    ProblemReport report;
    report.tables = core::buildProblemTables(m_db, quarter);
    report.proposals = core::ProblemProposalRepository(m_db, m_clock).pending();
    return report;
}

std::vector<uint8_t> ProblemReportExport::write(const ProblemReport& report, const exchange::ContactCard& office,
                                                const QDateTime& created) {
    const auto trusted = exchange::ContactBook(m_db, m_clock).findTrusted(office.signingKey().keyId());
    if (!trusted || trusted->agePublicKey() != office.agePublicKey()) {
        throw Error(ErrorCode::RuleViolation,
                    QCoreApplication::translate("ProblemReportExport",
                                                "Die Koordinierende Stelle ist kein bestätigter Kontakt. Bitte "
                                                "bestätigen Sie zuerst ihre Kontaktkarte."));
    }
    const QString period = report.tables.period.toString();
    const QJsonObject content = report.toJson();
    ProblemReport::fromJson(content, period); // what the office would refuse never leaves the vault
    QList<int64_t> proposalIds;
    for (const auto& proposal : report.proposals) {
        if (proposal.id > 0) {
            proposalIds << proposal.id;
        }
    }
    return exchange::PackageWriter(m_db, m_identity)
        .write(ProblemReport::Kind, period, content, {*trusted}, created.isValid() ? created : m_clock.now(),
               [&](const QString& packageId) {
                   if (!proposalIds.isEmpty()) {
                       core::ProblemProposalRepository(m_db, m_clock).markSent(proposalIds, packageId);
                   }
               });
}

} // namespace kim::reporting
