// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/contacts/PackageWrittenPage.h"

#include "gui/contacts/PackageRecipientPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kim::gui {

PackageWrittenPage::PackageWrittenPage(const PackageRecipientPage& recipients, const QString& title, Summary summary,
                                       QWidget* parent)
    : QWizardPage(parent)
    , m_recipients(recipients)
    , m_text(std::move(summary))
    , m_summary(new QLabel(this)) {
    setTitle(title);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void PackageWrittenPage::initializePage() {
    m_summary->setText(m_text(m_recipients.writtenPath(), m_recipients.writtenRecipients()));
}

QString PackageWrittenPage::namesText(const QStringList& names) {
    QStringList quoted;
    for (const QString& name : names) {
        quoted << tr("„%1“").arg(name);
    }
    if (quoted.size() <= 1) {
        return quoted.value(0);
    }
    const QString last = quoted.takeLast();
    return tr("%1 und %2").arg(quoted.join(QStringLiteral(", ")), last);
}

} // namespace kim::gui
