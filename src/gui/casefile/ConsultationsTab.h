#pragma once

#include "core/Domain.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace kim::gui {

class Session;

// The "Beratungskontakte" tab: consultations of the client's case, newest first, with the notes
// of the selected one underneath; add and edit through ConsultationDialog.
class ConsultationsTab final : public QWidget {
    Q_OBJECT

public:
    explicit ConsultationsTab(Session& session, QWidget* parent = nullptr);

    void setClient(int64_t clientId);
    void addConsultation();

Q_SIGNALS:
    void changed();

private:
    void reload();
    void showSelectedNotes();
    void editConsultation(const core::Consultation& consultation);
    void editSelected();

    Session& m_session;
    int64_t m_clientId = 0;
    std::optional<core::Case> m_case;
    QList<core::Consultation> m_consultations;
    QLabel* m_hint = nullptr;
    QTreeWidget* m_list = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
};

} // namespace kim::gui
