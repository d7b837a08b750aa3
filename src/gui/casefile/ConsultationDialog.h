// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;

namespace Ui {
class ConsultationDialog;
}

namespace kim::gui {

// Adds or edits a consultation (Beratungskontakt): date, duration, mode, interpreter, the fields
// of action discussed and free notes. Errors from the rules stay inline.
class ConsultationDialog final : public QDialog {
    Q_OBJECT

public:
    using SaveHandler = std::function<void(core::Consultation&)>;

    ConsultationDialog(const core::Consultation& consultation, const QDate& today, SaveHandler handler,
                       QWidget* parent);
    ~ConsultationDialog() override;

    void accept() override;

private:
    void fillCombos();
    QList<QCheckBox*> fieldChecks() const;

    std::unique_ptr<Ui::ConsultationDialog> m_ui;
    core::Consultation m_consultation;
    SaveHandler m_handler;
};

} // namespace kim::gui
