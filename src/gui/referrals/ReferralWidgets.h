#pragma once

#include "core/Catalog.h"

#include <QComboBox>
#include <QDate>
#include <QString>

#include <functional>

class QDateEdit;
class QLabel;
class QWidget;

namespace kim::gui::ReferralWidgets {

// Small helpers shared by the referral widgets (internal to kim_gui_referrals).

// Fills a combo box with every value of a catalogue enumeration (value stored as int data).
template <typename Enum> void fillCombo(QComboBox* combo) {
    for (Enum value : core::allValues<Enum>())
        combo->addItem(core::label(value), static_cast<int>(value));
}
template <typename Enum> Enum current(const QComboBox* combo) {
    return static_cast<Enum>(combo->currentData().toInt());
}
template <typename Enum> void select(QComboBox* combo, Enum value) {
    combo->setCurrentIndex(qMax(0, combo->findData(static_cast<int>(value))));
}

// A calendar date edit in German short format.
QDateEdit* dateEdit(const QDate& date, QWidget* parent);
QString dateText(const QDate& date);
// A red label for inline errors, hidden until used.
QLabel* errorLabel(QWidget* parent);
// Runs fn; a kim::Error's translated message goes into the label. Returns success.
bool guard(QLabel* label, const std::function<void()>& fn);

} // namespace kim::gui::ReferralWidgets
