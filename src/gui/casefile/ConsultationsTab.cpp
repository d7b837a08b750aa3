#include "gui/casefile/ConsultationsTab.h"

#include "gui/casefile/ConsultationDialog.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/workspace/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kim::gui {

ConsultationsTab::ConsultationsTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_notes(new QPlainTextEdit(this))
    , m_addButton(new QPushButton(tr("Beratungskontakt &erfassen…"), this))
    , m_editButton(new QPushButton(tr("&Bearbeiten…"), this)) {
    m_list->setObjectName(QStringLiteral("consultationList"));
    m_addButton->setObjectName(QStringLiteral("addConsultationButton"));
    m_addButton->setToolTip(tr("Neuen Beratungskontakt erfassen (Strg+B)"));
    m_hint->setWordWrap(true);
    ItemViews::setupList(m_list,
                         {tr("Datum"), tr("Dauer"), tr("Art"), tr("Dolmetschung"), tr("Handlungsfelder"), tr("Notiz")});
    m_notes->setReadOnly(true);
    m_notes->setPlaceholderText(tr("Notizen des ausgewählten Beratungskontakts"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_notes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &ConsultationsTab::addConsultation);
    connect(m_editButton, &QPushButton::clicked, this, &ConsultationsTab::editSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &ConsultationsTab::editSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConsultationsTab::showSelectedNotes);
}

void ConsultationsTab::setClient(int64_t clientId) {
    m_clientId = clientId;
    reload();
}

void ConsultationsTab::reload() {
    m_case.reset();
    m_consultations.clear();
    m_list->clear();
    if (m_clientId != 0) {
        Messages::guard(this, [&] {
            m_case = m_session.cases().latestCase(m_clientId);
            if (m_case) {
                m_consultations = m_session.consultations().forCase(m_case->id);
            }
        });
    }
    for (int i = 0; i < m_consultations.size(); ++i) {
        const core::Consultation& c = m_consultations.at(i);
        const QString interpreter =
            c.interpreter == core::InterpreterKind::None ? QStringLiteral("–") : core::label(c.interpreter);
        const QString firstLine = c.notes.section(QLatin1Char('\n'), 0, 0);
        auto* item = new QTreeWidgetItem(m_list, {ItemViews::date(c.heldOn), tr("%1 Min.").arg(c.durationMinutes),
                                                  core::label(c.mode), interpreter,
                                                  core::labels(c.fields).join(QStringLiteral(", ")), firstLine});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(4, core::labels(c.fields).join(QLatin1Char('\n')));
    }
    ItemViews::fitColumns(m_list);
    m_hint->setVisible(!m_case || m_case->isClosed());
    m_hint->setText(!m_case ? tr("Noch kein Fall eröffnet: Beratungskontakte werden zum Fall erfasst. Bitte zuerst im "
                                 "Reiter „Fall && Ziele“ einen Fall eröffnen.")
                            : tr("Der Fall ist abgeschlossen."));
    m_addButton->setEnabled(m_case.has_value());
    m_editButton->setEnabled(!m_consultations.isEmpty());
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    showSelectedNotes();
}

void ConsultationsTab::showSelectedNotes() {
    const QTreeWidgetItem* item = m_list->currentItem();
    m_notes->setPlainText(item != nullptr ? m_consultations.value(item->data(0, Qt::UserRole).toInt()).notes
                                          : QString());
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
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item != nullptr) {
        editConsultation(m_consultations.value(item->data(0, Qt::UserRole).toInt()));
    }
}

void ConsultationsTab::editConsultation(const core::Consultation& consultation) {
    auto* dialog = new ConsultationDialog(
        consultation, m_session.today(), [this](core::Consultation& edited) { m_session.consultations().save(edited); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

} // namespace kim::gui
