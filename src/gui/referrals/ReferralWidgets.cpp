#include "gui/referrals/ReferralWidgets.h"

#include "crypto/Error.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLocale>

namespace kim::gui::ReferralWidgets {

QDateEdit* dateEdit(const QDate& date, QWidget* parent) {
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

QString dateText(const QDate& date) {
    return date.isValid() ? QLocale(QLocale::German).toString(date, QStringLiteral("dd.MM.yyyy")) : QString();
}

QLabel* errorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setObjectName(QStringLiteral("errorLabel"));
    label->hide();
    return label;
}

bool guard(QLabel* label, const std::function<void()>& fn) {
    try {
        fn();
        label->hide();
        return true;
    } catch (const Error& error) {
        label->setText(error.message());
    } catch (...) {
        // Never show raw exception text: it could carry SQL or data.
        label->setText(QCoreApplication::translate("ReferralWidgets", "Ein unerwarteter Fehler ist aufgetreten."));
    }
    label->show();
    return false;
}

} // namespace kim::gui::ReferralWidgets
