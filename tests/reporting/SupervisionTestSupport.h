// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProblemTestSupport.h"
#include "core/CaseloadFixture.h"

#include "exchange/ContactBook.h"
#include "exchange/IdentityStore.h"
#include "reporting/CaseloadReportExport.h"
#include "reporting/SupervisorInbox.h"
#include "reporting/SupervisorReports.h"

namespace kim::test {

// A case manager's vault with its exchange identity and a hand-built case file.
struct CaseManagerDesk : CaseloadFixture {
    explicit CaseManagerDesk(const QString& name) {
        exchange::IdentityStore::setProfile(db(), name, QStringLiteral("Fallmanagement"), QStringLiteral("Kreis"));
        identity = *exchange::IdentityStore::load(db());
    }
    reporting::CaseloadReportExport exporter() { return reporting::CaseloadReportExport(db(), identity, clock); }
    // Prepares and sends the period's report on `day` to the recipients.
    std::vector<uint8_t> send(const core::ReportingPeriod& period, const QDate& day,
                              const QList<exchange::ContactCard>& to) {
        clock.setToday(day);
        auto exporter = this->exporter();
        return exporter.write(exporter.prepare(period), to);
    }

    exchange::Identity identity = exchange::IdentityStore::ensure(db(), kim::test::wallClock());
};

// A supervisor and two case managers who trust each other.
struct SupervisionScenario {
    SupervisionScenario() {
        for (CaseManagerDesk* desk : {&amal, &ben}) {
            exchange::ContactBook(desk->db(), kim::test::wallClock()).trust(supervisor.identity.contactCard());
            exchange::ContactBook(supervisor.db(), kim::test::wallClock()).trust(desk->identity.contactCard());
        }
    }
    reporting::ImportOutcome import(std::span<const uint8_t> bytes,
                                    const QString& source = QStringLiteral("bericht.kimpkg")) {
        return inbox.importPackage(bytes, source);
    }
    QList<exchange::ContactCard> toSupervisor() const { return {supervisor.identity.contactCard()}; }

    // What the supervisor's vault holds; a rejected package must leave all of it unchanged.
    struct State {
        int reports = 0;
        int figures = 0;
        int alerts = 0;
        int log = 0;
        int superseded = 0;
        bool operator==(const State&) const = default;
    };
    State state() {
        auto superseded =
            supervisor.db().prepare(QStringLiteral("SELECT COUNT(*) FROM supervisor_reports WHERE superseded_by IS "
                                                   "NOT NULL"));
        superseded.step();
        return State{rowCount(supervisor.db(), QStringLiteral("supervisor_reports")),
                     rowCount(supervisor.db(), QStringLiteral("supervisor_figures")),
                     rowCount(supervisor.db(), QStringLiteral("supervisor_alerts")),
                     rowCount(supervisor.db(), QStringLiteral("package_log")), superseded.integer(0)};
    }

    kim::FixedClock supervisorClock{QDate(2026, 12, 10)};
    Workspace supervisor{QStringLiteral("Teamleitung")};
    CaseManagerDesk amal{QStringLiteral("Amal Haddad")};
    CaseManagerDesk ben{QStringLiteral("Ben Keller")};
    reporting::SupervisorInbox inbox{supervisor.db(), supervisor.identity, supervisorClock};
    reporting::SupervisorReports reports{supervisor.db()};
};

} // namespace kim::test
