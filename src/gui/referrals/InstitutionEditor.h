// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Institution.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace kim::gui {

// The form for one institution of the directory (no saving; the dialog does that).
class InstitutionEditor final : public QWidget {
    Q_OBJECT

public:
    explicit InstitutionEditor(QWidget* parent = nullptr);

    void setInstitution(const core::Institution& institution);
    // The institution as edited, keeping the id it was loaded with.
    core::Institution institution() const;
    QLineEdit* nameEdit() const { return m_name; }

private:
    core::Institution m_loaded;
    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_domain = nullptr;
    QComboBox* m_municipality = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_languages = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_archived = nullptr;
};

} // namespace kim::gui
