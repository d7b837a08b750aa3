// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Institution.h"
#include "core/ProblemFlag.h"
#include "core/ProblemTaxonomy.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}

namespace kim::gui {

// Records or edits one structural problem of a case: Handlungsfeld → problem type (with its
// definition as help), the institution from the referral directory or only its type, since
// when, and when it was resolved. The repository's rule errors appear inline.
class ProblemFlagDialog final : public QDialog {
    Q_OBJECT

public:
    ProblemFlagDialog(storage::Database& db, const kim::Clock& clock, core::ProblemFlag flag, QWidget* parent);

    const core::ProblemFlag& flag() const { return m_flag; }
    void accept() override;

private:
    void createWidgets();
    void createLayout();
    void fillTypes();
    void showDefinition();
    void institutionChosen();
    void showFlag();

    storage::Database& m_db;
    const kim::Clock& m_clock;
    core::ProblemFlag m_flag;
    QList<core::ProblemType> m_types;
    QList<core::Institution> m_institutions;
    QComboBox* m_field = nullptr;
    QComboBox* m_type = nullptr;
    QLabel* m_definition = nullptr;
    QComboBox* m_institution = nullptr;
    QComboBox* m_institutionType = nullptr;
    QDateEdit* m_since = nullptr;
    QCheckBox* m_resolved = nullptr;
    QDateEdit* m_resolvedOn = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
