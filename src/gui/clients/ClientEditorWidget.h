// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ClientEditorWidget;
}

namespace kim::gui {

class Session;

// The "Stammdaten" tab: edits one client (person, contact, target group, municipality,
// residence, family link, household) and saves through the repository; rule errors appear inline.
class ClientEditorWidget final : public QWidget {
    Q_OBJECT

public:
    explicit ClientEditorWidget(Session& session, QWidget* parent = nullptr);
    ~ClientEditorWidget() override;

    void setClient(int64_t clientId);
    void startNew();
    int64_t clientId() const { return m_client.id; }
    void save();
    void focusFirstField();

Q_SIGNALS:
    void saved(int64_t clientId);

private:
    void fillCombos();
    void showClient();
    // Throws Error(NotFound) for a family case code that matches no client.
    void readInto(core::Client& client) const;
    QString familyCaseCode(int64_t familyId);
    void addMemberRow(const core::HouseholdMember& member);
    QList<core::HouseholdMember> household() const;

    std::unique_ptr<Ui::ClientEditorWidget> m_ui;
    Session& m_session;
    core::Client m_client;
};

} // namespace kim::gui
