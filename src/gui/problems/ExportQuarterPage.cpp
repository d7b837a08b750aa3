// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problems/ExportQuarterPage.h"

#include "base/Clock.h"
#include "core/ProblemTables.h"
#include "exchange/PackageLog.h"
#include "reporting/ProblemReport.h"
#include "storage/Vault.h"
#include "gui/common/BackgroundJob.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/common/Session.h"
#include "gui/problems/ProblemExportWizard.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace kim::gui {

namespace {
enum Column { QuarterColumn, CountColumn, ReportedColumn };

// How many cases (families) the quarter counts, added up over the Handlungsfelder.
int64_t countedUnits(const core::ProblemTableSet& tables) {
    int64_t total = 0;
    if (const core::ProblemTable* problems = tables.table(core::ProblemTableProgramme::Problems)) {
        for (const core::ProblemCell& cell : problems->cells) {
            total += cell.count;
        }
    }
    return total;
}
} // namespace

ExportQuarterPage::ExportQuarterPage(ProblemExportWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_list(new QTreeWidget(this))
    , m_error(new QLabel(this)) {
    setTitle(tr("Quartal wählen"));
    setSubTitle(tr("Für welches Quartal möchten Sie die Strukturprobleme melden? Gemeldet wird je Quartal; eine "
                   "spätere Meldung für dasselbe Quartal ersetzt die frühere."));
    m_list->setObjectName(QStringLiteral("quarterList"));
    ItemViews::setupList(m_list, {tr("Quartal"), tr("Fälle je Handlungsfeld"), tr("Zuletzt gemeldet")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->headerItem()->setToolTip(CountColumn, tr("Fälle (Familien einmal) mit mindestens einem Strukturproblem, "
                                                     "je Handlungsfeld gezählt und zusammengezählt"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ExportQuarterPage::completeChanged);
    connect(m_list, &QTreeWidget::itemActivated, &wizard, &QWizard::next);
}

void ExportQuarterPage::initializePage() {
    if (m_loading || m_list->topLevelItemCount() > 0) {
        return; // keep the choice when the user comes back
    }
    m_loading = true;
    m_error->hide();
    // One table programme per quarter shown: instant for a caseload, seconds for a register of
    // 100,000 clients, so the figures are gathered off the GUI thread.
    auto overview = std::make_shared<QList<QuarterFigures>>();
    auto work = [overview, session = m_wizard.session(),
                 current = core::Quarter::containing(m_wizard.clock().today())] {
        storage::Database* db = &session->vault().database();
        QHash<QString, QDate> reported;
        for (const exchange::PackageLogEntry& entry : exchange::PackageLog(*db).entries()) {
            if (entry.direction == exchange::PackageDirection::Outgoing &&
                entry.kind == reporting::ProblemReport::Kind) {
                reported[entry.period] = std::max(reported.value(entry.period), entry.recordedAt.toLocalTime().date());
            }
        }
        core::Quarter quarter = current;
        for (int i = 0; i < QuartersShown; ++i, quarter = quarter.previous()) {
            const int64_t units = countedUnits(core::buildProblemTables(*db, quarter));
            overview->append({quarter, units, reported.value(quarter.toString())});
        }
    };
    m_wizard.setBusy(true);
    BackgroundJob::runQuietly(&m_wizard, tr("Die Quartale werden ausgewertet …"), std::move(work),
                              [this, overview](const std::optional<QString>& error) {
                                  m_wizard.setBusy(false);
                                  m_loading = false;
                                  if (error) {
                                      Messages::setInlineError(m_error, *error);
                                      return;
                                  }
                                  showQuarters(*overview);
                              });
}

void ExportQuarterPage::showQuarters(const QList<QuarterFigures>& quarters) {
    const core::Quarter current = core::Quarter::containing(m_wizard.clock().today());
    const core::Quarter lastCompleted = current.previous();
    for (const QuarterFigures& figures : quarters) {
        if (figures.units == 0 && figures.quarter != lastCompleted) {
            continue;
        }
        QString label = figures.quarter.label();
        if (figures.quarter == current) {
            label = tr("%1 (läuft noch)").arg(label);
        }
        const QString count = figures.units == 0 ? tr("keine Strukturprobleme") : QString::number(figures.units);
        auto* item = new QTreeWidgetItem(
            m_list,
            {label, count, figures.lastReport.isValid() ? ItemViews::date(figures.lastReport) : tr("noch nicht")});
        item->setData(0, Qt::UserRole, figures.quarter.toString());
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (figures.quarter == lastCompleted) {
            m_list->setCurrentItem(item);
        }
    }
    m_list->setFocus();
    Q_EMIT completeChanged();
}

core::Quarter ExportQuarterPage::chosenQuarter() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    const auto quarter = item != nullptr ? core::Quarter::parse(item->data(0, Qt::UserRole).toString()) : std::nullopt;
    return quarter.value_or(core::Quarter::containing(m_wizard.clock().today()).previous());
}

bool ExportQuarterPage::isComplete() const {
    return m_list->currentItem() != nullptr;
}

} // namespace kim::gui
