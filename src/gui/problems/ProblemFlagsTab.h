#pragma once

#include "core/Domain.h"
#include "core/ProblemFlag.h"

#include <QHash>
#include <QWidget>

#include <optional>

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

class ProblemCodeLabels;

// The "Strukturprobleme" tab of a case file: the structural problems flagged on the client's
// latest case, grouped by Handlungsfeld (problem, institution, since when, resolved or not),
// with new, edit, resolve and delete.
class ProblemFlagsTab final : public QWidget {
    Q_OBJECT

public:
    ProblemFlagsTab(storage::Database& db, const kim::Clock& clock, QWidget* parent = nullptr);

    void setClient(int64_t clientId);
    // Flags are grouped under their Handlungsfeld: top-level rows are fields.
    QTreeWidget* list() const { return m_list; }
    int flagCount() const { return static_cast<int>(m_flags.size()); }
    void newFlag();
    void editSelected();
    void resolveSelected();
    void removeSelected();

Q_SIGNALS:
    void changed();

private:
    void reload();
    void fillList(const ProblemCodeLabels& labels, const QHash<int64_t, QString>& institutionNames, int64_t keep);
    void updateButtons();
    int64_t selectedId() const;
    void openDialog(const core::ProblemFlag& flag);
    void afterChange(int64_t selectId);

    storage::Database& m_db;
    const kim::Clock& m_clock;
    int64_t m_clientId = 0;
    std::optional<core::Case> m_case;
    QList<core::ProblemFlag> m_flags;
    QLabel* m_hint = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kim::gui
