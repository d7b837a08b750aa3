// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace kim::gui {

// A contact-card fingerprint as it is read aloud on the phone: two lines of four groups in a
// large fixed-width font, selectable for copying.
class FingerprintLabel final : public QLabel {
    Q_OBJECT

public:
    explicit FingerprintLabel(QWidget* parent = nullptr);

    // `fingerprint` as ContactCard::fingerprint() gives it: 8 groups separated by spaces.
    void setFingerprint(const QString& fingerprint);
};

} // namespace kim::gui
