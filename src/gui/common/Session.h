// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CaseRepository.h"
#include "core/ClientRepository.h"
#include "core/ConsentRepository.h"
#include "core/ConsultationRepository.h"
#include "core/FollowUpRepository.h"

#include <QString>

#include <memory>

namespace kim::storage {
class Vault;
enum class WorkspaceKind;
} // namespace kim::storage
namespace kim {
class Clock;
}
namespace kim::exchange {
class Identity;
}

namespace kim::gui {

// One unlocked workspace: the open vault, the clock, the exchange identity and the repositories
// over it. The GUI holds exactly one while unlocked; locking means destroying it (after every
// model and widget that refers to it), which closes the database and wipes the keys.
// Construction throws kim::Error when the workspace cannot be prepared (e.g. disk full).
class Session final {
public:
    Session(std::unique_ptr<storage::Vault> vault, std::unique_ptr<kim::Clock> clock);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    storage::Vault& vault() { return *m_vault; }
    storage::WorkspaceKind kind() const;
    bool isCaseManager() const;
    const kim::Clock& clock() const { return *m_clock; }
    // The workspace's own keys and contact-card profile; every kind has one.
    exchange::Identity& identity() { return *m_identity; }
    QDate today() const;
    QString path() const;
    // The file name without folder and suffix, for title and status bar.
    QString displayName() const;

    core::ClientRepository& clients() { return m_clients; }
    core::ConsentRepository& consents() { return m_consents; }
    core::CaseRepository& cases() { return m_cases; }
    core::ConsultationRepository& consultations() { return m_consultations; }
    core::FollowUpRepository& followUps() { return m_followUps; }

private:
    std::unique_ptr<storage::Vault> m_vault;
    std::unique_ptr<kim::Clock> m_clock;
    std::unique_ptr<exchange::Identity> m_identity;
    core::ClientRepository m_clients;
    core::ConsentRepository m_consents;
    core::CaseRepository m_cases;
    core::ConsultationRepository m_consultations;
    core::FollowUpRepository m_followUps;
};

} // namespace kim::gui
