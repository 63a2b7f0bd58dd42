#include "desktopapp.h"

#include "appcontroller.h"
#include "commands/commandline.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(DonationDeskPlugin)

namespace DesktopApp {

int run(int &argc, char **argv, const QStringList &arguments)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Donation Desk"));
    QApplication::setDesktopFileName(QStringLiteral("org.donationdesk.DonationDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/donationdesk.svg")));

    QString error;
    bool helpShown = false;
    const auto options = CommandLine::parseDesktopOptions(arguments, &error, &helpShown);
    if (!options)
        return helpShown ? CommandLine::Ok : CommandLine::fail({}, error, CommandLine::Usage);

    // The self-test loads the UI against a scratch database, never the user's.
    QTemporaryDir scratch;
    WebhookService::Config config;
    config.databasePath = options->selfTest ? scratch.filePath(QStringLiteral("self-test.sqlite"))
                                            : options->databasePath;
    config.port = options->selfTest || !options->screenshotDir.isEmpty() ? 0 : 8787;
    AppController controller(config);

    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/DonationDesk/qml/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return CommandLine::fail(
            {}, QStringLiteral("the user interface failed to load"), CommandLine::Failed);

    if (options->selfTest) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        if (!window)
            return CommandLine::fail(
                {}, QStringLiteral("the main window did not load"), CommandLine::Failed);
        CommandLine::printOut(QStringLiteral("self-test: main window loaded\n"));
        return CommandLine::Ok;
    }

    controller.startListener();

    if (!options->screenshotDir.isEmpty()) {
        // Once the listener is up (or has failed), grab the real window and save it.
        QDir().mkpath(options->screenshotDir);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        int status = CommandLine::Ok;
        auto grab = [&] {
            const QString file = QDir(options->screenshotDir).filePath(QStringLiteral("main.png"));
            if (!window->grabWindow().save(file))
                status = CommandLine::fail(
                    {}, QStringLiteral("cannot write %1").arg(file), CommandLine::Failed);
            else
                CommandLine::printOut(file + u'\n');
            controller.stopListener();
        };
        QObject::connect(
            &controller, &AppController::listenerChanged, &app,
            [&] { QTimer::singleShot(300, &app, grab); }, Qt::SingleShotConnection);
        QObject::connect(
            &controller, &AppController::listenerStopped, &app, &QCoreApplication::quit);
        app.exec();
        return status;
    }
    // Quit only once the listener has answered what it accepted and closed the database.
    QObject::connect(
        &app, &QGuiApplication::lastWindowClosed, &controller, &AppController::stopListener);
    QObject::connect(&controller, &AppController::listenerStopped, &app, &QCoreApplication::quit);
    app.setQuitOnLastWindowClosed(false);
    return app.exec();
}

} // namespace DesktopApp
