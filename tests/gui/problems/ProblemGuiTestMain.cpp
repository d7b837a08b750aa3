#include "ProblemGuiTest.h"
#include "ProblemWorkspaceGuiTest.h"

#include <QApplication>
#include <QTest>

// Two test classes in one executable: one link, one ctest entry; each class runs on its own.
int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    int failures = 0;
    {
        ProblemGuiTest test;
        failures += QTest::qExec(&test, argc, argv);
    }
    {
        ProblemWorkspaceGuiTest test;
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
