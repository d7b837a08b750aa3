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
    m_thread = std::thread([this] { check(); });
}

IntegrityWatch::~IntegrityWatch() {
    m_stopping = true;
    m_connection->interrupt();
    m_thread.join();
}

void IntegrityWatch::check() {
    bool intact = true;
    QString message;
    try {
        m_connection->verifyIntegrity();
    } catch (const Error& error) {
        intact = false;
        message = error.message();
    }
    if (m_stopping) {
        return; // interrupted by locking: no verdict
    }
    // Queued to this object: delivered on the GUI thread, or dropped if it is destroyed first.
    QMetaObject::invokeMethod(
        this, [this, intact, message] { Q_EMIT finished(intact, message); }, Qt::QueuedConnection);
}

} // namespace kim::gui
