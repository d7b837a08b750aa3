#pragma once

#include <QObject>

class ClientListGuiTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void placeholder();
};
