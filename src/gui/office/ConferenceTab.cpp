// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/ConferenceTab.h"

#include "base/Clock.h"
#include "core/ConferenceRepository.h"
#include "core/ProblemTaxonomy.h"
#include "reporting/OfficeOutbox.h"
#include "reporting/PublicationStore.h"
#include "gui/common/Messages.h"
#include "gui/common/FileDialogs.h"
#include "gui/contacts/ExchangeFiles.h"
#include "gui/office/CodeLabels.h"
#include "gui/office/ConferenceItemEditor.h"
#include "gui/reports/RowsModel.h"
#include "gui/reports/TableViews.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kim::gui {

ConferenceTab::ConferenceTab(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
                             QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_identity(identity)
    , m_clock(clock) {
    m_items = new RowsModel(
        {tr("Konferenz"), tr("Problem"), tr("Quartal"), tr("Tagesordnungspunkt"), tr("Status"), tr("Rückmeldung")},
        this);
    m_view = TableViews::create(this, m_items, QStringLiteral("conferenceTable"));
    m_editor = new ConferenceItemEditor(m_clock, this);
    auto* newButton = new QPushButton(tr("&Neuer Punkt"), this);
    newButton->setObjectName(QStringLiteral("newItemButton"));
    m_send = new QPushButton(tr("Rückmeldung &senden …"), this);
    m_send->setObjectName(QStringLiteral("sendFeedbackButton"));
    m_send->setToolTip(tr("Schreibt alle Punkte mit Rückmeldung als ein signiertes, verschlüsseltes Paket für alle "
                          "vertrauten Case-Manager*innen."));

    connect(newButton, &QPushButton::clicked, this, [this] { newItem(); });
    connect(m_send, &QPushButton::clicked, this, &ConferenceTab::sendFeedback);
    connect(m_editor, &ConferenceItemEditor::saveRequested, this, &ConferenceTab::saveItem);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConferenceTab::showSelected);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addStretch();
    buttons->addWidget(m_send);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    refresh();
}

void ConferenceTab::updateChoices() {
    ConferenceItemEditor::Choices problems;
    const core::Taxonomy taxonomy = core::ProblemTaxonomyRepository(m_db).current();
    const CodeLabels labels(taxonomy);
    for (const core::FieldOfAction field : core::allValues<core::FieldOfAction>()) {
        for (const core::ProblemType& type : taxonomy.types) {
            if (type.field == field && !type.isRetired()) {
                problems << qMakePair(type.code, labels.problem(type.code));
            }
        }
        const QString other = core::otherCode(field);
        problems << qMakePair(other, other + QLatin1Char(' ') + labels.problemTitle(other) + QLatin1Char(' ') +
                                         CodeLabels::fieldShort(field));
    }
    ConferenceItemEditor::Choices periods;
    const QList<reporting::Publication> published = reporting::PublicationStore(m_db, m_clock).latestOfEachQuarter();
    for (auto it = published.crbegin(); it != published.crend(); ++it) {
        periods << qMakePair(it->period.toString(), it->period.label());
    }
    m_editor->setChoices(problems, periods);
}

void ConferenceTab::refresh() {
    const QVariant current = TableViews::currentTag(m_view);
    const core::Taxonomy taxonomy = core::ProblemTaxonomyRepository(m_db).current();
    const CodeLabels labels(taxonomy);
    QList<RowsModel::Row> rows;
    for (const core::ConferenceItem& item : core::ConferenceRepository(m_db, m_clock).items()) {
        const auto quarter = core::Quarter::parse(item.period);
        const QString feedback = item.feedback.isEmpty()         ? tr("keine")
                                 : item.feedbackSentAt.isValid() ? tr("gesendet")
                                                                 : tr("noch nicht gesendet");
        rows << RowsModel::Row{{item.conferenceDate, item.problemCode, quarter ? quarter->label() : item.period,
                                item.agendaTitle, core::label(item.status), feedback},
                               QVariant::fromValue<qlonglong>(item.id),
                               {},
                               labels.problem(item.problemCode),
                               {{}, {}, item.period}};
    }
    m_items->setRows(rows);
    TableViews::fitColumns(m_view, 260);
    TableViews::stretchColumn(m_view, 3);
    updateChoices();
    if (current.isValid()) {
        select(current.toLongLong());
    }
}

void ConferenceTab::select(int64_t id) {
    QAbstractItemModel* model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(RowsModel::TagRole).toLongLong() == id) {
            m_view->selectRow(row);
            return;
        }
    }
}

