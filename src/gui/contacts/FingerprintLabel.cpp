// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/contacts/FingerprintLabel.h"

#include <QFontDatabase>

namespace kim::gui {

FingerprintLabel::FingerprintLabel(QWidget* parent)
    : QLabel(parent) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    setFont(font);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setStyleSheet(QStringLiteral("QLabel { background: #f1f3f4; border: 1px solid #dadce0; border-radius: 4px; "
                                 "padding: 6px 10px; }"));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

void FingerprintLabel::setFingerprint(const QString& fingerprint) {
    const QStringList groups = fingerprint.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (groups.size() != 8) {
        setText(fingerprint);
        return;
    }
    setText(groups.mid(0, 4).join(QLatin1Char(' ')) + QLatin1Char('\n') + groups.mid(4).join(QLatin1Char(' ')));
    setAccessibleName(fingerprint);
}

} // namespace kim::gui
