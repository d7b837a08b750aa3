// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace kim::gui {

IdleLock::IdleLock(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::minutes(10));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_enabled && m_armed) {
            Q_EMIT idle();
        }
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock() {
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout) {
    m_timer.setInterval(timeout);
    restart();
}

std::chrono::milliseconds IdleLock::timeout() const {
    return m_timer.intervalAsDuration();
}

void IdleLock::setEnabled(bool enabled) {
    m_enabled = enabled;
    restart();
}

void IdleLock::setArmed(bool armed) {
    m_armed = armed;
    restart();
}

void IdleLock::restart() {
    if (m_enabled && m_armed) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive()) {
            m_timer.start();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kim::gui
