// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace kim::gui {

// Watches the whole application for user input and emits idle() when there was none for the
// configured time. Only armed while a workspace is open; any key, click or wheel restarts it.
class IdleLock final : public QObject {
    Q_OBJECT

public:
    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Armed while a workspace is open.
    void setArmed(bool armed);
    bool isRunning() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer m_timer;
    bool m_enabled = true;
    bool m_armed = false;
};

} // namespace kim::gui
