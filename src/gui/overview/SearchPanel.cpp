// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/overview/SearchPanel.h"

#include "core/CaseloadPseudonym.h"
#include "core/Catalog.h"
#include "storage/Vault.h"
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
    m_edit->setToolTip(tr("Ein Pseudonym aus einem Fallzahlenbericht (z. B. P-7F3A2C) zeigt, für welchen Fall es "
                          "steht."));
    m_edit->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    ItemViews::setupList(m_results, {tr("Datum"), tr("Klient*in"), tr("Fundstelle")});
    m_snippets = new SnippetDelegate(m_results);
    m_results->setItemDelegateForColumn(2, m_snippets);
    m_results->setUniformRowHeights(false);
    m_summary->setText(tr("Wortanfänge genügen: „Jobc“ findet „Jobcenter“. Ein Pseudonym wie „P-7F3A2C“ zeigt den "
                          "Fall, für den es in Ihrem Fallzahlenbericht steht."));
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
    if (core::CaseloadPseudonym::looksLikePseudonym(text)) {
        showPseudonym(text);
    } else {
        searchNotes(text);
    }
    if (m_results->topLevelItemCount() > 0) {
        m_results->setCurrentItem(m_results->topLevelItem(0));
        m_results->setFocus();
    }
}

void SearchPanel::searchNotes(const QString& text) {
    m_results->setHeaderLabels({tr("Datum"), tr("Klient*in"), tr("Fundstelle")});
    m_results->setItemDelegateForColumn(2, m_snippets);
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
        m_summary->setText(
            tr("Die %1 passendsten unter den neuesten Fundstellen; ein weiteres Wort grenzt die Suche ein.")
                .arg(MaxHits));
    } else {
        m_summary->setText(tr("%1 Fundstellen. Mit der Eingabetaste öffnen Sie die Fallakte.").arg(hits.size()));
    }
}

void SearchPanel::showPseudonym(const QString& text) {
    m_results->setHeaderLabels({tr("Zeitraum"), tr("Klient*in"), tr("Fall")});
    m_results->setItemDelegateForColumn(2, nullptr); // plain text, no search marks
    QString pseudonym = text.toUpper();
    if (!pseudonym.startsWith(QStringLiteral("P-"))) {
        pseudonym.prepend(QStringLiteral("P-"));
    }
    int found = 0;
    Messages::guard(this, [&] {
        for (const core::CaseloadPseudonym::ResolvedPseudonym& resolved :
             core::CaseloadPseudonym::resolve(m_session.vault().database(), text)) {
            const core::Case caseRecord = m_session.cases().load(resolved.caseId);
            const core::Client client = m_session.clients().load(caseRecord.clientId);
            const QString state = caseRecord.isClosed()
                                      ? tr("abgeschlossen am %1").arg(ItemViews::date(caseRecord.closedOn))
                                      : tr("Phase: %1").arg(core::label(caseRecord.phase));
            auto* item = new QTreeWidgetItem(
                m_results,
                {resolved.period.label(), client.displayName() + QStringLiteral("\n") + client.caseCode,
                 tr("Fall seit %1").arg(ItemViews::date(caseRecord.openedOn)) + QStringLiteral("\n") + state});
            item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(client.id));
            ++found;
        }
    });
    ItemViews::fitColumns(m_results);
    if (found == 0) {
        m_summary->setText(tr("„%1“ steht in keinem Fallzahlenbericht, den diese Fallakte gesendet hat. Pseudonyme "
                              "gelten nur für einen Zeitraum und nur in der Fallakte, die den Bericht gesendet hat.")
                               .arg(pseudonym));
    } else if (found == 1) {
        m_summary->setText(tr("„%1“ steht in Ihrem Fallzahlenbericht für diesen Fall. Mit der Eingabetaste öffnen "
                              "Sie die Fallakte.")
                               .arg(pseudonym));
    } else {
        m_summary->setText(tr("„%1“ steht in Ihren Fallzahlenberichten für %2 Fälle; fragen Sie nach dem Zeitraum. "
                              "Mit der Eingabetaste öffnen Sie die Fallakte.")
                               .arg(pseudonym)
                               .arg(found));
    }
}

} // namespace kim::gui
