// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/referrals/ReleaseDialog.h"

#include "base/Clock.h"
#include "core/InstitutionRepository.h"
#include "core/ReferralReleaseRepository.h"
#include "gui/common/Messages.h"
#include "gui/referrals/ReferralWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kim::gui {

ReleaseDialog::ReleaseDialog(storage::Database& db, const kim::Clock& clock, int64_t clientId, int64_t institutionId,
                             QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock) {
    setWindowTitle(tr("Schweigepflichtentbindung erfassen"));
    m_release.clientId = clientId;
    m_institution = new QComboBox(this);
    for (const core::Institution& i : core::InstitutionRepository(m_db).all()) {
        m_institution->addItem(i.name, QVariant::fromValue<qlonglong>(i.id));
    }
    m_institution->setCurrentIndex(qMax(0, m_institution->findData(QVariant::fromValue<qlonglong>(institutionId))));
    m_givenOn = ReferralWidgets::dateEdit(m_clock.today(), this);
    m_purpose = new QLineEdit(this);
    m_purpose->setPlaceholderText(tr("z. B. Antrag auf Bürgergeld stellen"));

    auto* items = new QGroupBox(tr("Diese Angaben dürfen weitergegeben werden"), this);
    auto* itemLayout = new QVBoxLayout(items);
    for (core::ReleaseItem item : core::allValues<core::ReleaseItem>()) {
        auto* box = new QCheckBox(core::label(item), items);
        // Name and concern are what almost every referral needs; the rest is a conscious choice.
        box->setChecked(item == core::ReleaseItem::MasterData || item == core::ReleaseItem::Concern);
        itemLayout->addWidget(box);
        m_items.append(box);
    }
    m_error = ReferralWidgets::errorLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Empfangende Stelle:"), m_institution);
    form->addRow(tr("Erteilt &am:"), m_givenOn);
    form->addRow(tr("&Zweck:"), m_purpose);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Speichern"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReleaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReleaseDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(items);
    auto* hint = new QLabel(tr("Bitte nur erfassen, was die Person unterschrieben hat. Eine erfasste Entbindung "
                               "wird nicht geändert, sondern bei Bedarf widerrufen und neu erfasst."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QCheckBox* ReleaseDialog::itemBox(core::ReleaseItem item) const {
    return m_items.value(static_cast<int>(item) - 1);
}

void ReleaseDialog::accept() {
    core::ReferralRelease release = m_release;
    release.institutionId = m_institution->currentData().toLongLong();
    release.givenOn = m_givenOn->date();
    release.purpose = m_purpose->text();
    release.items = 0;
    for (core::ReleaseItem item : core::allValues<core::ReleaseItem>()) {
        if (itemBox(item)->isChecked()) {
            release.items = core::with(release.items, item);
        }
    }
    if (Messages::guardInline(m_error, [&] { core::ReferralReleaseRepository(m_db, m_clock).record(release); })) {
        m_release = release;
        QDialog::accept();
    }
}

} // namespace kim::gui
