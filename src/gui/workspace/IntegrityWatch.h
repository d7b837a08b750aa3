// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace kim::storage {
class Database;
class Vault;
} // namespace kim::storage

namespace kim::gui {

// Checks every page of the open workspace once after unlock (its HMAC, then SQLite's
// structure), on a second connection and a thread of its own, so that unlocking a large vault
// stays fast and the GUI never waits for it. Pages are authenticated whenever they are read
// anyway; this finds damage in pages nobody has read yet. Destroying the watch (before the
// workspace locks) stops the check and waits for its thread.
class IntegrityWatch final : public QObject {
    Q_OBJECT

public:
    enum class Outcome { Intact, Damaged, NotFinished };

    explicit IntegrityWatch(storage::Vault& vault, QObject* parent = nullptr);
    ~IntegrityWatch() override;

Q_SIGNALS:
    // On the GUI thread, once. NotFinished: the check met something other than damage (the
    // disk busy or unreadable), which says nothing about the pages.
    void finished(kim::gui::IntegrityWatch::Outcome outcome);

private:
    void check();

    std::unique_ptr<storage::Database> m_connection;
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace kim::gui
