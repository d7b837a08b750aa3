// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/caseload/CaseloadPeriodPage.h"

#include "base/Clock.h"
#include "core/CaseloadSettings.h"
#include "exchange/PackageLog.h"
#include "reporting/CaseloadReport.h"
#include "storage/Vault.h"
#include "gui/caseload/CaseloadExportWizard.h"
#include "gui/common/ItemViews.h"
#include "gui/common/Messages.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace kim::gui {

namespace {
QLabel* mutedLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #5f6368;"));
    return label;
}

QSpinBox* daysSpin(QWidget* parent, const char* name) {
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(1, 365);
    spin->setSuffix(CaseloadPeriodPage::tr(" Tagen"));
    return spin;
}
} // namespace

CaseloadPeriodPage::CaseloadPeriodPage(CaseloadExportWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_month(new QRadioButton(tr("&Monat"), this))
    , m_quarter(new QRadioButton(tr("&Quartal"), this))
    , m_period(new QComboBox(this))
    , m_error(new QLabel(this)) {
    setTitle(tr("Zeitraum und Regeln des Teams"));
    setSubTitle(tr("Für welchen Zeitraum melden Sie Ihre Fallzahlen? Üblich ist der letzte abgeschlossene Monat. "
                   "Ein späterer Bericht für denselben Zeitraum ersetzt den früheren."));
    m_month->setObjectName(QStringLiteral("monthButton"));
    m_quarter->setObjectName(QStringLiteral("quarterButton"));
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->hide();
    m_month->setChecked(true);
    auto* lengths = new QButtonGroup(this);
    lengths->addButton(m_month);
    lengths->addButton(m_quarter);

    auto* periodBox = new QGroupBox(tr("Zeitraum"), this);
    auto* lengthRow = new QHBoxLayout;
    lengthRow->addWidget(m_month);
    lengthRow->addWidget(m_quarter);
    lengthRow->addStretch(1);
    auto* periodForm = new QFormLayout(periodBox);
    periodForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    periodForm->addRow(tr("Art:"), lengthRow);
    auto* periodCaption = new QLabel(tr("&Zeitraum:"), periodBox);
    periodCaption->setBuddy(m_period);
    periodForm->addRow(periodCaption, m_period);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(periodBox);
    layout->addWidget(createRulesBox());
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_month, &QRadioButton::toggled, this, &CaseloadPeriodPage::fillPeriods);
    connect(m_period, &QComboBox::currentIndexChanged, this, &CaseloadPeriodPage::completeChanged);
    connect(m_threshold, &QSpinBox::valueChanged, this, &CaseloadPeriodPage::updateThresholdText);
}

QWidget* CaseloadPeriodPage::createRulesBox() {
    auto* box = new QGroupBox(tr("Regeln des Teams"), this);
    m_noContact = daysSpin(box, "noContactSpin");
    m_stuck = daysSpin(box, "stuckInPhaseSpin");
    m_threshold = new QSpinBox(box);
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setRange(2, 20);
    m_threshold->setPrefix(QStringLiteral("< "));
    m_thresholdText = mutedLabel(QString(), box);
    m_thresholdText->setObjectName(QStringLiteral("thresholdText"));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* noContactCaption = new QLabel(tr("Hinweis bei einem offenen Fall ohne Kontakt seit mehr als"), box);
    noContactCaption->setBuddy(m_noContact);
    auto* stuckCaption = new QLabel(tr("Hinweis bei einem offenen Fall in derselben Phase seit mehr als"), box);
    stuckCaption->setBuddy(m_stuck);
    auto* thresholdCaption = new QLabel(tr("Kleine Zahlen bei Zielgruppen und Kommunen erscheinen als"), box);
    thresholdCaption->setBuddy(m_threshold);
    form->addRow(noContactCaption, m_noContact);
    form->addRow(stuckCaption, m_stuck);
    form->addRow(thresholdCaption, m_threshold);
    form->addRow(m_thresholdText);
    auto* agreed =
        new QLabel(tr("Diese Regeln vereinbaren Sie im Team: Alle im Team nutzen dieselben Werte, damit die "
                      "Fachaufsicht die Berichte vergleichen kann. Sie werden in dieser Fallakte gespeichert, "
                      "wenn Sie weitergehen, und reisen mit jedem Bericht mit."),
                   box);
    agreed->setObjectName(QStringLiteral("rulesAgreedLabel"));
    agreed->setWordWrap(true);
    form->addRow(agreed);
    return box;
}

