#include "ClientListGuiTest.h"
#include "DueListGuiTest.h"

#include <QApplication>
#include <QTest>

// Two test classes in one executable: one link, one ctest entry; each class runs on its own.
int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    int failures = 0;
    {
        ClientListGuiTest test;
        failures += QTest::qExec(&test, argc, argv);
    }
    {
        DueListGuiTest test;
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
