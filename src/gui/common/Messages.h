// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace kim::gui {

// Every message box of the GUI goes through here. Boxes are shown with open(), never exec(),
// so a lock can tear down the workspace at any time. Tests switch on the test mode: errors are
// recorded instead of shown and confirmations take the answer set with setNextAnswer().
class Messages final {
public:
    Messages() = delete;

    static void showError(QWidget* parent, const QString& text);
    static void showInfo(QWidget* parent, const QString& title, const QString& text);
    // Asks a yes/no question; onYes runs only when the user agrees.
    static void confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText,
                        std::function<void()> onYes);

    // Runs fn; a kim::Error (or anything else) becomes an error box. Returns whether fn succeeded.
    static bool guard(QWidget* parent, const std::function<void()>& fn);
    // Same, but the message goes into an inline label (red) that is shown; hidden on success.
    static bool guardInline(QLabel* label, const std::function<void()>& fn);
    static void setInlineError(QLabel* label, const QString& text);
    // User text for an exception that is not a kim::Error: never the raw what().
    static QString unexpectedErrorText();

    // Test seams.
    static void setTestMode(bool enabled);
    static void setNextAnswer(bool yes);
    static QString lastError();
    static void clearLastError();
};

} // namespace kim::gui
