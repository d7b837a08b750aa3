// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QTest>

namespace test {

// main() for an executable holding several QtTest classes: one link and one ctest entry, each
// class run on its own; the exit code counts the failures of all of them.
template <typename... TestClasses> int runTestClasses(int argc, char* argv[]) {
    QApplication app(argc, argv);
    int failures = 0;
    const auto run = [&](auto&& test) {
        failures += QTest::qExec(&test, argc, argv);
    };
    (run(TestClasses()), ...);
    return failures == 0 ? 0 : 1;
}

} // namespace test
