// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/StartPage.h"

#include "gui/workspace/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kim::gui {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(createCard(), 0);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    refreshRecent();
}

QWidget* StartPage::createCard() {
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("startCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMinimumWidth(640);
    card->setMaximumWidth(760);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);

    auto* title = new QLabel(tr("KIM Fallakte"), card);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Fallakte für das Kommunale Integrationsmanagement im Kreis Gütersloh. "
                                   "Ihre Daten bleiben verschlüsselt auf diesem Rechner."),
                                card);
    subtitle->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);

    auto* recentLabel = new QLabel(tr("&Zuletzt verwendete Arbeitsmappen"), card);
    QFont bold = recentLabel->font();
    bold.setBold(true);
    recentLabel->setFont(bold);
    m_recent = new QListWidget(card);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMinimumHeight(150);
    m_recent->setAlternatingRowColors(true);
    m_recent->setSpacing(3);
    recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT recentChosen(item->data(Qt::UserRole).toString()); });
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_emptyHint = new QLabel(tr("Noch keine Arbeitsmappe verwendet. Legen Sie eine neue Arbeitsmappe an, öffnen Sie "
                                "eine vorhandene oder probieren Sie das Programm mit der Demo-Arbeitsmappe aus."),
                             card);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setMargin(12);
    m_emptyHint->setStyleSheet(QStringLiteral("background: palette(base); border: 1px solid palette(mid);"));
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);
    layout->addWidget(m_emptyHint);

    auto* buttons = new QHBoxLayout;
    auto* open = createButton(tr("Arbeitsmappe ö&ffnen…"), QStringLiteral("openButton"));
    auto* create = createButton(tr("&Neue Arbeitsmappe anlegen…"), QStringLiteral("createButton"));
    auto* demo = createButton(tr("&Demo-Arbeitsmappe anlegen…"), QStringLiteral("demoButton"));
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(create, &QPushButton::clicked, this, &StartPage::createRequested);
    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addStretch(1);
    buttons->addWidget(demo);
    layout->addLayout(buttons);
    return card;
}

QPushButton* StartPage::createButton(const QString& text, const QString& objectName) {
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setMinimumHeight(32);
    return button;
}

void StartPage::refreshRecent() {
    m_recent->clear();
    const QStringList recent = AppSettings::recentWorkspaces();
    for (const QString& path : recent) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(m_recent);
        QString text = info.fileName() + QStringLiteral("\n") + QDir::toNativeSeparators(info.absolutePath());
        if (!info.exists()) {
            text += tr("  (nicht gefunden)");
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        item->setText(text);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recent->setVisible(!recent.isEmpty());
    m_emptyHint->setVisible(recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recent->setCurrentRow(0);
    }
}

void StartPage::focusDefault() {
    if (!m_recent->isHidden() && m_recent->currentItem() != nullptr) {
        m_recent->setFocus();
    } else if (auto* create = findChild<QPushButton*>(QStringLiteral("createButton"))) {
        create->setFocus();
    }
}

} // namespace kim::gui
