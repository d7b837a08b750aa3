// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/EvaluationTab.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "reporting/OfficeInbox.h"
#include "reporting/OfficeSubmissions.h"
#include "reporting/PublicationStore.h"
#include "gui/common/Messages.h"
#include "gui/office/CodeLabels.h"
#include "gui/office/DisclosureParametersWidget.h"
#include "gui/office/RevisionReasonDialog.h"
#include "gui/reports/RowsModel.h"
#include "gui/reports/TableViews.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kim::gui {

namespace {
QString secondDimensionLabel(const QString& dimension, const QString& code, const CodeLabels& labels) {
    if (dimension == QLatin1String("problems")) {
        return labels.problemSet(code);
    }
    if (dimension == QLatin1String("municipality")) {
        return CodeLabels::municipality(code);
    }
    if (dimension == QLatin1String("target_group")) {
        return CodeLabels::targetGroup(code);
    }
    if (dimension == QLatin1String("institution_type")) {
        return CodeLabels::institutionType(code);
    }
    return code;
}
} // namespace

EvaluationTab::EvaluationTab(storage::Database& db, const exchange::Identity& identity, const kim::Clock& clock,
                             QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_identity(identity)
    , m_clock(clock) {
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("quarterCombo"));
    m_quarter->setMinimumWidth(180);
    auto* quarterLabel = new QLabel(tr("&Quartal:"), this);
    quarterLabel->setBuddy(m_quarter);
    m_submissionCount = new QLabel(this);
    m_publish = new QPushButton(tr("&Veröffentlichen …"), this);
    m_publish->setObjectName(QStringLiteral("publishButton"));

    QWidget* mergedBox = createMergedBox();
    QWidget* publishBox = createPublishBox();

    connect(m_quarter, &QComboBox::currentIndexChanged, this, &EvaluationTab::showQuarter);
    connect(m_table, &QComboBox::currentIndexChanged, this, &EvaluationTab::showMergedTable);
    connect(m_publish, &QPushButton::clicked, this, &EvaluationTab::publish);
    connect(m_parameters, &DisclosureParametersWidget::saveRequested, this, &EvaluationTab::saveParameters);

    auto* top = new QHBoxLayout;
    top->addWidget(quarterLabel);
    top->addWidget(m_quarter);
    top->addWidget(m_submissionCount, 1);
    top->addWidget(m_publish);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(mergedBox);
    splitter->addWidget(publishBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    refresh();
}

QWidget* EvaluationTab::createMergedBox() {
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("mergedTableCombo"));
    m_table->addItem(tr("Problemkombinationen je Handlungsfeld"), core::ProblemTableProgramme::Problems);
    m_table->addItem(tr("Handlungsfeld × Kommune"), core::ProblemTableProgramme::FieldMunicipality);
    m_table->addItem(tr("Handlungsfeld × Zielgruppe"), core::ProblemTableProgramme::FieldTargetGroup);
    m_table->addItem(tr("Handlungsfeld × Einrichtungsart"), core::ProblemTableProgramme::FieldInstitution);
    m_merged = new RowsModel({}, this);
    m_mergedView = TableViews::create(this, m_merged, QStringLiteral("mergedTable"));
    auto* confidential = new QLabel(tr("vertraulich: exakte Zahlen, nur für die Koordinierende Stelle"), this);
    confidential->setObjectName(QStringLiteral("confidentialLabel"));
    confidential->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold; border: 1px solid #b00020; "
                                               "padding: 4px;"));
    auto* mergedBox = new QGroupBox(tr("Zusammengeführte Tabelle"), this);
    auto* mergedLayout = new QVBoxLayout(mergedBox);
    mergedLayout->addWidget(confidential);
    mergedLayout->addWidget(m_table);
    mergedLayout->addWidget(m_mergedView, 1);
    return mergedBox;
}

