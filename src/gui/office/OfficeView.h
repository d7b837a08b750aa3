#pragma once

#include <QWidget>

namespace kim::storage {
class Database;
}
namespace kim::core {
class Clock;
}
namespace kim::exchange {
class Identity;
}

namespace kim::gui {

// What the main window shows while a workspace of kind "Koordinierende Stelle" is unlocked:
// intake of problem reports, merged and protected figures, the conference report, conference
// tracking and the problem taxonomy. Holds references only; destroyed before the session.
class OfficeView final : public QWidget {
    Q_OBJECT

public:
    OfficeView(storage::Database& db, const exchange::Identity& identity, const core::Clock& clock,
               QWidget* parent = nullptr);
    ~OfficeView() override;

private:
    storage::Database& m_db;
    const exchange::Identity& m_identity;
    const core::Clock& m_clock;
};

} // namespace kim::gui
