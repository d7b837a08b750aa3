// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeTestWorld.h"

#include "exchange/ContactBook.h"
#include "exchange/IdentityStore.h"
#include "exchange/PackageWriter.h"
#include "reporting/ProblemReport.h"
#include "support/TestVault.h"

#include <QFile>

#include <random>

namespace kim::test {

namespace {
using Cells = std::map<QStringList, core::ProblemCell>;

void add(Cells& cells, const QStringList& key, uint64_t recordKey) {
    core::ProblemCell& cell = cells[key];
    cell.key = key;
    ++cell.count;
    cell.keySum += recordKey;
}

core::ProblemTable tableOf(const QPair<QString, QStringList>& programme, const Cells& cells) {
    core::ProblemTable table{programme.first, programme.second, {}};
    for (const auto& entry : cells) {
        table.cells.push_back(entry.second);
    }
    return table;
}

const QStringList Codes{QStringLiteral("ARB-01"), QStringLiteral("ARB-03"), QStringLiteral("INS-07"),
                        QStringLiteral("INS-02"), QStringLiteral("BIL-03"), QStringLiteral("WOH-01"),
                        QStringLiteral("GES-01"), QStringLiteral("TEI-02")};
} // namespace

OfficeTestWorkspace::OfficeTestWorkspace(const QString& name, storage::WorkspaceKind kind)
    : vault(storage::Vault::create(dir.filePath(QStringLiteral("test.kimvault")), QStringLiteral("Passwort"), kind,
                                   fastKdf(), kim::test::wallClock())) {
    exchange::IdentityStore::ensure(db(), kim::test::wallClock());
    exchange::IdentityStore::setProfile(db(), name,
                                        kind == storage::WorkspaceKind::CoordinatingOffice
                                            ? QStringLiteral("Koordinierende Stelle")
                                            : QStringLiteral("KIM-Case-Management"),
                                        QStringLiteral("Kreis Gütersloh"));
    identity = std::make_unique<exchange::Identity>(*exchange::IdentityStore::load(db()));
}

core::ProblemTableSet tablesOf(const std::vector<OfficeTestUnit>& units, const core::Quarter& quarter) {
    Cells problems, municipalities, targetGroups, institutions;
    for (const OfficeTestUnit& unit : units) {
        for (const auto& [field, codes] : unit.codes) {
            add(problems, {field, codes.join(QLatin1Char('+'))}, unit.recordKey);
            add(municipalities, {field, QString::number(unit.municipality)}, unit.recordKey);
            add(targetGroups, {field, QString::number(unit.targetGroup)}, unit.recordKey);
            add(institutions, {field, QString::number(unit.institutionType)}, unit.recordKey);
        }
    }
    core::ProblemTableSet set;
    set.taxonomyVersion = 1;
    set.period = quarter;
    const auto programme = core::ProblemTableProgramme::tables();
    set.tables = {tableOf(programme[0], problems), tableOf(programme[1], municipalities),
                  tableOf(programme[2], targetGroups), tableOf(programme[3], institutions)};
    return set;
}

std::vector<OfficeTestUnit> unitsFor(uint64_t seed, int count, const QList<int>& municipalities) {
    std::mt19937_64 random(seed);
    std::vector<OfficeTestUnit> units;
    for (int i = 0; i < count; ++i) {
        OfficeTestUnit unit;
        unit.recordKey = random();
        unit.municipality = municipalities[int(random() % municipalities.size())];
        unit.targetGroup = int(random() % 4) + 1;
        unit.institutionType = int(random() % 4);
        // The first codes are common, the last ones rare: some fall under the "sonstige" threshold.
        QStringList chosen;
        for (int c = 0; c < Codes.size(); ++c) {
            if (random() % unsigned(2 + c * 2) == 0) {
                chosen << Codes[c];
            }
        }
        if (chosen.isEmpty()) {
            chosen << Codes.first();
        }
        chosen.sort();
        for (const QString& code : chosen) {
            unit.codes[code.left(3)] << code;
        }
        units.push_back(unit);
    }
    return units;
}

OfficeTestWorld::OfficeTestWorld()
    : office(QStringLiteral("Koordinierende Stelle KIM"), storage::WorkspaceKind::CoordinatingOffice)
    , stranger(QStringLiteral("Unbekannte Person"), storage::WorkspaceKind::CaseManager) {
    for (const QString& name :
         {QStringLiteral("Amal Haddad"), QStringLiteral("Jonas Becker"), QStringLiteral("Sevgi Yılmaz")}) {
        auto workspace = std::make_unique<OfficeTestWorkspace>(name, storage::WorkspaceKind::CaseManager);
        exchange::ContactBook(office.db(), kim::test::wallClock()).trust(workspace->identity->contactCard());
        exchange::ContactBook(workspace->db(), kim::test::wallClock()).trust(office.identity->contactCard());
        caseManagers.push_back(std::move(workspace));
    }
    exchange::ContactBook(stranger.db(), kim::test::wallClock()).trust(office.identity->contactCard());
}

QByteArray OfficeTestWorld::report(OfficeTestWorkspace& from, const core::Quarter& quarter,
                                   const std::vector<OfficeTestUnit>& units, const QDateTime& created,
                                   const QList<core::ProblemProposal>& proposals) {
    reporting::ProblemReport report;
    report.tables = tablesOf(units, quarter);
    report.proposals = proposals;
    const std::vector<uint8_t> bytes = exchange::PackageWriter(from.db(), *from.identity)
                                           .write(reporting::ProblemReport::Kind, quarter.toString(), report.toJson(),
                                                  {office.identity->contactCard()}, created);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace kim::test