QWidget* EvaluationTab::createPublishBox() {
    m_parameters = new DisclosureParametersWidget(this);
    m_publishState = new QLabel(this);
    m_publishState->setWordWrap(true);
    m_revisions = new RowsModel({tr("Revision"), tr("Veröffentlicht"), tr("Meldungen"), tr("Grund")}, this);
    m_revisionView = TableViews::create(this, m_revisions, QStringLiteral("revisionTable"), false);
    m_revisionView->setMaximumHeight(150);
    auto* publishBox = new QGroupBox(tr("Veröffentlichung"), this);
    auto* publishLayout = new QVBoxLayout(publishBox);
    publishLayout->addWidget(m_parameters, 1);
    publishLayout->addWidget(m_publishState);
    publishLayout->addWidget(new QLabel(tr("<b>Revisionen</b>"), publishBox));
    publishLayout->addWidget(m_revisionView);
    return publishBox;
}

std::optional<core::Quarter> EvaluationTab::selectedQuarter() const {
    return core::Quarter::parse(m_quarter->currentData().toString());
}

void EvaluationTab::refresh() {
    const QString previous = m_quarter->currentData().toString();
    const QList<core::Quarter> periods = reporting::OfficeSubmissions(m_db).periods();
    {
        const QSignalBlocker blocker(m_quarter);
        m_quarter->clear();
        for (auto it = periods.crbegin(); it != periods.crend(); ++it) {
            m_quarter->addItem(it->label(), it->toString());
        }
        const int index = m_quarter->findData(previous);
        m_quarter->setCurrentIndex(index >= 0 ? index : 0);
    }
    showQuarter();
}

void EvaluationTab::showQuarter() {
    const auto quarter = selectedQuarter();
    m_publish->setEnabled(quarter.has_value());
    if (!quarter) {
        m_mergedSet = {};
        m_submissions = 0;
        m_submissionCount->setText(tr("Noch keine Meldungen eingegangen."));
        showMergedTable();
        showRevisions();
        const int year = core::Quarter::containing(m_clock.today()).year;
        m_parameters->setParameters(year, reporting::PublicationStore(m_db, m_clock).parameters(year),
                                    yearIsFrozen(year));
        return;
    }
    const reporting::OfficeSubmissions submissions(m_db);
    Messages::guard(this, [&] {
        m_submissions = submissions.currentCount(*quarter);
        m_mergedSet = submissions.merged(*quarter);
    });
    m_submissionCount->setText(tr("%n gültige Meldung(en) in diesem Quartal", nullptr, m_submissions));
    m_parameters->setParameters(quarter->year, reporting::PublicationStore(m_db, m_clock).parameters(quarter->year),
                                yearIsFrozen(quarter->year));
    showMergedTable();
    showRevisions();
}

void EvaluationTab::showMergedTable() {
    const QString id = m_table->currentData().toString();
    const core::ProblemTable* table = m_mergedSet.table(id);
    const CodeLabels labels(core::ProblemTaxonomyRepository(m_db).current());
    QStringList headers;
    QList<RowsModel::Row> rows;
    if (table != nullptr) {
        for (const QString& dimension : table->dimensions) {
            headers << CodeLabels::dimension(dimension);
        }
        headers << tr("Anzahl (exakt)");
        for (const core::ProblemCell& cell : table->cells) {
            RowsModel::Row row;
            row.cells << CodeLabels::field(cell.key.value(0))
                      << secondDimensionLabel(table->dimensions.value(1), cell.key.value(1), labels)
                      << QVariant::fromValue<qlonglong>(cell.count);
            rows << row;
        }
    }
    m_merged->setHeaders(headers);
    m_merged->setRows(rows);
    TableViews::fitColumns(m_mergedView, 360);
    TableViews::stretchColumn(m_mergedView, 1);
}

void EvaluationTab::showRevisions() {
    QList<RowsModel::Row> rows;
    const auto quarter = selectedQuarter();
    if (quarter) {
        for (const reporting::Publication& publication :
             reporting::PublicationStore(m_db, m_clock).revisions(*quarter)) {
            rows << RowsModel::Row{{publication.revision, publication.publishedAt, publication.submissions,
                                    publication.reason.isEmpty() ? tr("erste Veröffentlichung") : publication.reason},
                                   publication.revision,
                                   {},
                                   {},
                                   {}};
        }
    }
    m_revisions->setRows(rows);
    TableViews::fitColumns(m_revisionView);
    m_publishState->setText(rows.isEmpty() ? tr("Dieses Quartal ist noch nicht veröffentlicht.")
                                           : tr("Veröffentlicht als Revision %1. Neue Zahlen werden nur mit "
                                                "Begründung als weitere Revision veröffentlicht.")
                                                 .arg(rows.size()));
}

