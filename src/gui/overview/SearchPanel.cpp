// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/overview/SearchPanel.h"

#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/overview/SnippetDelegate.h"
#include "gui/common/Session.h"

#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kim::gui {

namespace {
constexpr int MaxHits = 200;
}

SearchPanel::SearchPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_edit(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_results(new QTreeWidget(this)) {
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setPlaceholderText(tr("In allen Beratungsnotizen suchen (Strg+Umschalt+F)"));
    m_edit->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    ItemViews::setupList(m_results, {tr("Datum"), tr("Klient*in"), tr("Fundstelle")});
    m_results->setItemDelegateForColumn(2, new SnippetDelegate(m_results));
    m_results->setUniformRowHeights(false);
    m_summary->setText(tr("Wortanfänge genügen: „Jobc“ findet „Jobcenter“."));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_edit);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchPanel::search);
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT openClient(item->data(0, Qt::UserRole).toLongLong()); });
}

void SearchPanel::focusSearch() {
    m_edit->setFocus();
    m_edit->selectAll();
}

void SearchPanel::search() {
    m_results->clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    QList<core::SearchHit> hits;
    Messages::guard(this, [&] { hits = m_session.consultations().search(text, MaxHits); });
    for (const core::SearchHit& hit : hits) {
        auto* item =
            new QTreeWidgetItem(m_results, {ItemViews::date(hit.heldOn),
                                            hit.clientName + QStringLiteral("\n") + hit.caseCode, hit.snippet});
        item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(hit.clientId));
    }
    ItemViews::fitColumns(m_results);
    if (hits.isEmpty()) {
        m_summary->setText(tr("Nichts gefunden."));
    } else if (hits.size() >= MaxHits) {
        m_summary->setText(tr("Die neuesten %1 Fundstellen; ein weiteres Wort grenzt die Suche ein.").arg(MaxHits));
    } else {
        m_summary->setText(tr("%1 Fundstellen. Mit der Eingabetaste öffnen Sie die Fallakte.").arg(hits.size()));
    }
    if (!hits.isEmpty()) {
        m_results->setCurrentItem(m_results->topLevelItem(0));
        m_results->setFocus();
    }
}

} // namespace kim::gui
