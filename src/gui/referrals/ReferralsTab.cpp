// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/referrals/ReferralsTab.h"

#include "base/Clock.h"
#include "core/ReferralRepository.h"
#include "core/ReferralRules.h"
#include "core/ReferralSheetData.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/referrals/LegalDomainTimeline.h"
#include "gui/referrals/ReferralDialog.h"
#include "gui/referrals/ReferralReleaseList.h"
#include "gui/referrals/ReferralSheetWriter.h"
#include "gui/referrals/ReferralStatusDialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTreeWidget>

#include <memory>
#include <optional>

namespace kim::gui {

namespace {

enum Column { DateColumn, InstitutionColumn, FieldColumn, ReasonColumn, StatusColumn, DueColumn };

} // namespace

ReferralsTab::ReferralsTab(storage::Database& db, const kim::Clock& clock, QWidget* parent)
    : RecordListTab(
          {tr("Datum"), tr("Einrichtung"), tr("Handlungsfeld"), tr("Anlass"), tr("Status"), tr("Rückmeldung bis")},
          QStringLiteral("referralList"), parent)
    , m_db(db)
    , m_clock(clock)
    , m_sender(ReferralSheetWriter::senderFromSettings()) {
    auto* title = new QLabel(tr("<b>&Vermittlungen</b>"), this);
    title->setBuddy(list());
    addAbove(title);
    list()->header()->setStretchLastSection(false);
    for (int column : {DateColumn, InstitutionColumn, FieldColumn, StatusColumn, DueColumn}) {
        list()->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    list()->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_history = new QTreeWidget(this);
    ItemViews::setupList(m_history, {tr("Datum"), tr("Status"), tr("Notiz")});
    m_history->setMaximumHeight(110);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->setFocusPolicy(Qt::ClickFocus);
    m_releases = new ReferralReleaseList(m_db, m_clock, this);
    m_timeline = new LegalDomainTimeline(m_db, m_clock, this);

    m_new = addButton(tr("&Neue Vermittlung…"), QStringLiteral("newReferralButton"), [this] { newReferral(); });
    m_edit = addButton(tr("Be&arbeiten…"), QStringLiteral("editReferralButton"), [this] { editSelected(); });
    m_status =
        addButton(tr("&Status ändern…"), QStringLiteral("referralStatusButton"), [this] { changeStatusOfSelected(); });
    m_print = addButton(tr("Überleitungsbogen &drucken…"), QStringLiteral("printReferralSheetButton"),
                        [this] { printSheet(); });
    m_pdf = addButton(tr("Als &PDF speichern…"), QStringLiteral("referralSheetPdfButton"), [this] { askPdfPath(); });
    connect(list(), &QTreeWidget::itemActivated, this, &ReferralsTab::changeStatusOfSelected);
    connect(list(), &QTreeWidget::currentItemChanged, this, [this] {
        showHistory();
        updateButtons();
    });
    connect(m_releases, &ReferralReleaseList::releasesChanged, this, &ReferralsTab::updateButtons);

    addBelow(new QLabel(tr("Verlauf der ausgewählten Vermittlung:"), this));
    addBelow(m_history, 1);
    addBelow(m_releases, 1);
    addBelow(m_timeline, 1);
    setListStretch(3);
    updateButtons();
}

void ReferralsTab::setClient(int64_t clientId, std::optional<int64_t> caseId) {
    m_caseId = caseId;
    m_releases->setClient(clientId);
    m_timeline->setClient(clientId);
    RecordListTab::setClient(clientId);
}

void ReferralsTab::refresh() {
    const int64_t keep = selectedId();
    list()->clear();
    if (clientId() != 0) {
        guard([&] {
            const QDate today = m_clock.today();
            for (const core::ReferralRow& row : core::ReferralRepository(m_db, m_clock).forClient(clientId())) {
                const core::Referral& r = row.referral;
                auto* item = new QTreeWidgetItem(list(), {ItemViews::date(r.referredOn), row.institutionName,
                                                          core::label(r.field), r.reason, core::label(r.status),
                                                          ItemViews::date(r.expectedBy)});
                item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(r.id));
                item->setToolTip(ReasonColumn, r.reason);
                if (r.isOverdueOn(today)) {
                    item->setForeground(StatusColumn, ItemViews::overdueColor());
                    item->setForeground(DueColumn, ItemViews::overdueColor());
                    item->setText(StatusColumn, tr("%1 – überfällig").arg(core::label(r.status)));
                }
            }
        });
    }
    select(keep);
    showHistory();
    updateButtons();
}

void ReferralsTab::showHistory() {
    m_history->clear();
    const int64_t id = selectedId();
    if (id == 0) {
        return;
    }
    guard([&] {
        for (const core::ReferralStatusChange& change : core::ReferralRepository(m_db, m_clock).load(id).history) {
            new QTreeWidgetItem(m_history,
                                {ItemViews::date(change.changedOn), core::label(change.status), change.note});
        }
    });
}

void ReferralsTab::updateButtons() {
    const bool selected = selectedId() != 0;
    m_new->setEnabled(m_caseId.has_value());
    m_new->setToolTip(m_caseId ? QString() : tr("Bitte zuerst einen Fall eröffnen."));
    for (QPushButton* button : {m_edit, m_status, m_print, m_pdf}) {
        button->setEnabled(selected);
    }
}

void ReferralsTab::newReferral() {
    if (!m_caseId) {
        return;
    }
    core::Referral referral;
    referral.caseId = *m_caseId;
    referral.clientId = clientId();
    referral.referredOn = m_clock.today();
    openDialog(new ReferralDialog(m_db, m_clock, referral, this));
}

void ReferralsTab::editSelected() {
    core::Referral referral;
    const int64_t id = selectedId();
    if (id != 0 && guard([&] { referral = core::ReferralRepository(m_db, m_clock).load(id); })) {
        openDialog(new ReferralDialog(m_db, m_clock, referral, this));
    }
}

void ReferralsTab::changeStatusOfSelected() {
    core::Referral referral;
    const int64_t id = selectedId();
    if (id != 0 && guard([&] { referral = core::ReferralRepository(m_db, m_clock).load(id); })) {
        openDialog(new ReferralStatusDialog(m_db, m_clock, referral, this));
    }
}

bool ReferralsTab::savePdf(const QString& path) {
    const int64_t id = selectedId();
    bool written = false;
    const bool built = guard([&] {
        const ReferralSheetWriter writer(core::ReferralSheetData::build(m_db, m_clock, id), m_sender);
        written = writer.writePdf(path);
    });
    if (built && !written) {
        Messages::setInlineError(
            errorLabel(), tr("Die PDF-Datei konnte nicht geschrieben werden. Bitte wählen Sie einen anderen Ort."));
    }
    return written;
}

void ReferralsTab::askPdfPath() {
    const QString path =
        FileDialogs::documentToSave(this, tr("Überleitungsbogen als PDF speichern"), tr("Ueberleitungsbogen.pdf"),
                                    tr("PDF-Dateien (*.pdf)"), QStringLiteral("pdf"));
    if (!path.isEmpty()) {
        savePdf(path);
    }
}

void ReferralsTab::printSheet() {
    const int64_t id = selectedId();
    std::optional<ReferralSheetWriter> writer;
    if (!guard([&] { writer.emplace(core::ReferralSheetData::build(m_db, m_clock, id), m_sender); })) {
        return;
    }
    // open(), never exec(): a lock may tear the workspace down while the dialog is up. The
    // printer lives as long as the connection, which ends with the dialog.
    auto printer = std::make_shared<QPrinter>();
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [printer, writer = std::move(*writer)] { writer.print(*printer); });
    dialog->open();
}

} // namespace kim::gui