void ConferenceTab::showSelected() {
    const QVariant tag = TableViews::currentTag(m_view);
    if (!tag.isValid()) {
        return;
    }
    for (const core::ConferenceItem& item : core::ConferenceRepository(m_db, m_clock).items()) {
        if (item.id == tag.toLongLong()) {
            m_editor->setItem(item);
            return;
        }
    }
}

void ConferenceTab::newItem(const QString& problemCode, const QString& period) {
    updateChoices();
    core::ConferenceItem item;
    item.problemCode = problemCode;
    item.period = period;
    item.conferenceDate = m_clock.today();
    if (!problemCode.isEmpty()) {
        item.agendaTitle = CodeLabels(core::ProblemTaxonomyRepository(m_db).current()).problemTitle(problemCode);
    }
    m_view->clearSelection();
    m_editor->setItem(item);
    m_editor->agendaEdit()->setFocus();
}

void ConferenceTab::saveItem() {
    core::ConferenceItem item = m_editor->item();
    if (Messages::guardInline(m_editor->errorLabel(), [&] { core::ConferenceRepository(m_db, m_clock).save(item); })) {
        m_editor->setItem(item);
        m_editor->setClean();
        refresh();
        select(item.id);
    }
}

void ConferenceTab::sendFeedback() {
    if (m_editor->isDirty() && m_editor->isEnabled()) {
        saveItem();
        if (m_editor->isDirty()) {
            return; // not saved: the inline error says why
        }
    }
    const QList<core::ConferenceItem> unsent = itemsWithFeedback(true);
    const QList<core::ConferenceItem> all = itemsWithFeedback(false);
    if (all.isEmpty()) {
        Messages::showInfo(this, tr("Rückmeldung senden"),
                           tr("Noch kein Punkt hat eine Rückmeldung. Tragen Sie zuerst ein, was die "
                              "Case-Manager*innen erfahren sollen."));
        return;
    }
    size_t recipients = 0;
    if (!Messages::guard(
            this, [&] { recipients = reporting::OfficeOutbox(m_db, m_identity, m_clock).recipients().size(); })) {
        return;
    }
    // Changed items lose their sending time (ConferenceRepository), so "unsent" is what is new.
    const bool again = unsent.isEmpty();
    const int count = int(again ? all.size() : unsent.size());
    const QString text =
        again ? tr("Alle Rückmeldungen sind bereits gesendet. Sollen die %n Punkt(e) noch einmal als Paket für %1 "
                   "vertraute Case-Manager*innen gespeichert werden (z. B. für neu hinzugekommene Kontakte)?",
                   nullptr, count)
                    .arg(recipients)
              : tr("%n neue oder geänderte Rückmeldung(en) werden als ein signiertes und verschlüsseltes Paket für "
                   "%1 vertraute Case-Manager*innen gespeichert. Geben Sie die Datei anschließend weiter (z. B. per "
                   "E-Mail).",
                   nullptr, count)
                    .arg(recipients);
    Messages::confirm(this, tr("Rückmeldung senden"), text, tr("Paket speichern …"), [this, again] {
        const QString path = FileDialogs::packageToSave(
            this, tr("Rückmeldung Planungskonferenz %1.%2")
                      .arg(m_clock.today().toString(QStringLiteral("yyyy-MM-dd")), FileDialogs::packageSuffix()));
        if (!path.isEmpty()) {
            writeFeedback(path, itemsWithFeedback(!again));
        }
    });
}

QList<core::ConferenceItem> ConferenceTab::itemsWithFeedback(bool unsentOnly) const {
    QList<core::ConferenceItem> result;
    for (const core::ConferenceItem& item : core::ConferenceRepository(m_db, m_clock).items()) {
        if (!item.feedback.isEmpty() && (!unsentOnly || !item.feedbackSentAt.isValid())) {
            result << item;
        }
    }
    return result;
}

void ConferenceTab::writeFeedback(const QString& path, const QList<core::ConferenceItem>& items) {
    const bool written = Messages::guard(this, [&] {
        ExchangeFiles::save(m_db, path, [&] {
            const std::vector<uint8_t> bytes = reporting::OfficeOutbox(m_db, m_identity, m_clock).writeFeedback(items);
            return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
        });
    });
    refresh();
    if (written) {
        showSelected();
        Messages::showInfo(this, tr("Rückmeldung gespeichert"),
                           tr("Das Paket mit %n Rückmeldung(en) ist gespeichert.", nullptr, int(items.size())));
    }
}

} // namespace kim::gui
