#include "exchange/ProblemReportExport.h"

#include "exchange/ContactBook.h"
#include "exchange/PackageWriter.h"

#include "core/ProblemProposalRepository.h"
#include "crypto/Error.h"

#include <QCoreApplication>

namespace kim::exchange {

ProblemReportExport::ProblemReportExport(storage::Database& db, const Identity& identity, const core::Clock& clock)
    : m_db(db)
    , m_identity(identity)
    , m_clock(clock) {}

ProblemReport ProblemReportExport::prepare(const core::Quarter& quarter) const {
    ProblemReport report;
    report.tables = core::buildProblemTables(m_db, quarter);
    report.proposals = core::ProblemProposalRepository(m_db, m_clock).pending();
    return report;
}

std::vector<uint8_t> ProblemReportExport::write(const ProblemReport& report, const ContactCard& office,
                                                const QDateTime& created) {
    const auto trusted = ContactBook(m_db).findTrusted(office.signingKey().keyId());
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
    return PackageWriter(m_db, m_identity)
        .write(ProblemReport::Kind, period, content, {*trusted}, created, [&](const QString& packageId) {
            if (!proposalIds.isEmpty()) {
                core::ProblemProposalRepository(m_db, m_clock).markSent(proposalIds, packageId);
            }
        });
}

} // namespace kim::exchange
