// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kim::storage {
class Database;
}
namespace kim {
class Clock;
}

namespace kim::gui {

// The client's releases from confidentiality: record a new one, withdraw one.
class ReferralReleaseList final : public QWidget {
    Q_OBJECT

public:
    ReferralReleaseList(storage::Database& db, const kim::Clock& clock, QWidget* parent = nullptr);

    void setClient(int64_t clientId);
    void refresh();
    // Opens the dialog, preselecting the institution (0: none).
    void recordRelease(int64_t institutionId);
    QTreeWidget* list() const { return m_list; }

Q_SIGNALS:
    void releasesChanged();

private:
    void withdrawSelected();

    storage::Database& m_db;
    const kim::Clock& m_clock;
    int64_t m_clientId = 0;
    QTreeWidget* m_list = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
