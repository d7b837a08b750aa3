// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/casefile/CaseTab.h"

#include "gui/casefile/GoalDialog.h"
#include "gui/common/CatalogCombo.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/common/Session.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kim::gui {

CaseTab::CaseTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createCaseBox(), 1);
    layout->addWidget(createGoalsBox(), 1);
}

QWidget* CaseTab::createCaseBox() {
    auto* box = new QGroupBox(tr("Fall"), this);
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("caseSummaryLabel"));
    m_summary->setWordWrap(true);
    m_openButton = new QPushButton(tr("Fall &eröffnen"), box);
    m_openButton->setObjectName(QStringLiteral("openCaseButton"));
    m_phaseCombo = new QComboBox(box);
    m_phaseCombo->setObjectName(QStringLiteral("phaseCombo"));
    CatalogCombo::fill<core::Phase>(m_phaseCombo);
    m_phaseNote = new QLineEdit(box);
    m_phaseNote->setPlaceholderText(tr("Notiz zum Phasenwechsel (freiwillig)"));
    m_phaseButton = new QPushButton(tr("&Phase wechseln"), box);
    m_phaseButton->setObjectName(QStringLiteral("changePhaseButton"));
    auto* phaseLabel = new QLabel(tr("Neue P&hase:"), box);
    phaseLabel->setBuddy(m_phaseCombo);
    m_history = new QTreeWidget(box);
    m_history->setObjectName(QStringLiteral("phaseHistory"));
    ItemViews::setupList(m_history, {tr("Datum"), tr("Phase"), tr("Notiz")});

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_openButton);
    auto* phaseRow = new QHBoxLayout;
    phaseRow->addWidget(phaseLabel);
    phaseRow->addWidget(m_phaseCombo);
    phaseRow->addWidget(m_phaseNote, 1);
    phaseRow->addWidget(m_phaseButton);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addLayout(phaseRow);
    layout->addWidget(m_history, 1);

    connect(m_openButton, &QPushButton::clicked, this, &CaseTab::openCase);
    connect(m_phaseButton, &QPushButton::clicked, this, &CaseTab::changePhase);
    connect(m_phaseNote, &QLineEdit::returnPressed, this, &CaseTab::changePhase);
    return box;
}

QWidget* CaseTab::createGoalsBox() {
    auto* box = new QGroupBox(tr("Ziele"), this);
    m_goalList = new QTreeWidget(box);
    m_goalList->setObjectName(QStringLiteral("goalList"));
    ItemViews::setupList(m_goalList, {tr("Handlungsfeld"), tr("Status"), tr("Zieldatum"), tr("Ziel")});
    m_addGoal = new QPushButton(tr("Ziel &hinzufügen…"), box);
    m_addGoal->setObjectName(QStringLiteral("addGoalButton"));
    m_editGoal = new QPushButton(tr("Ziel &bearbeiten…"), box);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addGoal);
    buttons->addWidget(m_editGoal);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_goalList, 1);
    layout->addLayout(buttons);

    connect(m_addGoal, &QPushButton::clicked, this, [this] {
        core::Goal goal;
        goal.caseId = m_case ? m_case->id : 0;
        editGoal(goal);
    });
    connect(m_editGoal, &QPushButton::clicked, this, &CaseTab::editSelectedGoal);
    connect(m_goalList, &QTreeWidget::itemActivated, this, &CaseTab::editSelectedGoal);
    return box;
}

void CaseTab::setClient(int64_t clientId) {
    m_clientId = clientId;
    refresh();
}

void CaseTab::refresh() {
    m_case.reset();
    m_goals.clear();
    if (m_clientId != 0) {
        Messages::guard(this, [&] {
            m_case = m_session.cases().latestCase(m_clientId);
            if (m_case) {
                m_goals = m_session.cases().goals(m_case->id);
            }
        });
    }
    showCase();
    showGoals();
}

void CaseTab::showCase() {
    const bool open = m_case && !m_case->isClosed();
    if (!m_case) {
        m_summary->setText(tr("Für diese Klient*in ist noch kein Fall eröffnet."));
    } else if (open) {
        m_summary->setText(tr("Fall offen seit %1 · aktuelle Phase: <b>%2</b>")
                               .arg(ItemViews::date(m_case->openedOn), core::label(m_case->phase).toHtmlEscaped()));
    } else {
        m_summary->setText(tr("Der letzte Fall wurde am %1 abgeschlossen.")
                               .arg(ItemViews::date(m_case->closedOn.isValid() ? m_case->closedOn : m_case->openedOn)));
    }
    m_openButton->setVisible(!open && m_clientId != 0);
    m_phaseCombo->setEnabled(open);
    m_phaseNote->setEnabled(open);
    m_phaseButton->setEnabled(open);
    if (open) {
        const int next = std::min(static_cast<int>(m_case->phase) + 1, static_cast<int>(core::Phase::Closing));
        m_phaseCombo->setCurrentIndex(m_phaseCombo->findData(next));
    }
    m_history->clear();
    if (m_case) {
        for (auto it = m_case->history.crbegin(); it != m_case->history.crend(); ++it) {
            new QTreeWidgetItem(m_history, {ItemViews::date(it->changedOn), core::label(it->phase), it->note});
        }
    }
    ItemViews::fitColumns(m_history);
}

void CaseTab::showGoals() {
    m_goalList->clear();
    for (int i = 0; i < m_goals.size(); ++i) {
        const core::Goal& goal = m_goals.at(i);
        auto* item = new QTreeWidgetItem(m_goalList, {core::label(goal.field), core::label(goal.status),
                                                      ItemViews::date(goal.targetDate), goal.description});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(3, goal.description);
    }
    ItemViews::fitColumns(m_goalList);
    m_addGoal->setEnabled(m_case.has_value() && !m_case->isClosed());
    m_editGoal->setEnabled(!m_goals.isEmpty());
}

void CaseTab::openCase() {
    if (Messages::guard(this, [&] { m_session.cases().open(m_clientId); })) {
        refresh();
        Q_EMIT changed();
    }
}

void CaseTab::changePhase() {
    if (!m_case || m_case->isClosed()) {
        return;
    }
    const auto phase = CatalogCombo::current<core::Phase>(m_phaseCombo);
    const int64_t caseId = m_case->id;
    const QString note = m_phaseNote->text().trimmed();
    auto apply = [this, caseId, phase, note] {
        if (Messages::guard(this, [&] { m_session.cases().changePhase(caseId, phase, note); })) {
            m_phaseNote->clear();
            refresh();
            Q_EMIT changed();
        }
    };
    if (phase == core::Phase::Closing) {
        Messages::confirm(this, tr("Fall abschließen"),
                          tr("Soll der Fall abgeschlossen werden? Danach können keine Beratungskontakte und "
                             "Wiedervorlagen mehr erfasst werden."),
                          tr("Fall &abschließen"), apply);
    } else {
        apply();
    }
}

void CaseTab::editSelectedGoal() {
    const QTreeWidgetItem* item = m_goalList->currentItem();
    if (item != nullptr) {
        editGoal(m_goals.value(item->data(0, Qt::UserRole).toInt()));
    }
}

void CaseTab::editGoal(const core::Goal& goal) {
    auto* dialog = new GoalDialog(
        goal, m_session.today(), [this](core::Goal& edited) { m_session.cases().saveGoal(edited); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    dialog->open();
}

} // namespace kim::gui
