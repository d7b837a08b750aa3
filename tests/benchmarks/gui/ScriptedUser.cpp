// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedUser.h"

#include "LatencyProbe.h"

#include "gui/MainWindow.h"
#include "gui/CaseManagerView.h"
#include "gui/casefile/ConsultationDialog.h"
#include "gui/clients/ClientListModel.h"
#include "gui/common/Messages.h"
#include "gui/problems/ExportPreviewPage.h"
#include "gui/problems/ExportQuarterPage.h"
#include "gui/problems/ProblemExportWizard.h"
#include "gui/referrals/OpenReferralsPanel.h"
#include "gui/workspace/UnlockDialog.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWheelEvent>
#include <QWizard>

#include <stdexcept>

namespace kim::bench {

namespace {

constexpr int UnlockTimeoutMs = 10 * 60 * 1000; // a 100,000-client vault on a busy machine
constexpr int DialogTimeoutMs = 10000;

template <typename T> T* visibleChild(QWidget* parent) {
    for (T* candidate : parent->findChildren<T*>()) {
        if (candidate->isVisible()) {
            return candidate;
        }
    }
    return nullptr;
}

template <typename T> T* named(QWidget* parent, const char* name) {
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (widget == nullptr) {
        throw std::runtime_error(std::string("widget not found: ") + name);
    }
    return widget;
}

// QTest::keyClicks accepts ASCII only; other letters go in as the text of an unknown key,
// as an input method delivers them.
void typeLetter(QWidget* target, QChar letter) {
    if (letter.unicode() < 128) {
        QTest::keyClick(target, letter.toLatin1());
    } else {
        QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(letter), Qt::NoModifier);
    }
}

void typeWord(QWidget* target, const QString& word) {
    for (const QChar letter : word) {
        typeLetter(target, letter);
    }
}

void requireNoError(const char* what) {
    if (!gui::Messages::lastError().isEmpty()) {
        throw std::runtime_error(std::string(what) + ": " + gui::Messages::lastError().toStdString());
    }
}

const QString ConsultationNote = QStringLiteral(
    "Termin beim Jobcenter vorbereitet, Unterlagen für den Antrag geprüft und die nächsten Schritte besprochen. "
    "Rückmeldung der Ausländerbehörde steht noch aus.");

} // namespace

const QString ScriptedUser::Unlock = QStringLiteral("unlock and show the workspace");
const QString ScriptedUser::Scroll = QStringLiteral("scroll the client list");
const QString ScriptedUser::Filter = QStringLiteral("type a filter");
const QString ScriptedUser::Search = QStringLiteral("full-text search");
const QString ScriptedUser::OpenFromSearch = QStringLiteral("open a case file from a search hit");
const QString ScriptedUser::ArrowKeys = QStringLiteral("open case files with the arrow keys");
const QString ScriptedUser::OpenById = QStringLiteral("open a given client's case file");
const QString ScriptedUser::OpenDialog = QStringLiteral("open the consultation dialog (Ctrl+B)");
const QString ScriptedUser::TypeNote = QStringLiteral("type a consultation note");
const QString ScriptedUser::SaveConsultation = QStringLiteral("save the consultation");
const QString ScriptedUser::DueList = QStringLiteral("show the due follow-ups");
const QString ScriptedUser::ScrollDue = QStringLiteral("scroll the due follow-ups");
const QString ScriptedUser::OpenReferrals = QStringLiteral("show and scroll the open referrals");
const QString ScriptedUser::ExportPreview = QStringLiteral("problem export: quarters and preview");

ScriptedUser::ScriptedUser(gui::MainWindow& window, LatencyProbe& probe)
    : m_window(window)
    , m_probe(probe) {}

void ScriptedUser::run(const QString& vaultPath, const UserScript& script) {
    gui::Messages::clearLastError();
    unlock(vaultPath, script.password);
    scrollClientList(script);
    typeFilters(script);
    search(script);
    openWithArrowKeys(script);
    saveConsultations(script);
    showDue(script);
    browseOpenReferrals(script);
    previewProblemExport(script);
    m_probe.beginStep({});
}

