// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Error.h"

#include <catch2/catch.hpp>

#include <functional>

namespace kim::test {

// Runs the action and returns the code of the kim::Error it throws; fails the test when
// it throws nothing or an error without a user message.
inline ErrorCode errorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& error) {
        CHECK_FALSE(error.message().isEmpty());
        return error.code();
    }
    FAIL("no error was thrown");
    return ErrorCode::Internal;
}

} // namespace kim::test
