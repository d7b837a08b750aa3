// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DemoKreis.h"

#include "cli/CliCommands.h"
#include "cli/PasswordPrompt.h"

#include "base/Clock.h"
#include "core/Quarter.h"
#include "core/ReportingPeriod.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoSupervision.h"
#include "base/Error.h"
#include "exchange/ContactBook.h"
#include "exchange/ContactCard.h"
#include "exchange/IdentityStore.h"
#include "reporting/ProblemReportExport.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cstdio>
#include <limits>

namespace kim::cli {

namespace {

using core::Municipality;

// Areas that case managers are assigned to, with roughly their inhabitants in thousands. The
// two pairs of small neighbours match the default publication regions (RegionScheme).
struct Area {
    QList<Municipality> municipalities;
    int inhabitants = 0;
};

const QList<Area>& areas() {
    static const QList<Area> list = {
        {{Municipality::Guetersloh}, 100},
        {{Municipality::RhedaWiedenbrueck}, 50},
        {{Municipality::Rietberg}, 30},
        {{Municipality::SchlossHolteStukenbrock}, 27},
        {{Municipality::Verl}, 26},
        {{Municipality::Harsewinkel}, 25},
        {{Municipality::HerzebrockClarholz, Municipality::Langenberg}, 25},
        {{Municipality::Halle}, 22},
        {{Municipality::Versmold}, 22},
        {{Municipality::Steinhagen}, 21},
        {{Municipality::Borgholzhausen, Municipality::Werther}, 20},
    };
    return list;
}

// Employers of KIM case management in the Kreis (DOMAIN.md); the demo cycles through them.
const char* const Organisations[] = {
    "Stadt", "AWO", "Caritas", "Diakonie", "DRK", "SkFM", "INTAL gGmbH",
};

crypto::KdfParams demoKdf() {
    crypto::KdfParams params;
    params.memoryKiB = crypto::KdfParams::MinimumMemoryKiB;
    params.iterations = crypto::KdfParams::MinimumIterations;
    return params;
}

void progress(const QString& text) {
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

void writeFile(const QString& path, const QByteArray& data) {
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    // Packages and cards travel, but on this machine only their owner reads them.
    if (!written || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        throw Error(ErrorCode::NotWritable,
                    QCoreApplication::translate("kim-cli", "Die Datei %1 konnte nicht geschrieben werden.").arg(path));
    }
}

QString names(const QList<Municipality>& municipalities) {
    QStringList labels;
    for (const Municipality municipality : municipalities) {
        labels << core::label(municipality);
    }
    return labels.join(QStringLiteral(" und "));
}

} // namespace

DemoKreis::DemoKreis(DemoKreisOptions options)
    : m_options(std::move(options))
    , m_clock(m_options.today) {}

DemoKreis::~DemoKreis() = default;

int DemoKreis::command(const CliOptions& options) {
    DemoKreisOptions demo;
    demo.outDir = options.outPath;
    demo.caseManagers = options.caseManagers;
    demo.quarters = options.quarters;
    demo.clientsPerManager = options.clientsPerManager;
    demo.today = kim::SystemClock().today();
    const auto invalid = [](const QString& text) {
        return Error(ErrorCode::InvalidInput, text);
    };
    if (demo.outDir.isEmpty()) {
        throw invalid(QCoreApplication::translate("kim-cli", "demo-kreis braucht --out mit einem neuen Ordner."));
    }
    if (demo.caseManagers < 1 || demo.caseManagers > 500 || demo.quarters < 1 || demo.quarters > 40 ||
        demo.clientsPerManager < 1 || demo.clientsPerManager > 100000) {
        throw invalid(QCoreApplication::translate(
            "kim-cli", "Bitte 1 bis 500 Fallmanager*innen, 1 bis 40 Quartale und 1 bis 100000 Klient*innen angeben."));
    }
    demo.password = PasswordPrompt::read(
        QCoreApplication::translate("kim-cli", "Passwort für alle Demo-Arbeitsmappen: "), options.passwordStdin);
    if (demo.password.isEmpty()) {
        throw invalid(QCoreApplication::translate("kim-cli", "Das Passwort darf nicht leer sein."));
    }
    DemoKreis(demo).run();
    return 0;
}

QList<QList<Municipality>> DemoKreis::assignMunicipalities(int caseManagers) {
    // Each next case manager goes to the area with the most inhabitants per case manager
    // (an area without one first; ties to the larger area).
    const QList<Area>& list = areas();
    QList<int> seats(list.size(), 0);
    for (int n = 0; n < caseManagers; ++n) {
        qsizetype best = 0;
        double bestPriority = -1;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const double priority = seats[i] == 0 ? std::numeric_limits<double>::max() - list[i].inhabitants
                                                  : double(list[i].inhabitants) / seats[i];
            if (priority > bestPriority) {
                best = i;
                bestPriority = priority;
            }
        }
        ++seats[best];
    }
    QList<QList<Municipality>> result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        for (int seat = 0; seat < seats[i]; ++seat) {
            result.append(list[i].municipalities);
        }
    }
    return result;
}

