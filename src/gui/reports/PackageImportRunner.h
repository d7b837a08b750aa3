// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/PackageImport.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <span>

class QProgressDialog;
class QWidget;

namespace kim::gui {

// Reads many packages into an inbox (the office's or the supervisor's) without freezing the window and without a second
// thread on the database: the files are imported one after another on the GUI thread in short
// slices driven by a zero timer (about 30 ms each), so events are handled between slices. A
// window-modal progress dialog shows how far it got and can stop it; what was read until then
// stays (each package is its own transaction). A lock destroys the runner with its view, which
// stops the timer: nothing touches the database afterwards.
class PackageImportRunner final : public QObject {
    Q_OBJECT

public:
    // One package into the inbox; never throws for a bad package (the outcome says why).
    using Import = std::function<reporting::ImportOutcome(std::span<const uint8_t> bytes, const QString& source)>;

    PackageImportRunner(Import import, QWidget* parent);
    ~PackageImportRunner() override;

    bool isRunning() const { return m_timer.isActive(); }
    // Starts reading `files`; ignored while a run is going on.
    void start(const QStringList& files);

Q_SIGNALS:
    // `cancelled`: the user stopped it; `outcomes` covers the files read until then.
    void finished(const QList<kim::reporting::ImportOutcome>& outcomes, bool cancelled);

private:
    void runSlice();
    reporting::ImportOutcome importFile(const QString& path);
    void finish(bool cancelled);

    Import m_import;
    QPointer<QWidget> m_parent;
    QPointer<QProgressDialog> m_progress;
    QTimer m_timer;
    QStringList m_files;
    int m_next = 0;
    QList<reporting::ImportOutcome> m_outcomes;
};

} // namespace kim::gui
