// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemGuiTest.h"
#include "ProblemWorkspaceGuiTest.h"
#include "support/QtTestMain.h"

int main(int argc, char* argv[]) {
    return test::runTestClasses<ProblemGuiTest, ProblemWorkspaceGuiTest>(argc, argv);
}
