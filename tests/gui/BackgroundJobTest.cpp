// SPDX-License-Identifier: GPL-3.0-or-later
// BackgroundJob: where the work runs, where what it captured is released, and that no worker
// thread outlives its job. A worker still alive while the process exits once turned heap
// damage into a hung test run; these checks fail for a thread pool whose threads linger.

#include "gui/common/BackgroundJob.h"
#include "gui/common/Messages.h"

#include <QDir>
#include <QTest>
#include <QWidget>

#include <atomic>
#include <memory>
#include <thread>

using kim::gui::BackgroundJob;

namespace {

// Threads of this process, as the kernel counts them.
int threadCount() {
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// Records on which thread the last owner let go.
struct ReleaseProbe {
    std::thread::id* releasedOn;
    ~ReleaseProbe() { *releasedOn = std::this_thread::get_id(); }
};

} // namespace

class BackgroundJobTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { kim::gui::Messages::setTestMode(true); }

    void workRunsOffTheGuiThreadAndIsReleasedOnIt() {
        QWidget owner;
        const int before = threadCount();
        std::thread::id workedOn;
        std::thread::id releasedOn;
        bool done = false;
        int threadsWhenDone = -1;
        auto probe = std::make_shared<ReleaseProbe>(ReleaseProbe{&releasedOn});
        BackgroundJob::runQuietly(
            &owner, QStringLiteral("…"),
            [probe, &workedOn] {
                workedOn = std::this_thread::get_id();
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            },
            [&](const std::optional<QString>& error) {
                QVERIFY(!error);
                done = true;
                threadsWhenDone = threadCount();
            });
        probe.reset();
        QVERIFY(!owner.isEnabled()); // quiet jobs disable what they work for
        QTRY_VERIFY(done);
        QVERIFY(owner.isEnabled());
        QVERIFY(workedOn != std::this_thread::get_id());
        QCOMPARE(threadsWhenDone, before); // the worker has ended before `done` runs
        QCOMPARE(releasedOn, std::this_thread::get_id());
        QCOMPARE(BackgroundJob::runningCount(), 0);
    }

    void anErrorArrivesAsItsMessage() {
        QWidget owner;
        std::optional<QString> received;
        bool done = false;
        BackgroundJob::runWithProgress(
            &owner, QStringLiteral("…"), [] { throw std::runtime_error("not for users"); },
            [&](const std::optional<QString>& error) {
                received = error;
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY(received.has_value());
        QVERIFY(!received->contains(QStringLiteral("not for users")));
    }

    void doneDoesNotRunWhenItsWidgetIsGone() {
        auto owner = std::make_unique<QWidget>();
        std::atomic<bool> release{false};
        bool done = false;
        BackgroundJob::runWithProgress(
            owner.get(), QStringLiteral("…"),
            [&release] {
                while (!release) {
                    std::this_thread::yield();
                }
            },
            [&](const std::optional<QString>&) { done = true; });
        owner.reset();
        release = true;
        QTRY_COMPARE(BackgroundJob::runningCount(), 0);
        QTest::qWait(20);
        QVERIFY(!done);
    }

    void joinAllWaitsForRunningWorkWithoutCallingDone() {
        QWidget owner;
        const int before = threadCount();
        std::atomic<bool> finished{false};
        bool done = false;
        BackgroundJob::runWithProgress(
            &owner, QStringLiteral("…"),
            [&finished] {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                finished = true;
            },
            [&](const std::optional<QString>&) { done = true; });
        QCOMPARE(BackgroundJob::runningCount(), 1);
        BackgroundJob::joinAll();
        QVERIFY(finished);
        QCOMPARE(BackgroundJob::runningCount(), 0);
        QCOMPARE(threadCount(), before);
        QTest::qWait(20);
        QVERIFY(!done);
    }
};

QTEST_MAIN(BackgroundJobTest)
#include "BackgroundJobTest.moc"
