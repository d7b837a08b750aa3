// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/ProblemFlag.h"
#include "gui/common/RecordListTab.h"

#include <QHash>

#include <optional>

class QPushButton;

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
class ProblemFlagsTab final : public RecordListTab {
    Q_OBJECT

public:
    ProblemFlagsTab(storage::Database& db, const kim::Clock& clock, QWidget* parent = nullptr);

    // Flags are grouped under their Handlungsfeld: top-level rows are fields.
    void refresh() override;
    void newFlag();
    void editSelected();
    void resolveSelected();
    void removeSelected();

private:
    void fillList(const ProblemCodeLabels& labels, const QHash<int64_t, QString>& institutionNames, int64_t keep);
    void updateButtons();
    void editFlag(const core::ProblemFlag& flag);
    void afterChange(int64_t selectId);

    storage::Database& m_db;
    const kim::Clock& m_clock;
    std::optional<core::Case> m_case;
    QList<core::ProblemFlag> m_flags;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace kim::gui
