#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kim::gui {

class Session;

// The "Einwilligungen" tab: whether case work is allowed right now, every consent with its
// status, and recording or withdrawing a consent.
class ConsentTab final : public QWidget {
    Q_OBJECT

public:
    explicit ConsentTab(Session& session, QWidget* parent = nullptr);

    void setClient(int64_t clientId);
    void recordConsent();

Q_SIGNALS:
    void changed();

private:
    void reload();
    void withdrawSelected();
    void updateButtons();

    Session& m_session;
    int64_t m_clientId = 0;
    QLabel* m_status = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_recordButton = nullptr;
    QPushButton* m_withdrawButton = nullptr;
};

} // namespace kim::gui
