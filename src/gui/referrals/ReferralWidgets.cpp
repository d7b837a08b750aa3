// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/referrals/ReferralWidgets.h"

#include <QDateEdit>
#include <QLabel>

namespace kim::gui::ReferralWidgets {

QDateEdit* dateEdit(const QDate& date, QWidget* parent) {
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

QLabel* errorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setObjectName(QStringLiteral("errorLabel"));
    label->hide();
    return label;
}

} // namespace kim::gui::ReferralWidgets
