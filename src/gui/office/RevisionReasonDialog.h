// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace kim::gui {

// Asks why a published quarter is published again: the reason is stored with the revision and
// printed in the report, so the conference sees why figures changed.
class RevisionReasonDialog final : public QDialog {
    Q_OBJECT

public:
    RevisionReasonDialog(const QString& periodLabel, int nextRevision, QWidget* parent = nullptr);

    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_edit; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QPlainTextEdit* m_edit = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kim::gui