void CaseloadPeriodPage::initializePage() {
    if (m_loaded) {
        return; // keep the choice when the user comes back
    }
    m_error->hide();
    // One settings row and the package log: instant even in a large vault.
    const bool read = Messages::guardInline(m_error, [&] {
        storage::Database& db = m_wizard.database();
        m_savedRules = core::CaseloadSettings(db).rules();
        for (const exchange::PackageLogEntry& entry : exchange::PackageLog(db).entries()) {
            if (entry.direction == exchange::PackageDirection::Outgoing &&
                entry.kind == reporting::CaseloadReport::Kind) {
                m_sent[entry.period] = std::max(m_sent.value(entry.period), entry.recordedAt.toLocalTime().date());
            }
        }
    });
    m_noContact->setValue(m_savedRules.noContactAlertDays);
    m_stuck->setValue(m_savedRules.stuckInPhaseDays);
    m_threshold->setValue(m_savedRules.smallCountThreshold);
    updateThresholdText();
    fillPeriods();
    m_loaded = read;
    m_period->setFocus();
}

core::ReportingPeriod CaseloadPeriodPage::lastCompleted() const {
    const auto length =
        m_month->isChecked() ? core::ReportingPeriod::Length::Month : core::ReportingPeriod::Length::Quarter;
    return core::ReportingPeriod::containing(m_wizard.clock().today(), length).previous();
}

void CaseloadPeriodPage::fillPeriods() {
    // Only completed periods: figures "at the period's end" of a running one would count what is
    // not yet due, and reports sent week by week would show the supervisor when work was done.
    const core::ReportingPeriod previous = lastCompleted();
    core::ReportingPeriod period = previous;
    const int shown = m_month->isChecked() ? MonthsShown : QuartersShown;
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    for (int i = 0; i < shown; ++i, period = period.previous()) {
        QString text = period.label();
        const QDate sent = m_sent.value(period.toString());
        if (sent.isValid()) {
            text = tr("%1 – gesendet am %2").arg(text, ItemViews::date(sent));
        }
        m_period->addItem(text, period.toString());
    }
    m_period->setCurrentIndex(m_period->findData(previous.toString()));
    Q_EMIT completeChanged();
}

void CaseloadPeriodPage::updateThresholdText() {
    const int threshold = m_threshold->value();
    m_thresholdText->setText(
        threshold == 2 ? tr("Eine Zielgruppe oder Kommune mit genau einem Fall verlässt die Fallakte nur als "
                            "„gesperrt“.")
                       : tr("Zielgruppen und Kommunen mit 1 bis %1 Fällen verlassen die Fallakte nur als „gesperrt“, "
                            "damit niemand einzelne Familien wiedererkennt.")
                             .arg(threshold - 1));
}

core::ReportingPeriod CaseloadPeriodPage::chosenPeriod() const {
    const auto period = core::ReportingPeriod::parse(m_period->currentData().toString());
    return period.value_or(lastCompleted());
}

core::CaseloadRules CaseloadPeriodPage::chosenRules() const {
    core::CaseloadRules rules;
    rules.noContactAlertDays = m_noContact->value();
    rules.stuckInPhaseDays = m_stuck->value();
    rules.smallCountThreshold = m_threshold->value();
    return rules;
}

bool CaseloadPeriodPage::isComplete() const {
    return m_period->currentIndex() >= 0;
}

bool CaseloadPeriodPage::validatePage() {
    const core::CaseloadRules rules = chosenRules();
    if (rules == m_savedRules) {
        return true;
    }
    // The preview computes with the rules saved in the vault: save before it starts.
    return Messages::guardInline(m_error, [&] {
        core::CaseloadSettings(m_wizard.database()).saveRules(rules);
        m_savedRules = rules;
    });
}

} // namespace kim::gui
