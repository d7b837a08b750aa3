// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/referrals/InstitutionDirectoryDialog.h"

#include "core/InstitutionRepository.h"
#include "gui/common/Messages.h"
#include "gui/referrals/InstitutionEditor.h"
#include "gui/referrals/ReferralWidgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kim::gui {

InstitutionDirectoryDialog::InstitutionDirectoryDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db) {
    setWindowTitle(tr("Einrichtungen"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Art"), tr("Rechtskreis"), tr("Zuständig für")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_editor = new InstitutionEditor(this);
    m_showArchived = new QCheckBox(tr("&archivierte anzeigen"), this);
    m_error = ReferralWidgets::errorLabel(this);
    auto* add = new QPushButton(tr("&Neue Einrichtung"), this);
    auto* save = new QPushButton(tr("Ä&nderungen speichern"), this);
    auto* remove = new QPushButton(tr("Ent&fernen"), this);
    remove->setToolTip(tr("Einrichtungen mit Vermittlungen werden archiviert, nicht gelöscht."));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Schließen"));

    connect(m_table, &QTableWidget::currentCellChanged, this, &InstitutionDirectoryDialog::showSelected);
    connect(m_showArchived, &QCheckBox::toggled, this, &InstitutionDirectoryDialog::refresh);
    connect(add, &QPushButton::clicked, this, &InstitutionDirectoryDialog::addNew);
    connect(save, &QPushButton::clicked, this, &InstitutionDirectoryDialog::saveCurrent);
    connect(remove, &QPushButton::clicked, this, &InstitutionDirectoryDialog::removeCurrent);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* left = new QVBoxLayout;
    left->addWidget(m_table);
    left->addWidget(m_showArchived);
    auto* right = new QVBoxLayout;
    right->addWidget(m_editor);
    auto* actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(save);
    actions->addWidget(remove);
    right->addLayout(actions);
    right->addWidget(m_error);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);
    resize(1100, 620);
    refresh();
}

void InstitutionDirectoryDialog::refresh() {
    const int64_t keep = m_selectAfterRefresh != 0 ? m_selectAfterRefresh : selectedId();
    m_selectAfterRefresh = 0;
    QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    Messages::guardInline(m_error, [&] {
        const QList<core::Institution> all = core::InstitutionRepository(m_db).all(m_showArchived->isChecked());
        m_table->setRowCount(static_cast<int>(all.size()));
        for (int row = 0; row < all.size(); ++row) {
            const core::Institution& i = all[row];
            auto* name = new QTableWidgetItem(i.archived ? tr("%1 (archiviert)").arg(i.name) : i.name);
            name->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(i.id));
            m_table->setItem(row, 0, name);
            m_table->setItem(row, 1, new QTableWidgetItem(core::label(i.type)));
            m_table->setItem(row, 2, new QTableWidgetItem(core::label(i.legalDomain)));
            m_table->setItem(row, 3,
                             new QTableWidgetItem(i.municipality ? core::label(*i.municipality) : tr("kreisweit")));
            if (i.id == keep) {
                m_table->setCurrentCell(row, 0);
            }
        }
    });
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0) {
        m_table->setCurrentCell(0, 0);
    }
    showSelected();
}

int64_t InstitutionDirectoryDialog::selectedId() const {
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), 0);
    return item != nullptr ? item->data(Qt::UserRole).toLongLong() : 0;
}

void InstitutionDirectoryDialog::showSelected() {
    const int64_t id = selectedId();
    if (id != 0) {
        Messages::guardInline(m_error, [&] { m_editor->setInstitution(core::InstitutionRepository(m_db).load(id)); });
    }
}

void InstitutionDirectoryDialog::addNew() {
    m_table->clearSelection();
    m_editor->setInstitution(core::Institution{});
    m_editor->nameEdit()->setFocus();
}

void InstitutionDirectoryDialog::saveCurrent() {
    core::Institution institution = m_editor->institution();
    if (Messages::guardInline(m_error, [&] { core::InstitutionRepository(m_db).save(institution); })) {
        m_selectAfterRefresh = institution.id;
        refresh();
    }
}

void InstitutionDirectoryDialog::removeCurrent() {
    const int64_t id = m_editor->institution().id;
    if (id == 0) {
        return;
    }
    bool deleted = false;
    if (Messages::guardInline(m_error, [&] { deleted = core::InstitutionRepository(m_db).remove(id); })) {
        if (!deleted) {
            m_error->setText(tr("Die Einrichtung hat Vermittlungen und wurde deshalb archiviert."));
            m_error->show();
        }
        refresh();
    }
}

} // namespace kim::gui
