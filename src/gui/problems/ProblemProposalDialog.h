// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}

namespace kim::gui {

class Session;

// "Problemtyp vorschlagen…": a case manager suggests a new problem type (Handlungsfeld, title,
// definition) to the coordinating office. It holds no case data and travels with the next
// quarterly report.
class ProblemProposalDialog final : public QDialog {
    Q_OBJECT

public:
    ProblemProposalDialog(Session& session, QWidget* parent);

    void accept() override;

private:
    storage::Database& m_db;
    const kim::Clock& m_clock;
    QComboBox* m_field = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_definition = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
