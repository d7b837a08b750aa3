// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

#include <memory>

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}
namespace kim::exchange {
class Identity;
}

namespace kim::gui {

class Session;

// What every export wizard shares (the problem report, the caseload report): the session its
// pages read, the German button texts, and that it cannot be closed while a page's background
// work runs — closing would give the main window back while the worker still uses the database.
class PackageExportWizard : public QWizard {
    Q_OBJECT

public:
    // A page's background work holds the shared session, so the database stays open while it
    // runs even if the workspace is locked meanwhile.
    PackageExportWizard(std::shared_ptr<Session> session, const QString& title, const QString& commitText,
                        QWidget* parent);

    const std::shared_ptr<Session>& session() const { return m_session; }
    storage::Database& database() const;
    exchange::Identity& identity() const;
    const kim::Clock& clock() const;

    void setBusy(bool busy) { m_busy = busy; }
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    std::shared_ptr<Session> m_session;
    bool m_busy = false;
};

} // namespace kim::gui
