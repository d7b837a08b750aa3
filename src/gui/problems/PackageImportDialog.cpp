// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problems/PackageImportDialog.h"

#include "gui/common/Session.h"
#include "storage/Vault.h"
#include "base/Error.h"
#include "core/Quarter.h"
#include "reporting/CaseManagerInbox.h"
#include "gui/common/ItemViews.h"
#include "gui/contacts/ExchangeFiles.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <span>

namespace kim::gui {

namespace {
enum Column { FileColumn, ResultColumn, SenderColumn, PeriodColumn };
} // namespace

PackageImportDialog::PackageImportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_db(session.vault().database())
    , m_identity(session.identity())
    , m_clock(session.clock())
    , m_summary(new QLabel(this))
    , m_results(new QTreeWidget(this)) {
    setWindowTitle(tr("Pakete einlesen"));
    resize(900, 380);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("importResults"));
    ItemViews::setupList(m_results, {tr("Datei"), tr("Ergebnis"), tr("Absender"), tr("Zeitraum")});
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Schließen"));
    connect(buttons, &QDialogButtonBox::rejected, this, &PackageImportDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
}

int PackageImportDialog::importFiles(const QStringList& paths) {
    int accepted = 0;
    for (const QString& path : paths) {
        const reporting::ImportOutcome outcome = importFile(path);
        accepted += outcome.result != reporting::ImportResult::Rejected ? 1 : 0;
        m_outcomes.append(outcome);
        addRow(outcome);
    }
    const int total = static_cast<int>(m_outcomes.size());
    m_summary->setText(accepted == total ? tr("Alle Pakete wurden eingelesen (%1).").arg(total)
                                         : tr("%1 von %2 Paketen eingelesen. Abgewiesene Pakete haben nichts "
                                              "verändert; der Hinweis sagt, warum.")
                                               .arg(accepted)
                                               .arg(total));
    if (accepted > 0) {
        Q_EMIT packagesImported();
    }
    return accepted;
}

reporting::ImportOutcome PackageImportDialog::importFile(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    QByteArray bytes;
    try {
        bytes = ExchangeFiles::read(path, MaxPackageSize);
    } catch (const Error& error) {
        reporting::ImportOutcome outcome;
        outcome.source = name;
        outcome.reason = error.message();
        return outcome;
    }
    const auto* content = reinterpret_cast<const uint8_t*>(bytes.constData());
    return reporting::CaseManagerInbox(m_db, m_identity, m_clock)
        .importPackage(std::span<const uint8_t>(content, static_cast<size_t>(bytes.size())), name);
}

void PackageImportDialog::addRow(const reporting::ImportOutcome& outcome) {
    QString result;
    switch (outcome.result) {
    case reporting::ImportResult::Accepted:
        result = tr("eingelesen");
        break;
    case reporting::ImportResult::Replaced:
        result = tr("eingelesen (ersetzt frühere Fassung)");
        break;
    case reporting::ImportResult::Rejected:
        result = tr("abgewiesen");
        break;
    }
    const auto period = core::Quarter::parse(outcome.period);
    auto* item = new QTreeWidgetItem(
        m_results, {outcome.source, result, outcome.senderName, period ? period->label() : outcome.period});
    if (outcome.result == reporting::ImportResult::Rejected) {
        item->setForeground(ResultColumn, ItemViews::overdueColor());
    }
    // Why it was rejected, on its own line across the whole width.
    if (!outcome.reason.isEmpty()) {
        auto* reason = new QTreeWidgetItem(item, {outcome.reason});
        reason->setFlags(Qt::ItemIsEnabled);
        reason->setToolTip(FileColumn, outcome.reason);
        reason->setFirstColumnSpanned(true);
        item->setExpanded(true);
    }
}

} // namespace kim::gui
