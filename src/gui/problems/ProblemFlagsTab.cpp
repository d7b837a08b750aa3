// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problems/ProblemFlagsTab.h"

#include "core/CaseRepository.h"
#include "base/Clock.h"
#include "core/InstitutionRepository.h"
#include "core/ProblemFlagRepository.h"
#include "core/ProblemTaxonomy.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"
#include "gui/problems/ProblemCodeLabels.h"
#include "gui/problems/ProblemFlagDialog.h"

#include <QHash>
#include <QMap>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

namespace kim::gui {

namespace {
enum Column { ProblemColumn, InstitutionColumn, SinceColumn, StatusColumn };
} // namespace

ProblemFlagsTab::ProblemFlagsTab(storage::Database& db, const kim::Clock& clock, QWidget* parent)
    : RecordListTab({tr("Handlungsfeld / Problem"), tr("Einrichtung"), tr("seit"), tr("Status")},
                    QStringLiteral("problemFlagList"), parent)
    , m_db(db)
    , m_clock(clock) {
    auto* intro = new QLabel(tr("Halten Sie hier Hürden fest, die nicht an der Person liegen, sondern an den "
                                "Strukturen – z. B. lange Wartezeiten bei einer Behörde. Sie gehen nur als Anzahl, "
                                "ohne Namen, in die Quartalsmeldung an die Koordinierende Stelle."),
                             this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: #5f6368;"));
    addAbove(intro);
    // Grouped by Handlungsfeld: the field is a heading row, so the problem title gets the room;
    // the short columns fit their content.
    list()->setIndentation(18);
    list()->header()->setStretchLastSection(false);
    list()->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list()->header()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);

    m_new = addButton(tr("&Neu…"), QStringLiteral("newProblemFlagButton"), [this] { newFlag(); });
    m_edit = addButton(tr("&Bearbeiten…"), QStringLiteral("editProblemFlagButton"), [this] { editSelected(); });
    m_resolve = addButton(tr("Als be&hoben markieren"), QStringLiteral("resolveProblemFlagButton"),
                          [this] { resolveSelected(); });
    m_remove = addButton(tr("&Löschen…"), QStringLiteral("removeProblemFlagButton"), [this] { removeSelected(); });
    connect(list(), &QTreeWidget::itemActivated, this, &ProblemFlagsTab::editSelected);
    connect(list(), &QTreeWidget::currentItemChanged, this, &ProblemFlagsTab::updateButtons);
    updateButtons();
}

void ProblemFlagsTab::refresh() {
    const int64_t keep = selectedId();
    m_case.reset();
    m_flags.clear();
    list()->clear();
    QList<core::ProblemType> types;
    QHash<int64_t, QString> institutionNames;
    if (clientId() != 0) {
        guard([&] {
            m_case = core::CaseRepository(m_db, m_clock).latestCase(clientId());
            if (m_case) {
                m_flags = core::ProblemFlagRepository(m_db, m_clock).forCase(m_case->id);
            }
            types = core::ProblemTaxonomyRepository(m_db).current().types;
            for (const core::Institution& institution : core::InstitutionRepository(m_db).all(true)) {
                institutionNames.insert(institution.id, institution.name);
            }
        });
    }
    fillList(ProblemCodeLabels(types), institutionNames, keep);
    if (!m_case) {
        hint()->setText(tr("Noch kein Fall eröffnet: Strukturprobleme gehören zum Fall."));
    } else if (m_case->isClosed()) {
        hint()->setText(tr("Der Fall ist abgeschlossen: Neue Strukturprobleme lassen sich nicht mehr erfassen."));
    }
    hint()->setVisible(!m_case || m_case->isClosed());
    updateButtons();
}

void ProblemFlagsTab::fillList(const ProblemCodeLabels& labels, const QHash<int64_t, QString>& institutionNames,
                               int64_t keep) {
    QMap<int, QTreeWidgetItem*> groups; // by field, in catalogue order
    QTreeWidgetItem* current = nullptr;
    for (const core::ProblemFlag& flag : m_flags) {
        const auto field = core::fieldOfCode(flag.problemCode);
        const int fieldKey = field ? static_cast<int>(*field) : 0;
        if (!groups.contains(fieldKey)) {
            auto* group = new QTreeWidgetItem(QStringList{field ? core::label(*field) : tr("ohne Handlungsfeld")});
            group->setFlags(Qt::ItemIsEnabled);
            QFont font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
            groups.insert(fieldKey, group);
        }
        QString institution = QStringLiteral("–");
        if (flag.institutionId) {
            institution = institutionNames.value(*flag.institutionId);
        } else if (flag.institutionType) {
            institution = tr("Art: %1").arg(core::label(*flag.institutionType));
        }
        const QString status =
            flag.isResolved() ? tr("behoben am %1").arg(ItemViews::date(flag.resolvedOn)) : tr("besteht");
        auto* item = new QTreeWidgetItem(groups.value(fieldKey), {labels.problem(flag.problemCode), institution,
                                                                  ItemViews::date(flag.since), status});
        item->setData(0, Qt::UserRole, QVariant::fromValue<qlonglong>(flag.id));
        item->setToolTip(ProblemColumn, labels.problem(flag.problemCode));
        item->setToolTip(InstitutionColumn, institution);
        for (int column = 0; flag.isResolved() && column < list()->columnCount(); ++column) {
            item->setForeground(column, ItemViews::mutedColor());
        }
        if (flag.id == keep) {
            current = item;
        }
    }
    for (QTreeWidgetItem* group : std::as_const(groups)) {
        list()->addTopLevelItem(group);
        group->setFirstColumnSpanned(true);
    }
    list()->expandAll();
    if (current != nullptr) {
        list()->setCurrentItem(current);
    }
}

void ProblemFlagsTab::updateButtons() {
    const int64_t id = selectedId();
    const auto flag = std::find_if(m_flags.cbegin(), m_flags.cend(), [id](const auto& f) { return f.id == id; });
    const bool selected = flag != m_flags.cend();
    m_new->setEnabled(m_case && !m_case->isClosed());
    m_edit->setEnabled(selected);
    m_resolve->setEnabled(selected && !flag->isResolved());
    m_remove->setEnabled(selected);
}

void ProblemFlagsTab::newFlag() {
    if (!m_case) {
        Messages::showError(this, tr("Für diese Klient*in ist noch kein Fall eröffnet. Bitte zuerst im Reiter "
                                     "„Fall & Ziele“ einen Fall eröffnen."));
        return;
    }
    core::ProblemFlag flag;
    flag.caseId = m_case->id;
    editFlag(flag);
}

void ProblemFlagsTab::editSelected() {
    const int64_t id = selectedId();
    const auto flag = std::find_if(m_flags.cbegin(), m_flags.cend(), [id](const auto& f) { return f.id == id; });
    if (flag != m_flags.cend()) {
        editFlag(*flag);
    }
}

void ProblemFlagsTab::editFlag(const core::ProblemFlag& flag) {
    auto* dialog = new ProblemFlagDialog(m_db, m_clock, flag, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { afterChange(dialog->flag().id); });
    dialog->open();
}

void ProblemFlagsTab::resolveSelected() {
    const int64_t id = selectedId();
    const auto it = std::find_if(m_flags.cbegin(), m_flags.cend(), [id](const auto& f) { return f.id == id; });
    if (it == m_flags.cend() || it->isResolved()) {
        return;
    }
    core::ProblemFlag flag = *it;
    flag.resolvedOn = m_clock.today();
    if (guard([&] { core::ProblemFlagRepository(m_db, m_clock).save(flag); })) {
        afterChange(flag.id);
    }
}

void ProblemFlagsTab::removeSelected() {
    const int64_t id = selectedId();
    if (id == 0) {
        return;
    }
    const QString problem = list()->currentItem()->text(ProblemColumn);
    Messages::confirm(this, tr("Strukturproblem löschen"),
                      tr("Das Strukturproblem „%1“ aus diesem Fall löschen?\n\nWenn es behoben ist, markieren Sie es "
                         "besser als behoben: Dann zählt es für die Quartale, in denen es bestand.")
                          .arg(problem),
                      tr("&Löschen"), [this, id] {
                          if (guard([&] { core::ProblemFlagRepository(m_db, m_clock).remove(id); })) {
                              afterChange(0);
                          }
                      });
}

void ProblemFlagsTab::afterChange(int64_t selectId) {
    errorLabel()->hide();
    refresh();
    if (selectId != 0) {
        select(selectId);
    }
    Q_EMIT changed();
}

} // namespace kim::gui
