// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/IntegrityWatch.h"

#include "base/Error.h"
#include "storage/Database.h"
#include "storage/Vault.h"

#include <QMetaObject>

namespace kim::gui {

IntegrityWatch::IntegrityWatch(storage::Vault& vault, QObject* parent)
    : QObject(parent)
    , m_connection(vault.openSecondConnection()) {
    // A small cache: the check reads every page once, and the GUI's connection has the big one.
    m_connection->exec(QStringLiteral("PRAGMA cache_size = -2048; PRAGMA busy_timeout = 5000"));
    m_thread = std::thread([this] { check(); });
}

IntegrityWatch::~IntegrityWatch() {
    m_stopping = true; // polled by the check every few hundred pages and SQL steps
    m_thread.join();
}

void IntegrityWatch::check() {
    Outcome outcome = Outcome::Intact;
    try {
        m_connection->verifyIntegrity(&m_stopping);
    } catch (const Error& error) {
        outcome = error.code() == ErrorCode::DamagedDatabase ? Outcome::Damaged : Outcome::NotFinished;
    }
    if (m_stopping) {
        return; // stopped by locking: no verdict
    }
    // Queued to this object: delivered on the GUI thread, or dropped if it is destroyed first.
    QMetaObject::invokeMethod(
        this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}

} // namespace kim::gui
