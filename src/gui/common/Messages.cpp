// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/Messages.h"

#include "base/Error.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace kim::gui {

namespace {
bool g_testMode = false;
bool g_nextAnswer = true;
QString g_lastError;

} // namespace

void Messages::showError(QWidget* parent, const QString& text) {
    g_lastError = text;
    if (g_testMode) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning,
                                QCoreApplication::translate("kim::gui::Messages", "Das hat nicht geklappt"), text,
                                QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void Messages::showInfo(QWidget* parent, const QString& title, const QString& text) {
    if (g_testMode) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void Messages::confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText,
                       std::function<void()> onYes) {
    if (g_testMode) {
        const bool yes = g_nextAnswer;
        g_nextAnswer = true;
        if (yes) {
            onYes();
        }
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yesButton = box->addButton(yesText, QMessageBox::AcceptRole);
    QPushButton* noButton =
        box->addButton(QCoreApplication::translate("kim::gui::Messages", "Abbrechen"), QMessageBox::RejectRole);
    box->setDefaultButton(noButton);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [box, yesButton, onYes = std::move(onYes)](auto* clicked) {
        if (clicked == yesButton) {
            // Run after the box is gone: onYes may refresh the widget the box belongs to.
            QMetaObject::invokeMethod(box->parent(), onYes, Qt::QueuedConnection);
        }
    });
    box->open();
}

bool Messages::guard(QWidget* parent, const std::function<void()>& fn) {
    try {
        fn();
        return true;
    } catch (const Error& error) {
        showError(parent, error.message());
    } catch (const std::exception&) {
        showError(parent, unexpectedErrorText());
    }
    return false;
}

bool Messages::guardInline(QLabel* label, const std::function<void()>& fn) {
    try {
        fn();
        label->hide();
        return true;
    } catch (const Error& error) {
        setInlineError(label, error.message());
    } catch (const std::exception&) {
        setInlineError(label, unexpectedErrorText());
    }
    return false;
}

void Messages::setInlineError(QLabel* label, const QString& text) {
    g_lastError = text;
    label->setText(text);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->show();
}

QString Messages::unexpectedErrorText() {
    return QCoreApplication::translate("kim::gui::Messages",
                                       "Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es noch einmal.");
}

void Messages::setTestMode(bool enabled) {
    g_testMode = enabled;
}

void Messages::setNextAnswer(bool yes) {
    g_nextAnswer = yes;
}

QString Messages::lastError() {
    return g_lastError;
}

void Messages::clearLastError() {
    g_lastError.clear();
}

} // namespace kim::gui
