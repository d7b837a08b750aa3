#include "gui/office/OfficeView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kim::gui {

// Placeholder until the office screens land (issue #5).
OfficeView::OfficeView(storage::Database& db, const exchange::Identity& identity, const core::Clock& clock,
                       QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_identity(identity)
    , m_clock(clock) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Koordinierende Stelle"), this));
}

OfficeView::~OfficeView() = default;

} // namespace kim::gui
