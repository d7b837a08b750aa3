// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/overview/DueFollowUpsPanel.h"

#include <algorithm>

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/FollowUpRepository.h"
#include "gui/common/Messages.h"
#include "gui/overview/DueFollowUpsModel.h"
#include "gui/common/Session.h"

namespace kim::gui {

DueFollowUpsPanel::DueFollowUpsPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DueFollowUpsModel(session.followUps(), session.clock(), this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this)) {
    m_view->setObjectName(QStringLiteral("dueList"));
    m_view->setModel(m_model);
    // The look of ItemViews::setupList, on a lazy model.
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionsMovable(false);
    m_view->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 2px; }"));
    sizeColumns();
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view); // Ctrl+D lands in the list, where Enter opens the case file
    connect(
        m_model, &DueFollowUpsModel::loadFailed, this,
        [this](const QString& message) { Messages::showError(this, message); }, Qt::QueuedConnection);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const int64_t clientId = m_model->clientIdAt(index.row()); clientId != 0) {
            Q_EMIT openClient(clientId);
        }
    });
}

void DueFollowUpsPanel::sizeColumns() {
    // Measured from the header and the longest possible texts, never from the rows: a list of
    // 100,000 follow-ups must not be read to size it. Names are cut at the width ItemViews uses.
    const QFontMetrics metrics = m_view->fontMetrics();
    auto widest = [this, &metrics](int column, const QStringList& texts) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        for (const QString& text : texts) {
            width = std::max(width, metrics.horizontalAdvance(text));
        }
        return width + 24;
    };
    m_view->setColumnWidth(DueFollowUpsModel::DueColumn,
                           widest(DueFollowUpsModel::DueColumn, {QStringLiteral("00.00.0000"), tr("heute")}));
    // Room for most names ("Nachname, Vorname"); longer ones are elided, the task keeps the rest.
    m_view->setColumnWidth(DueFollowUpsModel::ClientColumn,
                           widest(DueFollowUpsModel::ClientColumn, {QStringLiteral("Ghebremedhin, Mehari")}));
    m_view->setColumnWidth(DueFollowUpsModel::CaseCodeColumn,
                           widest(DueFollowUpsModel::CaseCodeColumn, {QStringLiteral("SHS-2026-0000")}));
}

void DueFollowUpsPanel::refresh() {
    Messages::guard(this, [&] { m_model->refresh(); });
    const int due = m_model->totalCount();
    if (due == 0) {
        m_summary->setText(tr("Heute ist nichts fällig."));
    } else {
        m_summary->setText(tr("%1 Wiedervorlagen fällig, davon %2 überfällig (rot). Mit Eingabetaste oder "
                              "Doppelklick öffnen Sie die Fallakte.")
                               .arg(due)
                               .arg(m_model->overdueCount()));
    }
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
    setCount(due);
}

void DueFollowUpsPanel::refreshCount() {
    core::DueCounts counts;
    Messages::guard(this, [&] { counts = m_session.followUps().dueCounts(); });
    setCount(counts.due);
}

void DueFollowUpsPanel::setCount(int count) {
    m_count = count;
    Q_EMIT countChanged(m_count);
}

} // namespace kim::gui
