// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/RecordListTab.h"

#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace kim::gui {

RecordListTab::RecordListTab(const QStringList& columns, const QString& listName, QWidget* parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_layout(new QVBoxLayout(this))
    , m_listArea(m_list) {
    m_list->setObjectName(listName);
    ItemViews::setupList(m_list, columns);
    m_hint->setWordWrap(true);
    m_hint->hide();
    m_error->setObjectName(listName + QStringLiteral("Error"));
    m_error->hide();
    m_buttons->addStretch(1);
    m_layout->addWidget(m_hint);
    m_layout->addWidget(m_list, 1);
    m_layout->addWidget(m_error);
    m_layout->addLayout(m_buttons);
}

void RecordListTab::setClient(int64_t clientId) {
    m_clientId = clientId;
    m_error->hide();
    refresh();
}

QPushButton* RecordListTab::addButton(const QString& text, const QString& objectName,
                                      const std::function<void()>& onClick) {
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_buttons->insertWidget(m_buttonCount++, button); // after the other buttons, before the stretch
    connect(button, &QPushButton::clicked, this, onClick);
    return button;
}

void RecordListTab::addToButtonRow(QWidget* widget) {
    m_buttons->addWidget(widget);
}

void RecordListTab::addAbove(QWidget* widget) {
    m_layout->insertWidget(m_aboveCount++, widget);
}

void RecordListTab::addBelow(QWidget* widget, int stretch) {
    m_layout->addWidget(widget, stretch);
}

void RecordListTab::setListArea(QWidget* area) {
    // The list may have left the layout already (adding it to the area reparents it), so the
    // place is found from the hint above it.
    m_layout->removeWidget(m_listArea);
    m_layout->insertWidget(m_layout->indexOf(m_hint) + 1, area, 1);
    m_listArea = area;
}

void RecordListTab::setListStretch(int stretch) {
    m_layout->setStretchFactor(m_listArea, stretch);
}

int64_t RecordListTab::selectedId() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item != nullptr ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void RecordListTab::select(int64_t id) {
    QTreeWidgetItem* first = nullptr;
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        const QVariant data = (*it)->data(0, Qt::UserRole);
        if (!data.isValid()) {
            continue; // a heading row
        }
        if (id != 0 && data.toLongLong() == id) {
            m_list->setCurrentItem(*it);
            return;
        }
        first = first != nullptr ? first : *it;
    }
    m_list->setCurrentItem(first);
}

bool RecordListTab::guard(const std::function<void()>& action) {
    return Messages::guardInline(m_error, action);
}

void RecordListTab::openDialog(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &RecordListTab::refreshAndReportChange);
    dialog->open();
}

void RecordListTab::refreshAndReportChange() {
    refresh();
    Q_EMIT changed();
}

} // namespace kim::gui