QString DemoKreis::path(const QString& relative) const {
    return QDir(m_options.outDir).filePath(relative);
}

void DemoKreis::run() {
    const QDir out(m_options.outDir);
    if (out.exists() && !out.isEmpty()) {
        throw Error(ErrorCode::FileExists,
                    QCoreApplication::translate("kim-cli", "Der Ordner %1 ist nicht leer. Bitte einen neuen Ordner "
                                                           "angeben.")
                        .arg(m_options.outDir));
    }
    for (const char* folder : {"fallmanagement", "karten", "pakete"}) {
        if (!out.mkpath(QString::fromLatin1(folder))) {
            throw Error(ErrorCode::NotWritable,
                        QCoreApplication::translate("kim-cli", "Der Ordner %1 kann nicht angelegt werden.")
                            .arg(m_options.outDir));
        }
    }
    createOffice();
    createSupervisor();
    const QList<QList<Municipality>> assignment = assignMunicipalities(m_options.caseManagers);
    for (int i = 0; i < assignment.size(); ++i) {
        createCaseManager(i + 1, assignment[i]);
    }
    m_office.reset();
    m_supervisor.reset();
    progress(QCoreApplication::translate("kim-cli", "Fertig: %1 Arbeitsmappen und %2 Pakete in %3.")
                 .arg(assignment.size() + 2)
                 .arg(m_packages)
                 .arg(QDir::toNativeSeparators(m_options.outDir)));
}

void DemoKreis::createOffice() {
    m_office = storage::Vault::create(path(QStringLiteral("koordinierende-stelle.kimvault")), m_options.password,
                                      storage::WorkspaceKind::CoordinatingOffice, demoKdf(), m_clock);
    auto& db = m_office->database();
    exchange::IdentityStore::ensure(db, m_clock);
    exchange::IdentityStore::setProfile(db, QStringLiteral("Koordinierende Stelle KIM (Demo)"),
                                        QStringLiteral("Koordinierende Stelle"), QStringLiteral("Kreis Gütersloh"));
    m_officeCard = std::make_unique<exchange::ContactCard>(exchange::IdentityStore::ensure(db, m_clock).contactCard());
    writeFile(path(QStringLiteral("karten/koordinierende-stelle.kimcard")), m_officeCard->fileText());
    progress(QCoreApplication::translate("kim-cli", "Koordinierende Stelle angelegt, Fingerabdruck %1")
                 .arg(m_officeCard->fingerprint()));
}

