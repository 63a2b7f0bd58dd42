#include "desktopapp.h"

#include "appcontroller.h"
#include "appsettings.h"
#include "commands/commandline.h"
#include "traynotifier.h"
#include "viewtour.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(DonationDeskPlugin)

namespace DesktopApp {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)
};

// --screenshot-size WxH
QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(u'x');
    if (parts.size() != 2)
        return {};
    bool okW = false, okH = false;
    const QSize s(parts[0].toInt(&okW), parts[1].toInt(&okH));
    return okW && okH && s.width() >= 640 && s.height() >= 480 && s.width() <= 7680
            && s.height() <= 4320
        ? s
        : QSize();
}

} // namespace

int run(int &argc, char **argv, const QStringList &arguments)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Donation Desk"));
    QApplication::setDesktopFileName(QStringLiteral("org.donationdesk.DonationDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/donationdesk.svg")));
    // Fusion: compact, desktop-like, and follows the palette (light and dark).
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QString error;
    bool helpShown = false;
    const auto options = CommandLine::parseDesktopOptions(arguments, &error, &helpShown);
    if (!options)
        return helpShown ? CommandLine::Ok : CommandLine::fail({}, error, CommandLine::Usage);
    const bool touring = options->selfTest || !options->screenshotDir.isEmpty();
    QSize screenshotSize(1280, 800);
    if (!options->screenshotSize.isEmpty()) {
        screenshotSize = parseSize(options->screenshotSize);
        if (!screenshotSize.isValid())
            return CommandLine::fail({},
                Text::tr("--screenshot-size: expected WIDTHxHEIGHT such as 1280x800, got '%1'")
                    .arg(options->screenshotSize),
                CommandLine::Usage);
    }

    // A tour (self-test, screenshots) never touches the user's settings, port or database
    // (unless --db names one).
    QTemporaryDir scratch;
    AppController::Options appOptions;
    appOptions.databasePath = options->databasePath;
    appOptions.language = options->language;
    if (touring) {
        appOptions.settingsFile = scratch.filePath(QStringLiteral("settings.ini"));
        appOptions.listenOnFreePort = true;
        if (appOptions.databasePath.isEmpty())
            appOptions.databasePath = scratch.filePath(QStringLiteral("self-test.sqlite"));
    }
    AppController controller(appOptions);

    QQmlApplicationEngine engine;
    // Qt 6.4 does not look for module qmldir files in the resources by itself.
    engine.addImportPath(QStringLiteral("qrc:/"));
    QStringList qmlProblems;
    QObject::connect(
        &engine, &QQmlEngine::warnings, [&qmlProblems](const QList<QQmlError> &warnings) {
            for (const QQmlError &w : warnings)
                qmlProblems << w.toString();
        });
    engine.load(QUrl(QStringLiteral("qrc:/DonationDesk/qml/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return CommandLine::fail({},
            Text::tr("the user interface failed to load: %1")
                .arg(qmlProblems.join(QStringLiteral("; "))),
            CommandLine::Failed);

    controller.startListener();

    if (touring) {
        if (!options->screenshotDir.isEmpty()) {
            QDir().mkpath(options->screenshotDir);
            window->resize(screenshotSize);
        }
        int status = CommandLine::Ok;
        ViewTour tour(window, [&](const QString &view) {
            if (options->screenshotDir.isEmpty())
                return;
            const QString file =
                QDir(options->screenshotDir).filePath(view + QStringLiteral(".png"));
            if (!window->grabWindow().save(file))
                status = CommandLine::fail(
                    {}, Text::tr("cannot write %1").arg(file), CommandLine::Failed);
            else
                CommandLine::printOut(file + u'\n');
        });
        QObject::connect(&tour, &ViewTour::done, &app,
            [&](const QStringList &visited, const QStringList &timedOut) {
                if (!timedOut.isEmpty())
                    status = CommandLine::fail({},
                        Text::tr("views did not finish loading: %1")
                            .arg(timedOut.join(QStringLiteral(", "))),
                        CommandLine::Failed);
                if (!qmlProblems.isEmpty())
                    status = CommandLine::fail({},
                        Text::tr("QML reported problems: %1")
                            .arg(qmlProblems.join(QStringLiteral(" | "))),
                        CommandLine::Failed);
                if (options->selfTest && status == CommandLine::Ok)
                    CommandLine::printOut(QStringLiteral("self-test: %1 views loaded (%2)\n")
                                              .arg(visited.size())
                                              .arg(visited.join(QStringLiteral(", "))));
                controller.shutdown();
            });
        QObject::connect(&controller, &AppController::shutDown, &app, &QCoreApplication::quit);
        // Start once the listener is up (or failed), so the views see the database.
        QObject::connect(
            &controller, &AppController::listenerChanged, &tour,
            [&tour, &controller] {
                if (!controller.isListenerBusy())
                    QTimer::singleShot(0, &tour, &ViewTour::start);
            },
            Qt::SingleShotConnection);
        app.exec();
        return status;
    }

    TrayNotifier tray(&controller);
    tray.setWindow(window);
    app.setQuitOnLastWindowClosed(false);
    // Closing the window hides it while the tray keeps the listener running; otherwise it
    // quits, once the listener has answered what it accepted and closed the database.
    QObject::connect(window, &QWindow::visibleChanged, &app, [&](bool visible) {
        if (!visible && !tray.keepsRunning())
            controller.shutdown();
    });
    QObject::connect(&tray, &TrayNotifier::quitRequested, &controller, &AppController::shutdown);
    QObject::connect(&controller, &AppController::shutDown, &app, &QCoreApplication::quit);
    return app.exec();
}

} // namespace DesktopApp
