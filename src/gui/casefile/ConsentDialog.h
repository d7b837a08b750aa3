// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ConsentDialog;
}

namespace kim::gui {

// Records a consent (date, scope, form version). The save handler runs on "Speichern"; if it
// throws, the message is shown inline and the dialog stays open.
class ConsentDialog final : public QDialog {
    Q_OBJECT

public:
    using SaveHandler = std::function<void(core::Consent&)>;

    ConsentDialog(const QDate& today, SaveHandler handler, QWidget* parent);
    ~ConsentDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::ConsentDialog> m_ui;
    SaveHandler m_handler;
};

} // namespace kim::gui
