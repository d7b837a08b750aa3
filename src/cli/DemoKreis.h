// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "core/Catalog.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>

namespace kim::storage {
class Vault;
}
namespace kim::exchange {
class ContactCard;
}

namespace kim::cli {

struct CliOptions;

struct DemoKreisOptions {
    QString outDir;
    QString password;
    int caseManagers = 30;
    int quarters = 4; // completed quarters before `today`, newest last
    int months = 12;  // completed months with a caseload report to the supervisor
    int clientsPerManager = 150;
    QDate today; // the demo's history ends here
    uint32_t seed = 2026;
};

// kim-cli demo-kreis: a whole Kreis for trying out the structural-problem path and supervision.
// One coordinating-office vault, one supervisor (Fachaufsicht) vault and one vault per case manager, each case manager
// working in one or two of the 13 municipalities (apportioned by population), filled with invented demo clients and
// structural-problem flags; contact cards exchanged and trusted both ways; every case manager's problem report for each
// of the last quarters written as a package into <out>/pakete/ for the office to import; every case manager's monthly
// caseload report of the last months sent to the supervisor and already imported there. Every vault gets the same
// password and the minimum key-derivation cost, like the demo workspace.
class DemoKreis final {
public:
    explicit DemoKreis(DemoKreisOptions options);
    ~DemoKreis();

    // The command: reads the password (stdin or terminal) and runs. Exit code.
    static int command(const CliOptions& options);
    // Which municipalities each case manager works in, for `caseManagers` case managers.
    // Small neighbours share case managers (Borgholzhausen with Werther, Herzebrock-Clarholz
    // with Langenberg); every further case manager goes where the most inhabitants per case
    // manager are. From eleven case managers on every municipality is covered.
    static QList<QList<core::Municipality>> assignMunicipalities(int caseManagers);

    // Throws kim::Error; a failure leaves what was written so far (the folder must be new).
    void run();

private:
    void createOffice();
    void createSupervisor();
    void createCaseManager(int number, const QList<core::Municipality>& municipalities);
    QString path(const QString& relative) const;

    DemoKreisOptions m_options;
    kim::FixedClock m_clock;                  // the demo's "today": every stored time of the run is that day
    std::unique_ptr<storage::Vault> m_office; // open for the whole run: it trusts every card
    std::unique_ptr<exchange::ContactCard> m_officeCard;
    std::unique_ptr<storage::Vault> m_supervisor; // open for the whole run: it imports every caseload report
    std::unique_ptr<exchange::ContactCard> m_supervisorCard;
    int m_packages = 0;
};

} // namespace kim::cli
