// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/ConferenceItemEditor.h"

#include "base/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kim::gui {

namespace {
QPlainTextEdit* textBox(QWidget* parent, const char* name, int lines) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}
} // namespace

ConferenceItemEditor::ConferenceItemEditor(const kim::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock) {
    m_title = new QLabel(this);
    m_problem = new QComboBox(this);
    m_problem->setObjectName(QStringLiteral("problemCombo"));
    m_problem->setMinimumContentsLength(30);
    m_problem->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("conferenceDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_agenda = new QLineEdit(this);
    m_agenda->setObjectName(QStringLiteral("agendaEdit"));
    m_agenda->setMaxLength(200);
    m_decision = textBox(this, "decisionEdit", 3);
    m_workingGroup = new QLineEdit(this);
    m_workingGroup->setObjectName(QStringLiteral("workingGroupEdit"));
    m_workingGroup->setMaxLength(200);
    m_measures = textBox(this, "measuresEdit", 3);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const core::ConferenceItemStatus status : core::allConferenceItemStatuses()) {
        m_status->addItem(core::label(status), int(status));
    }
    m_feedback = textBox(this, "feedbackEdit", 4);
    m_feedback->setPlaceholderText(tr("Was die Case-Manager*innen erfahren sollen – ohne Namen und Fallangaben."));
    m_sent = new QLabel(this);
    m_sent->setStyleSheet(QStringLiteral("color: #606060;"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("conferenceError"));
    m_error->hide();
    m_save = new QPushButton(tr("&Speichern"), this);
    m_save->setObjectName(QStringLiteral("saveItemButton"));

    buildLayout();

    connect(m_save, &QPushButton::clicked, this, &ConferenceItemEditor::saveRequested);
    for (QComboBox* combo : {m_problem, m_period, m_status}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ConferenceItemEditor::markDirty);
    }
    connect(m_date, &QDateEdit::dateChanged, this, &ConferenceItemEditor::markDirty);
    for (QLineEdit* edit : {m_agenda, m_workingGroup}) {
        connect(edit, &QLineEdit::textEdited, this, &ConferenceItemEditor::markDirty);
    }
    for (QPlainTextEdit* edit : {m_decision, m_measures, m_feedback}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &ConferenceItemEditor::markDirty);
    }
    setEnabled(false);
}

void ConferenceItemEditor::buildLayout() {
    auto* form = new QFormLayout;
    form->addRow(tr("Pro&blem:"), m_problem);
    form->addRow(tr("Aus den Zahlen von:"), m_period);
    form->addRow(tr("Konferenz&datum:"), m_date);
    form->addRow(tr("&Tagesordnungspunkt:"), m_agenda);
    form->addRow(tr("Besch&luss:"), m_decision);
    form->addRow(tr("&Arbeitsgruppe:"), m_workingGroup);
    form->addRow(tr("&Maßnahmen:"), m_measures);
    form->addRow(tr("St&atus:"), m_status);
    form->addRow(tr("&Rückmeldung:"), m_feedback);
    form->addRow(QString(), m_sent);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();
}

void ConferenceItemEditor::setChoices(const Choices& problems, const Choices& periods) {
    const QSignalBlocker problemBlocker(m_problem);
    const QSignalBlocker periodBlocker(m_period);
    m_problem->clear();
    for (const auto& [code, text] : problems) {
        m_problem->addItem(text, code);
    }
    m_period->clear();
    for (const auto& [period, text] : periods) {
        m_period->addItem(text, period);
    }
}

void ConferenceItemEditor::select(QComboBox* combo, const QString& value) {
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void ConferenceItemEditor::setItem(const core::ConferenceItem& item) {
    m_item = item;
    {
        const QSignalBlocker b1(m_problem), b2(m_period), b3(m_date), b4(m_status), b5(m_decision), b6(m_measures),
            b7(m_feedback);
        m_title->setText(item.id == 0 ? tr("<b>Neuer Punkt der Planungskonferenz</b>")
                                      : tr("<b>Punkt der Planungskonferenz</b>"));
        select(m_problem, item.problemCode);
        select(m_period, item.period);
        m_date->setDate(item.conferenceDate.isValid() ? item.conferenceDate : m_clock.today());
        m_agenda->setText(item.agendaTitle);
        m_decision->setPlainText(item.decision);
        m_workingGroup->setText(item.workingGroup);
        m_measures->setPlainText(item.measures);
        m_status->setCurrentIndex(std::max(0, m_status->findData(int(item.status))));
        m_feedback->setPlainText(item.feedback);
    }
    m_sent->setText(item.feedbackSentAt.isValid()
                        ? tr("Rückmeldung zuletzt gesendet am %1")
                              .arg(item.feedbackSentAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")))
                        : tr("Rückmeldung noch nicht gesendet"));
    m_error->hide();
    m_dirty = item.id == 0;
    setEnabled(true);
}

core::ConferenceItem ConferenceItemEditor::item() const {
    core::ConferenceItem item = m_item;
    item.problemCode = m_problem->currentData().toString();
    item.period = m_period->currentData().toString();
    item.conferenceDate = m_date->date();
    item.agendaTitle = m_agenda->text().trimmed();
    item.decision = m_decision->toPlainText().trimmed();
    item.workingGroup = m_workingGroup->text().trimmed();
    item.measures = m_measures->toPlainText().trimmed();
    item.status = static_cast<core::ConferenceItemStatus>(m_status->currentData().toInt());
    item.feedback = m_feedback->toPlainText().trimmed();
    return item;
}

void ConferenceItemEditor::setClean() {
    m_dirty = false;
}

void ConferenceItemEditor::markDirty() {
    m_dirty = true;
}

} // namespace kim::gui
