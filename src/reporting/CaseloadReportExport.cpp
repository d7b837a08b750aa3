// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/CaseloadReportExport.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "core/CaseloadPseudonym.h"
#include "core/CaseloadSettings.h"
#include "exchange/ContactBook.h"
#include "exchange/PackageWriter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace kim::reporting {

namespace {

// 1 + the reports this vault already sent for the period.
int nextRevision(storage::Database& db, const core::ReportingPeriod& period) {
    auto st = db.prepare(QStringLiteral("SELECT COUNT(*) FROM caseload_sent_reports WHERE period = ?1"));
    st.bind(1, period.toString());
    return 1 + (st.step() ? st.integer(0) : 0);
}

std::vector<exchange::ContactCard> trustedRecipients(storage::Database& db, const Clock& clock,
                                                     const QList<exchange::ContactCard>& recipients) {
    if (recipients.isEmpty()) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("CaseloadReportExport",
                                                "Bitte wählen Sie mindestens eine Empfängerin oder einen Empfänger."));
    }
    const exchange::ContactBook contacts(db, clock);
    std::vector<exchange::ContactCard> trusted;
    for (const exchange::ContactCard& recipient : recipients) {
        const auto found = contacts.findTrusted(recipient.signingKey().keyId());
        if (!found || found->agePublicKey() != recipient.agePublicKey()) {
            throw Error(ErrorCode::RuleViolation,
                        QCoreApplication::translate("CaseloadReportExport",
                                                    "„%1“ ist kein bestätigter Kontakt. Bitte bestätigen Sie zuerst "
                                                    "die Kontaktkarte.")
                            .arg(recipient.name()));
        }
        trusted.push_back(*found);
    }
    return trusted;
}

} // namespace

CaseloadReportExport::CaseloadReportExport(storage::Database& db, const exchange::Identity& identity,
                                           const Clock& clock)
    : m_db(db)
    , m_identity(identity)
    , m_clock(clock) {}

PreparedCaseloadReport CaseloadReportExport::prepare(const core::ReportingPeriod& period) const {
    if (period.lastDay() >= m_clock.today()) {
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("CaseloadReportExport",
                                                "Für %1 gibt es noch keinen Bericht: Ein Zeitraum wird erst "
                                                "gemeldet, wenn er vorbei ist.")
                        .arg(period.label()));
    }
    core::CaseloadSettings settings(m_db);
    const core::CaseloadRules rules = settings.rules();
    const core::CaseloadFigures figures = core::CaseloadFigures::compute(m_db, period, rules);
    return prepareCaseloadReport(figures, settings.pseudonymKey(), nextRevision(m_db, period));
}

std::vector<uint8_t> CaseloadReportExport::write(const PreparedCaseloadReport& prepared,
                                                 const QList<exchange::ContactCard>& recipients) {
    const auto trusted = trustedRecipients(m_db, m_clock, recipients);
    storage::Transaction transaction(m_db);
    CaseloadReport report = prepared.report;
    // The figures are what the preview showed; the revision is counted again, so a second
    // package from the same preview still orders after the first.
    report.revision = nextRevision(m_db, report.period);
    const QString period = report.period.toString();
    const QJsonObject content = report.toJson();
    CaseloadReport::fromJson(content, period); // what the supervisor would refuse never leaves the vault
    // Not the day of sending, which would tell on which weekdays the case manager works: the day
    // after the period, the same for every report of it; the revision orders them.
    const QDateTime created(report.period.lastDay().addDays(1), QTime(0, 0), Qt::UTC);
    auto bytes =
        exchange::PackageWriter(m_db, m_identity)
            .write(CaseloadReport::Kind, period, content, trusted, created, [&](const QString& packageId) {
                m_db.prepare(QStringLiteral("INSERT INTO caseload_sent_reports (package_id, period, "
                                            "revision, sent_on) VALUES (?1, ?2, ?3, ?4)"))
                    .bind(1, packageId)
                    .bind(2, period)
                    .bind(3, report.revision)
                    .bind(4, m_clock.today())
                    .run();
                core::CaseloadPseudonym::recordSent(m_db, packageId, report.period, prepared.casesOfPseudonyms);
            });
    transaction.commit();
    return bytes;
}

} // namespace kim::reporting
