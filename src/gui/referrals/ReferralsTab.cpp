#include "gui/referrals/ReferralsTab.h"

#include "base/Clock.h"
#include "core/ReferralRepository.h"
#include "core/ReferralRules.h"
#include "core/ReferralSheetData.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/referrals/LegalDomainTimeline.h"
#include "gui/referrals/ReferralDialog.h"
#include "gui/referrals/ReferralReleaseList.h"
#include "gui/referrals/ReferralSheetWriter.h"
#include "gui/referrals/ReferralStatusDialog.h"
#include "gui/referrals/ReferralWidgets.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kim::gui {

namespace {

enum Column { DateColumn, InstitutionColumn, FieldColumn, ReasonColumn, StatusColumn, DueColumn };

} // namespace

ReferralsTab::ReferralsTab(storage::Database& db, const kim::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_sender(ReferralSheetWriter::senderFromSettings()) {
    auto* title = new QLabel(tr("<b>&Vermittlungen</b>"), this);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Datum"), tr("Einrichtung"), tr("Handlungsfeld"), tr("Anlass"), tr("Status"), tr("Rückmeldung bis")});
    m_list->header()->setStretchLastSection(false);
    for (int column : {DateColumn, InstitutionColumn, FieldColumn, StatusColumn, DueColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    title->setBuddy(m_list);
    m_history = new QTreeWidget(this);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Datum"), tr("Status"), tr("Notiz")});
    m_history->setMaximumHeight(110);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->setFocusPolicy(Qt::ClickFocus);

    m_new = new QPushButton(tr("&Neue Vermittlung…"), this);
    m_edit = new QPushButton(tr("Be&arbeiten…"), this);
    m_status = new QPushButton(tr("&Status ändern…"), this);
    m_print = new QPushButton(tr("Überleitungsbogen &drucken…"), this);
    m_pdf = new QPushButton(tr("Als &PDF speichern…"), this);
    m_error = ReferralWidgets::errorLabel(this);
    m_releases = new ReferralReleaseList(m_db, m_clock, this);
    m_timeline = new LegalDomainTimeline(m_db, m_clock, this);

    connect(m_new, &QPushButton::clicked, this, &ReferralsTab::newReferral);
    connect(m_edit, &QPushButton::clicked, this, &ReferralsTab::editSelected);
    connect(m_status, &QPushButton::clicked, this, &ReferralsTab::changeStatusOfSelected);
    connect(m_print, &QPushButton::clicked, this, &ReferralsTab::printSheet);
    connect(m_pdf, &QPushButton::clicked, this, &ReferralsTab::askPdfPath);
    connect(m_list, &QTreeWidget::itemActivated, this, &ReferralsTab::changeStatusOfSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showHistory();
        updateButtons();
    });
    connect(m_releases, &ReferralReleaseList::releasesChanged, this, &ReferralsTab::updateButtons);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_new, m_edit, m_status, m_print, m_pdf})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_list, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Verlauf der ausgewählten Vermittlung:"), this));
    layout->addWidget(m_history, 1);
    layout->addWidget(m_releases, 1);
    layout->addWidget(m_timeline, 1);
    updateButtons();
}

void ReferralsTab::setClient(int64_t clientId, std::optional<int64_t> caseId) {
    m_clientId = clientId;
    m_caseId = caseId;
    m_releases->setClient(clientId);
    m_timeline->setClient(clientId);
    refresh();
}

void ReferralsTab::refresh() {
    const int64_t keep = selectedId();
    m_list->clear();
    if (m_clientId != 0) {
        Messages::guardInline(m_error, [&] {
            const QDate today = m_clock.today();
            for (const core::ReferralRow& row : core::ReferralRepository(m_db, m_clock).forClient(m_clientId)) {
                const core::Referral& r = row.referral;
                auto* item = new QTreeWidgetItem(m_list, {ItemViews::date(r.referredOn), row.institutionName,
                                                          core::label(r.field), r.reason, core::label(r.status),
                                                          ItemViews::date(r.expectedBy)});
                item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(r.id));
                item->setToolTip(ReasonColumn, r.reason);
                if (r.isOverdueOn(today)) {
                    item->setForeground(StatusColumn, QColor(0xb0, 0x00, 0x20));
                    item->setForeground(DueColumn, QColor(0xb0, 0x00, 0x20));
                    item->setText(StatusColumn, tr("%1 – überfällig").arg(core::label(r.status)));
                }
                if (r.id == keep)
                    m_list->setCurrentItem(item);
            }
        });
    }
    if (m_list->currentItem() == nullptr && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showHistory();
    updateButtons();
}

int64_t ReferralsTab::selectedId() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item != nullptr ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void ReferralsTab::showHistory() {
    m_history->clear();
    const int64_t id = selectedId();
    if (id == 0)
        return;
    Messages::guardInline(m_error, [&] {
        for (const core::ReferralStatusChange& change : core::ReferralRepository(m_db, m_clock).load(id).history)
            new QTreeWidgetItem(m_history,
                                {ItemViews::date(change.changedOn), core::label(change.status), change.note});
    });
}

void ReferralsTab::updateButtons() {
    const bool selected = selectedId() != 0;
    m_new->setEnabled(m_caseId.has_value());
    m_new->setToolTip(m_caseId ? QString() : tr("Bitte zuerst einen Fall eröffnen."));
    for (QPushButton* button : {m_edit, m_status, m_print, m_pdf})
        button->setEnabled(selected);
}

void ReferralsTab::openDialog(QDialog* dialog) {
    // open(), never exec(): a lock may tear the workspace down while the dialog is up.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT referralsChanged();
    });
    dialog->open();
}

void ReferralsTab::newReferral() {
    if (!m_caseId)
        return;
    core::Referral referral;
    referral.caseId = *m_caseId;
    referral.clientId = m_clientId;
    referral.referredOn = m_clock.today();
    openDialog(new ReferralDialog(m_db, m_clock, referral, this));
}

void ReferralsTab::editSelected() {
    core::Referral referral;
    const int64_t id = selectedId();
    if (id != 0 && Messages::guardInline(m_error, [&] { referral = core::ReferralRepository(m_db, m_clock).load(id); }))
        openDialog(new ReferralDialog(m_db, m_clock, referral, this));
}

void ReferralsTab::changeStatusOfSelected() {
    core::Referral referral;
    const int64_t id = selectedId();
    if (id != 0 && Messages::guardInline(m_error, [&] { referral = core::ReferralRepository(m_db, m_clock).load(id); }))
        openDialog(new ReferralStatusDialog(m_db, m_clock, referral, this));
}

bool ReferralsTab::savePdf(const QString& path) {
    const int64_t id = selectedId();
    bool written = false;
    Messages::guardInline(m_error, [&] {
        const ReferralSheetWriter writer(core::ReferralSheetData::build(m_db, m_clock, id), m_sender);
        written = writer.writePdf(path);
        if (!written)
            m_error->setText(tr("Die PDF-Datei konnte nicht geschrieben werden. Bitte wählen Sie einen anderen Ort."));
    });
    if (!written && !m_error->text().isEmpty())
        m_error->show();
    return written;
}

void ReferralsTab::askPdfPath() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Überleitungsbogen als PDF speichern"),
                                                      tr("Ueberleitungsbogen.pdf"), tr("PDF-Dateien (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void ReferralsTab::printSheet() {
    const int64_t id = selectedId();
    Messages::guardInline(m_error, [&] {
        const ReferralSheetWriter writer(core::ReferralSheetData::build(m_db, m_clock, id), m_sender);
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            writer.print(printer);
    });
}

} // namespace kim::gui
