// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/BackgroundJob.h"

#include "base/Error.h"
#include "gui/common/Messages.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QSet>
#include <QTimer>

namespace kim::gui {

namespace {
constexpr int QuietDelayMs = 400;

// The jobs whose thread has not been joined yet; touched on the GUI thread only.
QSet<BackgroundJob*>& runningJobs() {
    static QSet<BackgroundJob*> jobs;
    return jobs;
}

std::optional<QString> runCatching(const BackgroundJob::Work& work) {
    try {
        work();
        return std::nullopt;
    } catch (const Error& error) {
        return error.message();
    } catch (const std::exception&) {
        return Messages::unexpectedErrorText();
    }
}
} // namespace

// Not a child of the requesting widget: a cancelled job must still clean up after it is gone.
BackgroundJob::BackgroundJob(QWidget* parent, const QString& label, Mode mode)
    : m_context(parent)
    , m_progress(new QProgressDialog(label, mode == Mode::Cancellable ? tr("Abbrechen") : QString(), 0, 0, parent))
    , m_disablesContext(mode == Mode::Quiet) {
    m_progress->setWindowTitle(tr("Bitte warten"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumWidth(380);
    if (mode != Mode::Quiet) {
        m_progress->show();
        return;
    }
    // A dialog flashing up for a few milliseconds would only startle; show it after a moment.
    m_context->setEnabled(false);
    m_showLater = new QTimer(this);
    m_showLater->setSingleShot(true);
    connect(m_showLater, &QTimer::timeout, m_progress.data(), &QWidget::show);
    m_showLater->start(QuietDelayMs);
}

BackgroundJob::~BackgroundJob() {
    if (m_thread.joinable()) {
        m_thread.join();
    }
    runningJobs().remove(this);
}

void BackgroundJob::runWithProgress(QWidget* parent, const QString& label, Work work, Done done) {
    auto* job = new BackgroundJob(parent, label, Mode::Progress);
    job->start(std::move(work), std::move(done), {});
}

void BackgroundJob::runQuietly(QWidget* parent, const QString& label, Work work, Done done) {
    auto* job = new BackgroundJob(parent, label, Mode::Quiet);
    job->start(std::move(work), std::move(done), {});
}

void BackgroundJob::runCancellable(QWidget* parent, const QString& label, Work work, Done done, Action cancelled,
                                   Action cleanup) {
    auto* job = new BackgroundJob(parent, label, Mode::Cancellable);
    connect(job->m_progress, &QProgressDialog::canceled, job, [job, cancelled = std::move(cancelled)] {
        job->m_cancelled = true;
        job->m_progress->hide();
        job->m_progress->deleteLater();
        if (job->m_context) {
            cancelled();
        }
    });
    job->start(std::move(work), std::move(done), std::move(cleanup));
}

int BackgroundJob::runningCount() {
    return int(runningJobs().size());
}

void BackgroundJob::joinAll() {
    // Deleting a job joins its thread and drops its queued `finish`, so no `done` runs.
    const QSet<BackgroundJob*> jobs = runningJobs();
    for (BackgroundJob* job : jobs) {
        job->closeProgress();
        delete job;
    }
}

void BackgroundJob::start(Work work, Done done, Action cleanup) {
    // Registered with every application object; removing it first keeps it from being listed twice.
    qRemovePostRoutine(&BackgroundJob::joinAll);
    qAddPostRoutine(&BackgroundJob::joinAll);
    m_work = std::move(work);
    m_done = std::move(done);
    m_cleanup = std::move(cleanup);
    runningJobs().insert(this);
    // The worker only calls the work; the job outlives the thread (its destructor joins it).
    m_thread = std::thread([this] {
        m_error = runCatching(m_work);
        QMetaObject::invokeMethod(this, &BackgroundJob::finish, Qt::QueuedConnection);
    });
}

void BackgroundJob::closeProgress() {
    if (m_showLater) {
        m_showLater->stop();
    }
    if (m_progress) {
        m_progress->disconnect(this); // closing a progress dialog emits canceled()
        m_progress->close();
        m_progress->deleteLater();
    }
    if (m_disablesContext && m_context) {
        m_context->setEnabled(true);
    }
}

void BackgroundJob::finish() {
    m_thread.join();
    runningJobs().remove(this);
    closeProgress();
    deleteLater();
    if (m_cancelled) {
        if (m_cleanup) {
            m_cleanup();
        }
    } else if (m_context) {
        m_done(m_error);
    }
    m_work = nullptr; // what the work captured is released here, on the GUI thread
}

} // namespace kim::gui
