// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

class QDateEdit;
class QLabel;
class QWidget;

namespace kim::gui::ReferralWidgets {

// Widgets the referral screens build in code (the case file dialogs get theirs from .ui forms).
// Everything else they share with kim_gui comes from gui/common (Messages, ItemViews, CatalogCombo).

// A calendar date edit in German short format.
QDateEdit* dateEdit(const QDate& date, QWidget* parent);
// A red label for inline errors (Messages::guardInline), hidden until used.
QLabel* errorLabel(QWidget* parent);

} // namespace kim::gui::ReferralWidgets