bool EvaluationTab::yearIsFrozen(int year) const {
    for (const reporting::Publication& publication : reporting::PublicationStore(m_db, m_clock).latestOfEachQuarter()) {
        if (publication.period.year == year) {
            return true;
        }
    }
    return false;
}

void EvaluationTab::saveParameters() {
    if (Messages::guard(this, [&] {
            reporting::PublicationStore(m_db, m_clock).setParameters(m_parameters->year(), m_parameters->parameters());
        })) {
        m_parameters->setParameters(m_parameters->year(),
                                    reporting::PublicationStore(m_db, m_clock).parameters(m_parameters->year()),
                                    yearIsFrozen(m_parameters->year()));
        Messages::showInfo(this, tr("Gespeichert"),
                           tr("Die Parameter für %1 sind gespeichert.").arg(m_parameters->year()));
    }
}

void EvaluationTab::publish() {
    const auto quarter = selectedQuarter();
    if (!quarter) {
        return;
    }
    const reporting::PublicationStore store(m_db, m_clock);
    const std::optional<reporting::Publication> latest = store.latest(*quarter);
    if (latest) {
        // Same input gives the same publication back; changed input needs a reason.
        const QDateTime before = latest->publishedAt;
        std::optional<reporting::Publication> again;
        try {
            again = reporting::PublicationStore(m_db, m_clock).publish(m_mergedSet, m_submissions);
        } catch (const Error& error) {
            if (error.code() != ErrorCode::RuleViolation) {
                Messages::showError(this, error.message());
                return;
            }
        } catch (const std::exception&) {
            Messages::showError(this, Messages::unexpectedErrorText());
            return;
        }
        if (again && again->revision == latest->revision && again->publishedAt == before) {
            Messages::showInfo(this, tr("Unverändert"),
                               tr("Seit der Veröffentlichung sind keine neuen Meldungen eingegangen. Die "
                                  "veröffentlichten Zahlen (Revision %1) gelten weiter.")
                                   .arg(latest->revision));
            return;
        }
        askRevisionReason(latest->revision + 1);
        return;
    }
    Messages::confirm(this, tr("Veröffentlichen"),
                      tr("Die Zahlen des %1 werden durch das Cell-Key-Verfahren geschützt und veröffentlicht. "
                         "Danach ist das Quartal eingefroren, und die Regionen und die Schwelle für „sonstige“ "
                         "sind für %2 festgelegt.")
                          .arg(quarter->label())
                          .arg(quarter->year),
                      tr("Veröffentlichen"), [this] { publishNow({}); });
}

void EvaluationTab::askRevisionReason(int nextRevision) {
    auto* dialog = new RevisionReasonDialog(selectedQuarter()->label(), nextRevision, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { publishNow(dialog->reason()); });
    dialog->open();
}

void EvaluationTab::publishNow(const QString& reason) {
    const auto quarter = selectedQuarter();
    if (!quarter) {
        return;
    }
    reporting::PublicationStore store(m_db, m_clock);
    if (!m_parameters->isFrozen() &&
        !Messages::guard(this, [&] { store.setParameters(quarter->year, m_parameters->parameters()); })) {
        return;
    }
    std::optional<reporting::Publication> publication;
    if (!Messages::guard(this, [&] { publication = store.publish(m_mergedSet, m_submissions, reason); })) {
        return;
    }
    showQuarter();
    Q_EMIT published();
    Messages::showInfo(this, tr("Veröffentlicht"),
                       tr("Das %1 ist als Revision %2 veröffentlicht. Der Konferenzbericht zeigt die geschützten "
                          "Zahlen.")
                           .arg(quarter->label())
                           .arg(publication->revision));
}

} // namespace kim::gui
