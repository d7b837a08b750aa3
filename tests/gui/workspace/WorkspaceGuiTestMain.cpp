// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientListGuiTest.h"
#include "DueListGuiTest.h"
#include "IntegrityWatchGuiTest.h"
#include "support/QtTestMain.h"

int main(int argc, char* argv[]) {
    return test::runTestClasses<ClientListGuiTest, DueListGuiTest, IntegrityWatchGuiTest>(argc, argv);
}
