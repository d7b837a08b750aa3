#pragma once

#include <QObject>

class DueListGuiTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void placeholder();
};