void ScriptedUser::unlock(const QString& vaultPath, const QString& password) {
    m_probe.beginStep(Unlock);
    m_window.openWorkspaceFile(vaultPath);
    gui::UnlockDialog* dialog = nullptr;
    if (!waitUntil([&] { return (dialog = visibleChild<gui::UnlockDialog>(&m_window)) != nullptr; }, DialogTimeoutMs)) {
        throw std::runtime_error("the unlock dialog did not appear");
    }
    auto* edit = named<QLineEdit>(dialog, "passwordEdit");
    typeWord(edit, password);
    QTest::keyClick(edit, Qt::Key_Return);
    if (!waitUntil([&] { return m_window.isUnlocked(); }, UnlockTimeoutMs)) {
        throw std::runtime_error("the workspace did not unlock");
    }
    requireNoError("unlock");
    idle(1500); // first paint, the splitter's deferred sizing
}

void ScriptedUser::scrollClientList(const UserScript& script) {
    m_probe.beginStep(Scroll);
    auto* table = named<QTableView>(&m_window, "clientTable");
    activateWindow();
    table->setFocus();
    QWidget* viewport = table->viewport();
    const QPointF inside(viewport->width() / 2.0, viewport->height() / 2.0);
    for (int i = 0; i < script.wheelSteps; ++i) {
        QWheelEvent wheel(inside, viewport->mapToGlobal(inside), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
        idle(16);
    }
    // Dragging the scroll bar to the end makes the view fetch the next page of the model.
    for (int i = 0; i < script.scrollbarDrags; ++i) {
        table->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
        idle(150);
    }
    // The list is sparse: it reports every client but holds only a few blocks of rows.
    if (const auto* model = qobject_cast<const gui::ClientListModel*>(table->model())) {
        m_loadedRows = model->loadedRowCount();
    }
    table->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
    idle(300);
}

void ScriptedUser::typeFilters(const UserScript& script) {
    m_probe.beginStep(Filter);
    pressShortcut(Qt::Key_F, Qt::ControlModifier);
    auto* edit = named<QLineEdit>(&m_window, "clientFilterEdit");
    for (const QString& text : script.filterTexts) {
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        typeText(edit, text, script.typingDelayMs);
        idle(500); // the list's debounce (150 ms) fires after the last letter
    }
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    idle(500);
    requireNoError("filter");
}

void ScriptedUser::search(const UserScript& script) {
    for (const QString& words : script.searchWords) {
        m_probe.beginStep(Search);
        pressShortcut(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        auto* edit = named<QLineEdit>(&m_window, "searchEdit");
        typeText(edit, words, 60);
        QTest::keyClick(edit, Qt::Key_Return);
        idle(500);
        requireNoError("search");
        auto* results = named<QTreeWidget>(&m_window, "searchResults");
        if (results->topLevelItemCount() > 0 && results->hasFocus()) {
            m_probe.beginStep(OpenFromSearch);
            QTest::keyClick(results, Qt::Key_Return);
            idle(500);
            requireNoError("open from search");
        }
    }
}

void ScriptedUser::openWithArrowKeys(const UserScript& script) {
    m_probe.beginStep(ArrowKeys);
    pressShortcut(Qt::Key_F, Qt::ControlModifier);
    auto* table = named<QTableView>(&m_window, "clientTable");
    table->setFocus();
    for (int i = 0; i < script.arrowKeyOpens; ++i) {
        QTest::keyClick(table, Qt::Key_Down);
        idle(300); // a glance at the case file
    }
    requireNoError("arrow keys");
}

void ScriptedUser::saveConsultations(const UserScript& script) {
    for (const int64_t clientId : script.consultationClients) {
        m_probe.beginStep(OpenById);
        // What activating a hit of the due list or the search does.
        m_window.caseManagerView()->openClient(clientId);
        idle(300);
        m_probe.beginStep(OpenDialog);
        pressShortcut(Qt::Key_B, Qt::ControlModifier);
        gui::ConsultationDialog* dialog = nullptr;
        if (!waitUntil([&] { return (dialog = visibleChild<gui::ConsultationDialog>(&m_window)) != nullptr; },
                       DialogTimeoutMs)) {
            requireNoError("consultation dialog");
            throw std::runtime_error("the consultation dialog did not appear");
        }
        idle(300);
        m_probe.beginStep(TypeNote);
        auto* notes = named<QPlainTextEdit>(dialog, "notesEdit");
        notes->setFocus();
        for (const QString& word : ConsultationNote.split(QLatin1Char(' '))) {
            typeWord(notes, word + QLatin1Char(' '));
            idle(40);
        }
        QTest::mouseClick(named<QCheckBox>(dialog, "fieldCheck5"), Qt::LeftButton);
        idle(300);
        m_probe.beginStep(SaveConsultation);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        idle(1000); // list, due follow-ups and referrals refresh
        requireNoError("save consultation");
        if (visibleChild<gui::ConsultationDialog>(&m_window) != nullptr) {
            throw std::runtime_error("the consultation dialog stayed open");
        }
    }
}

void ScriptedUser::showDue(const UserScript& script) {
    for (int i = 0; i < script.dueViews; ++i) {
        m_probe.beginStep(DueList);
        pressShortcut(Qt::Key_D, Qt::ControlModifier);
        idle(800);
        m_probe.beginStep(ScrollDue);
        dragToEnd(named<QAbstractItemView>(&m_window, "dueList"), 3);
        pressShortcut(Qt::Key_F, Qt::ControlModifier);
        idle(300);
    }
    requireNoError("due list");
}

void ScriptedUser::browseOpenReferrals(const UserScript& script) {
    m_probe.beginStep(OpenReferrals);
    gui::CaseManagerView* view = m_window.caseManagerView();
    QTabBar* tabs = view->sideTabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, Qt::NoModifier,
                      tabs->tabRect(gui::CaseManagerView::OpenReferralsTab).center());
    idle(800);
    dragToEnd(view->referralsPanel()->view(), script.referralDrags);
    QTest::mouseClick(tabs, Qt::LeftButton, Qt::NoModifier, tabs->tabRect(gui::CaseManagerView::ClientsTab).center());
    idle(300);
    requireNoError("open referrals");
}

void ScriptedUser::previewProblemExport(const UserScript& script) {
    for (int i = 0; i < script.exports; ++i) {
        m_probe.beginStep(ExportPreview);
        named<QAction>(&m_window, "exportProblemsAction")->trigger();
        gui::ProblemExportWizard* wizard = nullptr;
        if (!waitUntil([&] { return (wizard = visibleChild<gui::ProblemExportWizard>(&m_window)) != nullptr; },
                       DialogTimeoutMs)) {
            requireNoError("export wizard");
            throw std::runtime_error("the problem export wizard did not appear");
        }
        // The quarter figures and the preview are built off the GUI thread; the user waits
        // for them like for any dialog, while the probe keeps measuring the event loop.
        if (!waitUntil([&] { return wizard->quarterPage()->isComplete(); }, UnlockTimeoutMs)) {
            throw std::runtime_error("the export wizard's quarters did not appear");
        }
        idle(300);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        if (!waitUntil([&] { return wizard->previewPage()->isComplete(); }, UnlockTimeoutMs)) {
            throw std::runtime_error("the export preview did not appear");
        }
        idle(500);
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        if (!waitUntil([&] { return visibleChild<gui::ProblemExportWizard>(&m_window) == nullptr; }, DialogTimeoutMs)) {
            throw std::runtime_error("the export wizard did not close");
        }
        idle(300);
        requireNoError("export preview");
    }
}

void ScriptedUser::dragToEnd(QAbstractItemView* view, int drags) {
    // Each drag to the end makes a lazy model fetch its next page.
    for (int i = 0; i < drags; ++i) {
        view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
        idle(150);
    }
    view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
    idle(150);
}

void ScriptedUser::pressShortcut(int key, int modifiers) {
    activateWindow();
    QWidget* target = QApplication::focusWidget() != nullptr ? QApplication::focusWidget() : &m_window;
    QTest::keyClick(target, static_cast<Qt::Key>(key), static_cast<Qt::KeyboardModifiers>(modifiers));
}

void ScriptedUser::typeText(QWidget* target, const QString& text, int delayMs) {
    for (const QChar letter : text) {
        typeLetter(target, letter);
        idle(delayMs);
    }
}

void ScriptedUser::activateWindow() {
    // The offscreen platform has no window manager that re-activates the window after a dialog.
    if (QApplication::activeWindow() != &m_window) {
        QApplication::setActiveWindow(&m_window);
        waitUntil([&] { return QApplication::activeWindow() == &m_window; }, DialogTimeoutMs);
    }
}

// Runs the real event loop for `ms` (QTest::qWait would sleep in between).
void ScriptedUser::idle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool ScriptedUser::waitUntil(const std::function<bool()>& condition, int timeoutMs) {
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!condition()) {
        poll.start();
        loop.exec();
    }
    return condition();
}

} // namespace kim::bench
