// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreFixture.h"

#include "core/InstitutionRepository.h"
#include "core/ProblemFlagRepository.h"
#include "core/ProblemTables.h"
#include "core/ProblemTaxonomy.h"

namespace kim::test {

// CoreFixture plus the structural-problem repositories, with helpers that open and close
// cases and record flags on chosen days.
struct ProblemFixture : CoreFixture {
    // A client with consent and a case opened on `openedOn`.
    core::Case openCase(const QString& lastName, const QDate& openedOn,
                        core::Municipality municipality = core::Municipality::Guetersloh,
                        core::TargetGroup group = core::TargetGroup::Immigrants) {
        const QDate today = clock.today();
        clock.setToday(openedOn);
        const core::Client client = addClient(lastName, QStringLiteral("Test"), municipality, group);
        addConsent(client.id);
        const core::Case opened = cases.open(client.id);
        clock.setToday(today);
        return opened;
    }

    // A further case for an existing client (the earlier one must be closed).
    core::Case reopenFor(int64_t clientId, const QDate& openedOn) {
        const QDate today = clock.today();
        clock.setToday(openedOn);
        const core::Case opened = cases.open(clientId);
        clock.setToday(today);
        return opened;
    }

    void closeCase(int64_t caseId, const QDate& on) {
        const QDate today = clock.today();
        clock.setToday(on);
        cases.changePhase(caseId, core::Phase::Closing, QStringLiteral("erledigt"));
        clock.setToday(today);
    }

    core::ProblemFlag flag(int64_t caseId, const QString& code, const QDate& since, const QDate& resolvedOn = {},
                           std::optional<int64_t> institution = std::nullopt) {
        core::ProblemFlag f;
        f.caseId = caseId;
        f.problemCode = code;
        f.since = since;
        f.resolvedOn = resolvedOn;
        f.institutionId = institution;
        flags.save(f);
        return f;
    }

    void joinFamily(int64_t clientId, int64_t headId) {
        core::Client member = clients.load(clientId);
        member.familyId = headId;
        clients.save(member);
    }

    uint64_t recordKey(int64_t caseId) {
        auto st = db().prepare(QStringLiteral("SELECT record_key FROM cases WHERE id = ?1"));
        st.bind(1, caseId);
        REQUIRE(st.step());
        REQUIRE_FALSE(st.isNull(0));
        return static_cast<uint64_t>(st.int64(0));
    }

    int64_t institutionOfType(core::InstitutionType type) {
        for (const core::Institution& i : institutions.all()) {
            if (i.type == type) {
                return i.id;
            }
        }
        FAIL("no institution of the type");
        return 0;
    }

    core::ProblemTaxonomyRepository taxonomy{db()};
    core::ProblemFlagRepository flags{db(), clock};
    core::InstitutionRepository institutions{db()};
};

} // namespace kim::test
