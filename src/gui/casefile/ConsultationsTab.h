// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include "gui/common/RecordListTab.h"

#include <optional>

class QPlainTextEdit;
class QPushButton;

namespace kim::gui {

class Session;

// The "Beratungskontakte" tab: consultations of the client's case, newest first, with the notes
// of the selected one underneath; add and edit through ConsultationDialog.
class ConsultationsTab final : public RecordListTab {
    Q_OBJECT

public:
    explicit ConsultationsTab(Session& session, QWidget* parent = nullptr);

    void refresh() override;
    void addConsultation();

private:
    const core::Consultation* selectedConsultation() const;
    void showSelectedNotes();
    void editConsultation(const core::Consultation& consultation);
    void editSelected();

    Session& m_session;
    std::optional<core::Case> m_case;
    QList<core::Consultation> m_consultations;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
};

} // namespace kim::gui
