#include "commands/commandline.h"
#include "i18n/translations.h"

#include <QCoreApplication>

#ifdef DD_WITH_GUI
#include "app/desktopapp.h"
#endif

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCoreApplication::setOrganizationName(QStringLiteral("DonationDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("donationdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION));

    if (CommandLine::isToolInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        // The command line speaks the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
        Translations::install(Translations::resolve({}));
        return CommandLine::run(arguments);
    }
#ifdef DD_WITH_GUI
    return DesktopApp::run(argc, argv, arguments);
#else
    QCoreApplication app(argc, argv);
    return CommandLine::fail({},
        QStringLiteral("this build has no desktop interface; use a command (see --help)"),
        CommandLine::Failed);
#endif
}
