// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

class QAbstractItemView;
class QWidget;

namespace kim::gui {
class MainWindow;
}

namespace kim::bench {

class LatencyProbe;

// How much the scripted user does; the defaults are a few minutes of ordinary work.
struct UserScript {
    QString password;
    int wheelSteps = 60;                      // mouse-wheel notches down the client list
    int scrollbarDrags = 10;                  // drags of the scroll bar to the end
    QStringList filterTexts;                  // typed letter by letter into the client filter
    QStringList searchWords;                  // typed into the full-text search, then Return
    int arrowKeyOpens = 20;                   // case files opened by moving down the client list
    std::vector<int64_t> consultationClients; // a consultation is saved for each
    int dueViews = 2;                         // Ctrl+D, then the due list's scroll bar dragged to the end
    int referralDrags = 5;                    // drags of the open referrals' scroll bar to the end
    int exports = 1;                          // problem export wizard opened up to its preview
    int typingDelayMs = 180;                  // between two letters of the filter
};

// Drives the real MainWindow like a user: keys, wheel and clicks on the actual widgets,
// with think time between actions. Between actions the event loop runs freely (never
// QTest::qWait, whose sleeps would look like stalls to the probe). Each action is a step
// of the probe, so every delay is booked to what caused it.
class ScriptedUser final {
public:
    ScriptedUser(gui::MainWindow& window, LatencyProbe& probe);

    // Step names, also used by the report.
    static const QString Unlock;
    static const QString Scroll;
    static const QString Filter;
    static const QString Search;
    static const QString OpenFromSearch;
    static const QString ArrowKeys;
    static const QString OpenById;
    static const QString OpenDialog;
    static const QString TypeNote;
    static const QString SaveConsultation;
    static const QString DueList;
    static const QString ScrollDue;
    static const QString OpenReferrals;
    static const QString ExportPreview;

    // Unlocks `vaultPath` and works through `script`; throws std::runtime_error when the
    // window does not react as expected (nothing is timed then).
    void run(const QString& vaultPath, const UserScript& script);

    int loadedClientRows() const { return m_loadedRows; }

private:
    void unlock(const QString& vaultPath, const QString& password);
    void scrollClientList(const UserScript& script);
    void typeFilters(const UserScript& script);
    void search(const UserScript& script);
    void openWithArrowKeys(const UserScript& script);
    void saveConsultations(const UserScript& script);
    void showDue(const UserScript& script);
    void browseOpenReferrals(const UserScript& script);
    void previewProblemExport(const UserScript& script);
    void dragToEnd(QAbstractItemView* view, int drags);

    void pressShortcut(int key, int modifiers);
    void typeText(QWidget* target, const QString& text, int delayMs);
    void activateWindow();
    static void idle(int ms);
    static bool waitUntil(const std::function<bool()>& condition, int timeoutMs);

    gui::MainWindow& m_window;
    LatencyProbe& m_probe;
    int m_loadedRows = 0;
};

} // namespace kim::bench
