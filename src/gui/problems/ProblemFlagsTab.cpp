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

#include <QHBoxLayout>
#include <QHash>
#include <QMap>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace kim::gui {

namespace {
enum Column { ProblemColumn, InstitutionColumn, SinceColumn, StatusColumn };
} // namespace

ProblemFlagsTab::ProblemFlagsTab(storage::Database& db, const kim::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_new(new QPushButton(tr("&Neu…"), this))
    , m_edit(new QPushButton(tr("&Bearbeiten…"), this))
    , m_resolve(new QPushButton(tr("Als be&hoben markieren"), this))
    , m_remove(new QPushButton(tr("&Löschen…"), this))
    , m_error(new QLabel(this)) {
    m_list->setObjectName(QStringLiteral("problemFlagList"));
    m_new->setObjectName(QStringLiteral("newProblemFlagButton"));
    m_edit->setObjectName(QStringLiteral("editProblemFlagButton"));
    m_resolve->setObjectName(QStringLiteral("resolveProblemFlagButton"));
    m_remove->setObjectName(QStringLiteral("removeProblemFlagButton"));
    m_error->setObjectName(QStringLiteral("problemFlagError"));
    m_error->hide();
    m_hint->setWordWrap(true);
    auto* intro = new QLabel(tr("Halten Sie hier Hürden fest, die nicht an der Person liegen, sondern an den "
                                "Strukturen – z. B. lange Wartezeiten bei einer Behörde. Sie gehen nur als Anzahl, "
                                "ohne Namen, in die Quartalsmeldung an die Koordinierende Stelle."),
                             this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: #5f6368;"));
    // Grouped by Handlungsfeld: the field is a heading row, so the problem title gets the room.
    ItemViews::setupList(m_list, {tr("Handlungsfeld / Problem"), tr("Einrichtung"), tr("seit"), tr("Status")});
    m_list->setIndentation(18);
    // The problem title gets the room; the short columns fit their content.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_new, m_edit, m_resolve, m_remove}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &ProblemFlagsTab::newFlag);
    connect(m_edit, &QPushButton::clicked, this, &ProblemFlagsTab::editSelected);
    connect(m_resolve, &QPushButton::clicked, this, &ProblemFlagsTab::resolveSelected);
    connect(m_remove, &QPushButton::clicked, this, &ProblemFlagsTab::removeSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &ProblemFlagsTab::editSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ProblemFlagsTab::updateButtons);
    updateButtons();
}

void ProblemFlagsTab::setClient(int64_t clientId) {
    m_clientId = clientId;
    m_error->hide();
    reload();
}

void ProblemFlagsTab::reload() {
    const int64_t keep = selectedId();
    m_case.reset();
    m_flags.clear();
    m_list->clear();
    QList<core::ProblemType> types;
    QHash<int64_t, QString> institutionNames;
    if (m_clientId != 0) {
        Messages::guardInline(m_error, [&] {
            m_case = core::CaseRepository(m_db, m_clock).latestCase(m_clientId);
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
        m_hint->setText(tr("Noch kein Fall eröffnet: Strukturprobleme gehören zum Fall."));
    } else if (m_case->isClosed()) {
        m_hint->setText(tr("Der Fall ist abgeschlossen: Neue Strukturprobleme lassen sich nicht mehr erfassen."));
    }
    m_hint->setVisible(!m_case || m_case->isClosed());
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
        for (int column = 0; flag.isResolved() && column < m_list->columnCount(); ++column) {
            item->setForeground(column, ItemViews::mutedColor());
        }
        if (flag.id == keep) {
            current = item;
        }
    }
    for (QTreeWidgetItem* group : std::as_const(groups)) {
        m_list->addTopLevelItem(group);
        group->setFirstColumnSpanned(true);
    }
    m_list->expandAll();
    if (current != nullptr) {
        m_list->setCurrentItem(current);
    }
}

int64_t ProblemFlagsTab::selectedId() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item != nullptr ? item->data(0, Qt::UserRole).toLongLong() : 0;
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
    openDialog(flag);
}

void ProblemFlagsTab::editSelected() {
    const int64_t id = selectedId();
    const auto flag = std::find_if(m_flags.cbegin(), m_flags.cend(), [id](const auto& f) { return f.id == id; });
    if (flag != m_flags.cend()) {
        openDialog(*flag);
    }
}

void ProblemFlagsTab::openDialog(const core::ProblemFlag& flag) {
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
    if (Messages::guardInline(m_error, [&] { core::ProblemFlagRepository(m_db, m_clock).save(flag); })) {
        afterChange(flag.id);
    }
}

void ProblemFlagsTab::removeSelected() {
    const int64_t id = selectedId();
    if (id == 0) {
        return;
    }
    const QString problem = m_list->currentItem()->text(ProblemColumn);
    Messages::confirm(
        this, tr("Strukturproblem löschen"),
        tr("Das Strukturproblem „%1“ aus diesem Fall löschen?\n\nWenn es behoben ist, markieren Sie es "
           "besser als behoben: Dann zählt es für die Quartale, in denen es bestand.")
            .arg(problem),
        tr("&Löschen"), [this, id] {
            if (Messages::guardInline(m_error, [&] { core::ProblemFlagRepository(m_db, m_clock).remove(id); })) {
                afterChange(0);
            }
        });
}

void ProblemFlagsTab::afterChange(int64_t selectId) {
    m_error->hide();
    reload();
    for (QTreeWidgetItemIterator it(m_list); selectId != 0 && *it != nullptr; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() == selectId) {
            m_list->setCurrentItem(*it);
        }
    }
    Q_EMIT changed();
}

} // namespace kim::gui
