// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/DisclosureParametersWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kim::gui {

namespace {
QComboBox* comboAt(const QTableWidget* table, int row) {
    return qobject_cast<QComboBox*>(table->cellWidget(row, 1));
}
} // namespace

DisclosureParametersWidget::DisclosureParametersWidget(QWidget* parent)
    : QWidget(parent) {
    m_title = new QLabel(this);
    m_frozenNote = new QLabel(this);
    m_frozenNote->setWordWrap(true);
    m_frozenNote->setStyleSheet(QStringLiteral("color: #606060;"));
    m_table = new QTableWidget(int(core::allValues<core::Municipality>().size()), 2, this);
    m_table->setObjectName(QStringLiteral("regionTable"));
    m_table->setHorizontalHeaderLabels({tr("Kommune"), tr("Region")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setColumnWidth(0, 190);
    int row = 0;
    for (const core::Municipality municipality : core::allValues<core::Municipality>()) {
        auto* item = new QTableWidgetItem(core::label(municipality));
        item->setData(Qt::UserRole, int(municipality));
        m_table->setItem(row, 0, item);
        auto* combo = new QComboBox(m_table);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        m_table->setCellWidget(row, 1, combo);
        ++row;
    }
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);

    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("thresholdBox"));
    m_threshold->setRange(1, 1000);
    auto* thresholdLabel = new QLabel(tr("Problemtypen mit weniger als diesen Fällen im Quartal (kreisweit) "
                                         "werden unter „sonstige“ ihres Handlungsfelds zusammengefasst:"),
                                      this);
    thresholdLabel->setWordWrap(true);
    thresholdLabel->setBuddy(m_threshold);
    m_save = new QPushButton(tr("Parameter &speichern"), this);
    m_save->setObjectName(QStringLiteral("saveParametersButton"));
    m_defaults = new QPushButton(tr("Standard einsetzen"), this);

    connect(m_save, &QPushButton::clicked, this, &DisclosureParametersWidget::saveRequested);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        reporting::DisclosureParameters defaults;
        defaults.regions = reporting::RegionScheme::defaultFor(m_year);
        setParameters(m_year, defaults, false);
    });

    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(thresholdLabel, 1);
    thresholdRow->addWidget(m_threshold);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_defaults);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(thresholdRow);
    layout->addWidget(m_frozenNote);
    layout->addLayout(buttons);
}

QString DisclosureParametersWidget::standaloneText() const {
    return tr("eigenständig");
}

void DisclosureParametersWidget::setParameters(int year, const reporting::DisclosureParameters& parameters,
                                               bool frozen) {
    m_year = year;
    m_frozen = frozen;
    m_loaded = parameters;
    m_codeOfName.clear();
    m_title->setText(tr("<b>Geheimhaltung %1</b>: Regionen für Kommunen unter 20.000 Einwohner*innen").arg(year));
    for (const reporting::Region& region : parameters.regions.regions) {
        if (region.municipalities.size() != 1 || region.code.startsWith(QLatin1Char('R'))) {
            m_codeOfName.insert(region.name, region.code);
        }
    }
    fillRegionChoices();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto municipality = static_cast<core::Municipality>(m_table->item(row, 0)->data(Qt::UserRole).toInt());
        const reporting::Region* region = parameters.regions.regionOf(municipality);
        const bool standalone = region == nullptr || !m_codeOfName.contains(region->name);
        comboAt(m_table, row)->setCurrentText(standalone ? standaloneText() : region->name);
        comboAt(m_table, row)->setEnabled(!frozen);
    }
    m_threshold->setValue(parameters.collapseBelow);
    m_threshold->setEnabled(!frozen);
    m_save->setEnabled(!frozen);
    m_defaults->setEnabled(!frozen);
    m_frozenNote->setText(frozen ? tr("Für %1 ist bereits ein Quartal veröffentlicht. Regionen und Schwelle sind "
                                      "deshalb für das ganze Jahr festgelegt.")
                                       .arg(year)
                                 : tr("Die Parameter gelten für alle Quartale des Jahres und werden mit der ersten "
                                      "Veröffentlichung festgelegt."));
}

void DisclosureParametersWidget::fillRegionChoices() {
    QStringList names{standaloneText()};
    QStringList regionNames = m_codeOfName.keys();
    regionNames.sort();
    names << regionNames;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QComboBox* combo = comboAt(m_table, row);
        const QString current = combo->currentText();
        combo->clear();
        combo->addItems(names);
        combo->setCurrentText(current);
    }
}

void DisclosureParametersWidget::assign(core::Municipality municipality, const QString& regionName) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toInt() == int(municipality)) {
            comboAt(m_table, row)->setCurrentText(regionName.isEmpty() ? standaloneText() : regionName);
        }
    }
}

reporting::DisclosureParameters DisclosureParametersWidget::parameters() const {
    reporting::DisclosureParameters result = m_loaded;
    result.collapseBelow = m_threshold->value();
    result.regions.year = m_year;
    result.regions.regions.clear();
    QMap<int, QString> order; // first municipality of each named region → name, for stable output
    QHash<QString, QList<core::Municipality>> members;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto municipality = static_cast<core::Municipality>(m_table->item(row, 0)->data(Qt::UserRole).toInt());
        const QString name = comboAt(m_table, row)->currentText().simplified();
        if (name.isEmpty() || name == standaloneText()) {
            result.regions.regions << reporting::Region{
                QString::number(int(municipality)), core::label(municipality), {municipality}};
            continue;
        }
        if (!members.contains(name)) {
            order.insert(int(municipality), name);
        }
        members[name] << municipality;
    }
    QSet<QString> used(m_codeOfName.cbegin(), m_codeOfName.cend());
    int next = 1;
    for (const QString& name : order) {
        QString code = m_codeOfName.value(name);
        if (code.isEmpty()) {
            while (used.contains(QStringLiteral("R%1").arg(next))) {
                ++next;
            }
            code = QStringLiteral("R%1").arg(next);
            used.insert(code);
        }
        result.regions.regions << reporting::Region{code, name, members.value(name)};
    }
    return result;
}

} // namespace kim::gui
