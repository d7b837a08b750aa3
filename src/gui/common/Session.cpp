// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/Session.h"

#include "base/Clock.h"
#include "core/ReferralRepository.h"
#include "exchange/Identity.h"
#include "exchange/IdentityStore.h"
#include "storage/Vault.h"

#include <QFileInfo>

namespace kim::gui {

Session::Session(std::unique_ptr<storage::Vault> vault, std::unique_ptr<kim::Clock> clock)
    : m_vault(std::move(vault))
    , m_clock(std::move(clock))
    , m_clients(m_vault->database(), *m_clock)
    , m_consents(m_vault->database(), *m_clock)
    , m_cases(m_vault->database(), *m_clock)
    , m_consultations(m_vault->database(), *m_clock)
    , m_followUps(m_vault->database(), *m_clock) {
    // Every workspace kind exchanges packages, so each has its identity (created once, kept in the
    // vault); in a case manager's workspace, referrals whose answer is overdue become follow-ups
    // before the due list is shown.
    m_identity = std::make_unique<exchange::Identity>(exchange::IdentityStore::ensure(m_vault->database(), *m_clock));
    if (isCaseManager()) {
        core::ReferralRepository(m_vault->database(), *m_clock).raiseOverdueFollowUps();
    }
}

// Repositories go first (reverse member order), then the clock, then the vault: lock.
Session::~Session() = default;

storage::WorkspaceKind Session::kind() const {
    return m_vault->kind();
}

bool Session::isCaseManager() const {
    return m_vault->kind() == storage::WorkspaceKind::CaseManager;
}

QDate Session::today() const {
    return m_clock->today();
}

QString Session::path() const {
    return m_vault->path();
}

QString Session::displayName() const {
    return QFileInfo(m_vault->path()).completeBaseName();
}

} // namespace kim::gui