void DemoKreis::createSupervisor() {
    m_supervisor = storage::Vault::create(path(QStringLiteral("fachaufsicht.kimvault")), m_options.password,
                                          storage::WorkspaceKind::Supervisor, demoKdf(), m_clock);
    auto& db = m_supervisor->database();
    exchange::IdentityStore::ensure(db, m_clock);
    exchange::IdentityStore::setProfile(db, QStringLiteral("Fachaufsicht KIM (Demo)"), QStringLiteral("Fachaufsicht"),
                                        QStringLiteral("Kreis Gütersloh"));
    m_supervisorCard =
        std::make_unique<exchange::ContactCard>(exchange::IdentityStore::ensure(db, m_clock).contactCard());
    writeFile(path(QStringLiteral("karten/fachaufsicht.kimcard")), m_supervisorCard->fileText());
    progress(QCoreApplication::translate("kim-cli", "Fachaufsicht angelegt, Fingerabdruck %1")
                 .arg(m_supervisorCard->fingerprint()));
}

void DemoKreis::createCaseManager(int number, const QList<Municipality>& municipalities) {
    const QString tag = QStringLiteral("cm%1-%2")
                            .arg(number, 2, 10, QLatin1Char('0'))
                            .arg(core::codePrefix(municipalities.constFirst()).toLower());
    auto vault = storage::Vault::create(path(QStringLiteral("fallmanagement/%1.kimvault").arg(tag)), m_options.password,
                                        storage::WorkspaceKind::CaseManager, demoKdf(), m_clock);
    auto& db = vault->database();
    demo::DemoOptions data;
    data.clients = m_options.clientsPerManager;
    data.seed = m_options.seed + static_cast<uint32_t>(number);
    data.today = m_options.today;
    data.municipalities = municipalities;
    demo::generateDemoData(db, data);

    const QString organisation = QString::fromUtf8(Organisations[(number - 1) % std::size(Organisations)]);
    exchange::IdentityStore::ensure(db, m_clock);
    exchange::IdentityStore::setProfile(
        db,
        QStringLiteral("Demo-Case-Management %1 (%2)").arg(number, 2, 10, QLatin1Char('0')).arg(names(municipalities)),
        QStringLiteral("KIM-Case-Management"),
        organisation == QLatin1String("Stadt")
            ? QStringLiteral("Stadt %1").arg(core::label(municipalities.constFirst()))
            : organisation);
    const exchange::Identity identity = exchange::IdentityStore::ensure(db, m_clock);
    // Both directions, as after comparing fingerprints on the phone.
    exchange::ContactBook(db, m_clock).trust(*m_officeCard);
    exchange::ContactBook(m_office->database(), m_clock).trust(identity.contactCard());
    exchange::ContactBook(db, m_clock).trust(*m_supervisorCard);
    exchange::ContactBook(m_supervisor->database(), m_clock).trust(identity.contactCard());
    writeFile(path(QStringLiteral("karten/%1.kimcard").arg(tag)), identity.contactCard().fileText());

    reporting::ProblemReportExport exporter(db, identity, m_clock);
    core::Quarter quarter = core::Quarter::containing(m_options.today);
    for (int i = 0; i < m_options.quarters; ++i) {
        quarter = quarter.previous();
        const reporting::ProblemReport report = exporter.prepare(quarter);
        const std::vector<uint8_t> package = exporter.write(report, *m_officeCard);
        writeFile(path(QStringLiteral("pakete/%1-%2.kimpkg").arg(tag, quarter.toString())),
                  QByteArray(reinterpret_cast<const char*>(package.data()), static_cast<qsizetype>(package.size())));
        ++m_packages;
    }
    const auto last =
        core::ReportingPeriod::containing(m_options.today, core::ReportingPeriod::Length::Month).previous();
    auto first = last;
    for (int i = 1; i < m_options.months; ++i) {
        first = first.previous();
    }
    demo::sendMonthlyCaseloadReports(db, m_supervisor->database(), first, last, m_options.today, number);
    progress(QCoreApplication::translate(
                 "kim-cli", "Fallmanagement %1 (%2): %3 Klient*innen, %4 Problembericht(e), %5 Fallzahlenbericht(e)")
                 .arg(number)
                 .arg(names(municipalities))
                 .arg(m_options.clientsPerManager)
                 .arg(m_options.quarters)
                 .arg(m_options.months));
}

} // namespace kim::cli
