// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/casefile/ConsultationsTab.h"

#include "gui/casefile/ConsultationDialog.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/common/Session.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>

#include <algorithm>
#include <utility>

namespace kim::gui {

ConsultationsTab::ConsultationsTab(Session& session, QWidget* parent)
    : RecordListTab({tr("Datum"), tr("Dauer"), tr("Art"), tr("Dolmetschung"), tr("Handlungsfelder"), tr("Notiz")},
                    QStringLiteral("consultationList"), parent)
    , m_session(session)
    , m_notes(new QPlainTextEdit(this)) {
    m_notes->setReadOnly(true);
    m_notes->setPlaceholderText(tr("Notizen des ausgewählten Beratungskontakts"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(list());
    splitter->addWidget(m_notes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setListArea(splitter);
    m_addButton = addButton(tr("Beratungskontakt &erfassen…"), QStringLiteral("addConsultationButton"),
                            [this] { addConsultation(); });
    m_addButton->setToolTip(tr("Neuen Beratungskontakt erfassen (Strg+B)"));
    m_editButton = addButton(tr("&Bearbeiten…"), QStringLiteral("editConsultationButton"), [this] { editSelected(); });
    connect(list(), &QTreeWidget::itemActivated, this, &ConsultationsTab::editSelected);
    connect(list(), &QTreeWidget::currentItemChanged, this, &ConsultationsTab::showSelectedNotes);
}

void ConsultationsTab::refresh() {
    const int64_t keep = selectedId();
    m_case.reset();
    m_consultations.clear();
    list()->clear();
    if (clientId() != 0) {
        guard([&] {
            m_case = m_session.cases().latestCase(clientId());
            if (m_case) {
                m_consultations = m_session.consultations().forCase(m_case->id);
            }
        });
    }
    for (const core::Consultation& c : std::as_const(m_consultations)) {
        const QString interpreter =
            c.interpreter == core::InterpreterKind::None ? QStringLiteral("–") : core::label(c.interpreter);
        const QString firstLine = c.notes.section(QLatin1Char('\n'), 0, 0);
        auto* item = new QTreeWidgetItem(list(), {ItemViews::date(c.heldOn), tr("%1 Min.").arg(c.durationMinutes),
                                                  core::label(c.mode), interpreter,
                                                  core::labels(c.fields).join(QStringLiteral(", ")), firstLine});
        item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(c.id));
        item->setToolTip(4, core::labels(c.fields).join(QLatin1Char('\n')));
    }
    ItemViews::fitColumns(list());
    hint()->setVisible(!m_case || m_case->isClosed());
    hint()->setText(!m_case ? tr("Noch kein Fall eröffnet: Beratungskontakte werden zum Fall erfasst. Bitte zuerst im "
                                 "Reiter „Fall && Ziele“ einen Fall eröffnen.")
                            : tr("Der Fall ist abgeschlossen."));
    m_addButton->setEnabled(m_case.has_value());
    m_editButton->setEnabled(!m_consultations.isEmpty());
    select(keep);
    showSelectedNotes();
}

const core::Consultation* ConsultationsTab::selectedConsultation() const {
    const int64_t id = selectedId();
    const auto found = std::find_if(m_consultations.cbegin(), m_consultations.cend(),
                                    [id](const core::Consultation& c) { return c.id == id; });
    return found != m_consultations.cend() ? &*found : nullptr;
}

void ConsultationsTab::showSelectedNotes() {
    const core::Consultation* consultation = selectedConsultation();
    m_notes->setPlainText(consultation != nullptr ? consultation->notes : QString());
}

void ConsultationsTab::addConsultation() {
    if (!m_case) {
        Messages::showError(this, tr("Für diese Klient*in ist noch kein Fall eröffnet. Bitte zuerst im Reiter "
                                     "„Fall & Ziele“ einen Fall eröffnen."));
        return;
    }
    core::Consultation consultation;
    consultation.caseId = m_case->id;
    editConsultation(consultation);
}

void ConsultationsTab::editSelected() {
    if (const core::Consultation* consultation = selectedConsultation()) {
        editConsultation(*consultation);
    }
}

void ConsultationsTab::editConsultation(const core::Consultation& consultation) {
    openDialog(new ConsultationDialog(
        consultation, m_session.today(), [this](core::Consultation& edited) { m_session.consultations().save(edited); },
        this));
}

} // namespace kim::gui
