#pragma once

#include <QStringList>

// The desktop application: QApplication, the QML UI, the webhook listener inside it.
namespace DesktopApp {

int run(int &argc, char **argv, const QStringList &arguments);

} // namespace DesktopApp
