// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSupervision.h"

#include "demo/DemoGenerator.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "core/ReportingPeriod.h"
#include "crypto/SecureRandom.h"
#include "exchange/ContactBook.h"
#include "exchange/IdentityStore.h"
#include "reporting/CaseloadReportExport.h"
#include "reporting/SupervisorInbox.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace kim::demo {

namespace {

using core::Municipality;
using core::ReportingPeriod;

// Where the invented team members work: the larger towns first, one each.
const Municipality Areas[] = {
    Municipality::Guetersloh, Municipality::RhedaWiedenbrueck, Municipality::Rietberg,
    Municipality::Verl,       Municipality::Harsewinkel,       Municipality::Halle,
    Municipality::Versmold,   Municipality::Steinhagen,        Municipality::SchlossHolteStukenbrock,
};

// Invented first names for the members' profiles; a supervisor knows the team by name.
const char16_t* const MemberNames[] = {
    u"Aylin Demir", u"Jonas Berger", u"Marta Kowalska", u"Elias Schröder", u"Lea Hoffmann",
    u"Yusuf Aksoy", u"Hanna Vogel",  u"Daniel Petrov",  u"Sara Lindner",   u"Tobias Klein",
};

Error demoFailed(const QString& reason) {
    return Error(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("DemoSupervision", "Die Demo-Fachaufsicht konnte nicht angelegt werden: %1")
            .arg(reason));
}

// One invented case manager: a throw-away vault of their own, filled like the demo workspace.
class DemoMember final {
public:
    DemoMember(const QString& path, int number, const SupervisionDemoOptions& options, const Clock& clock)
        : m_db(storage::Database::open(path, crypto::randomBytes(32), storage::Database::OpenMode::CreateNew)) {
        storage::Migrator::migrate(*m_db);
        DemoOptions data;
        data.clients = options.clientsPerMember;
        data.seed = options.seed + 100 + static_cast<uint32_t>(number);
        data.today = options.today;
        data.municipalities = {Areas[number % std::size(Areas)]};
        generateDemoData(*m_db, data);
        exchange::IdentityStore::ensure(*m_db, clock);
        exchange::IdentityStore::setProfile(
            *m_db, QString::fromUtf16(MemberNames[number % std::size(MemberNames)]),
            QStringLiteral("KIM-Case-Management"),
            QStringLiteral("Demo-Team %1").arg(core::label(data.municipalities.constFirst())));
        m_identity = std::make_unique<exchange::Identity>(exchange::IdentityStore::ensure(*m_db, clock));
    }

    storage::Database& db() { return *m_db; }
    const exchange::Identity& identity() const { return *m_identity; }

private:
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<exchange::Identity> m_identity;
};

// A member sends the report a few days after the month ends, as a team would.
std::vector<uint8_t> sendReport(storage::Database& memberDb, const exchange::Identity& member,
                                const ReportingPeriod& period, const QDate& sentOn,
                                const exchange::ContactCard& supervisor) {
    const FixedClock sendClock(sentOn);
    reporting::CaseloadReportExport exporter(memberDb, member, sendClock);
    return exporter.write(exporter.prepare(period), {supervisor});
}

void importReport(storage::Database& supervisorDb, const exchange::Identity& supervisor, const Clock& clock,
                  const std::vector<uint8_t>& package, const QString& source) {
    const auto outcome = reporting::SupervisorInbox(supervisorDb, supervisor, clock).importPackage(package, source);
    if (outcome.result == reporting::ImportResult::Rejected) {
        throw demoFailed(outcome.reason);
    }
}

} // namespace

void sendMonthlyCaseloadReports(storage::Database& memberDb, storage::Database& supervisorDb,
                                const ReportingPeriod& first, const ReportingPeriod& last, const QDate& today,
                                int lateness) {
    const FixedClock clock(today);
    const exchange::Identity member = exchange::IdentityStore::ensure(memberDb, clock);
    const exchange::Identity supervisor = exchange::IdentityStore::ensure(supervisorDb, clock);
    for (ReportingPeriod period = first; period <= last; period = period.next()) {
        const QDate sentOn = std::min(period.lastDay().addDays(3 + lateness % 4), today);
        const QString source = QStringLiteral("%1-%2.kimpkg").arg(member.keyIdText(), period.toString());
        importReport(supervisorDb, supervisor, clock,
                     sendReport(memberDb, member, period, sentOn, supervisor.contactCard()), source);
    }
}

void generateSupervisionDemo(storage::Database& supervisorDb, const SupervisionDemoOptions& options) {
    if (options.teamSize < 1 || options.months < 1 || !options.today.isValid()) {
        throw demoFailed(QCoreApplication::translate("DemoSupervision", "ungültige Einstellungen"));
    }
    const FixedClock clock(options.today);
    const exchange::Identity supervisor = exchange::IdentityStore::ensure(supervisorDb, clock);
    const exchange::ContactCard supervisorCard = supervisor.contactCard();
    QTemporaryDir scratch; // the members' vaults exist only while the demo is made
    if (!scratch.isValid()) {
        throw demoFailed(QCoreApplication::translate("DemoSupervision", "kein temporärer Ordner"));
    }
    const ReportingPeriod latest =
        ReportingPeriod::containing(options.today, ReportingPeriod::Length::Month).previous();
    ReportingPeriod first = latest;
    for (int i = 1; i < options.months; ++i) {
        first = first.previous();
    }
    for (int number = 0; number < options.teamSize; ++number) {
        DemoMember member(scratch.filePath(QStringLiteral("member-%1.db").arg(number)), number, options, clock);
        // Both directions, as after comparing fingerprints on the phone.
        exchange::ContactBook(member.db(), clock).trust(supervisorCard);
        exchange::ContactBook(supervisorDb, clock).trust(member.identity().contactCard());

        // The last member has not sent the latest month yet, so the overview has someone missing.
        const bool missesLatest = options.teamSize > 2 && number == options.teamSize - 1;
        sendMonthlyCaseloadReports(member.db(), supervisorDb, first, missesLatest ? latest.previous() : latest,
                                   options.today, number);
        // One member corrects the latest month a day later: the first report stays as superseded.
        if (number == 0) {
            const QDate correctedOn = std::min(latest.lastDay().addDays(4), options.today);
            importReport(supervisorDb, supervisor, clock,
                         sendReport(member.db(), member.identity(), latest, correctedOn, supervisorCard),
                         QStringLiteral("1-%1-korrektur.kimpkg").arg(latest.toString()));
        }
    }
}

} // namespace kim::demo
