// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/PagedTableModel.h"

#include "base/Error.h"

namespace kim::gui {

bool PagedTableModelBase::reportFailure(const std::function<void()>& read) {
    try {
        read();
        return true;
    } catch (const Error& error) {
        Q_EMIT loadFailed(error.message());
        return false;
    }
}

} // namespace kim::gui
