// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Error.h"

namespace kim {

Error::Error(ErrorCode code, QString message)
    : m_code(code)
    , m_message(std::move(message))
    , m_utf8(m_message.toStdString()) {}

} // namespace kim
