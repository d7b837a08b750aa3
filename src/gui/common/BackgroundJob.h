// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <thread>

class QProgressDialog;
class QTimer;
class QWidget;

namespace kim::gui {

// Runs slow work (key derivation, demo data) on a thread of its own while the GUI stays responsive,
// with a busy progress dialog over the requesting widget. The work reports failure by throwing
// kim::Error; `done` runs on the GUI thread with the translated message, or nullopt on success,
// and only while the requesting widget still exists. The work must therefore own (or share)
// everything it touches. The job deletes itself when the work has ended.
//
// The thread is joined on the GUI thread before `done` runs, and the work (with everything it
// captured) is destroyed there too, so nothing the work owned is ever released on another
// thread. When the application object goes away, every job still running is joined first: no
// worker outlives the application into static destruction.
class BackgroundJob final : public QObject {
    Q_OBJECT

public:
    using Work = std::function<void()>;
    using Done = std::function<void(const std::optional<QString>& error)>;
    using Action = std::function<void()>;

    static void runWithProgress(QWidget* parent, const QString& label, Work work, Done done);
    // Adds "Abbrechen": the GUI goes on at once with `cancelled`. Work already running cannot be
    // interrupted, so when it ends `cleanup` runs instead of `done` (e.g. to remove what it made).
    static void runCancellable(QWidget* parent, const QString& label, Work work, Done done, Action cancelled,
                               Action cleanup);
    // For work that is usually instant but may take seconds in a very large vault (e.g. the
    // export preview): `parent` is disabled while it runs, so nothing else on it touches what the
    // work uses, and the progress dialog appears only if the work takes longer than a moment.
    static void runQuietly(QWidget* parent, const QString& label, Work work, Done done);

    // How many jobs have started and not yet been joined (GUI thread only).
    static int runningCount();
    // Joins every running job without calling its `done`; runs by itself when the application
    // object is destroyed.
    static void joinAll();

    ~BackgroundJob() override;

private:
    enum class Mode { Progress, Cancellable, Quiet };

    BackgroundJob(QWidget* parent, const QString& label, Mode mode);
    void start(Work work, Done done, Action cleanup);
    void finish();
    void closeProgress();

    QPointer<QWidget> m_context;
    QPointer<QProgressDialog> m_progress;
    bool m_cancelled = false;
    bool m_disablesContext = false;
    QTimer* m_showLater = nullptr;
    Work m_work;
    Done m_done;
    Action m_cleanup;
    std::optional<QString> m_error; // written by the worker, read after the join
    std::thread m_thread;
};

} // namespace kim::gui
