// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kim::gui {

// Adds or edits a problem type of the taxonomy (Handlungsfeld, title, definition). `apply`
// stores it; if it throws kim::Error the message is shown in the dialog, which stays open.
class ProblemTypeDialog final : public QDialog {
    Q_OBJECT

public:
    using Apply = std::function<void(core::FieldOfAction field, const QString& title, const QString& definition)>;

    // `code` empty: a new type (the field can be chosen); otherwise the field is fixed.
    ProblemTypeDialog(const QString& code, core::FieldOfAction field, const QString& title, const QString& definition,
                      Apply apply, QWidget* parent = nullptr);

    QComboBox* fieldCombo() const { return m_field; }
    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* definitionEdit() const { return m_definition; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void store();

    Apply m_apply;
    QComboBox* m_field = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_definition = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kim::gui
