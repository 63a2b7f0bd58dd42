#include "commandline.h"

#include "i18n/translations.h"
#include "storage/database.h"
#include "storage/endpointstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace CommandLine {

namespace {

QString overview()
{
    return QCoreApplication::translate("CommandLine",
        "Usage: donationdesk [--db PATH]                  start the desktop app\n"
        "       donationdesk <command> [options]\n"
        "\n"
        "Commands:\n"
        "  serve       run the webhook listener without a window\n"
        "  endpoint    add, list, update or remove webhook endpoints; check their alarms\n"
        "  export      write donations as CSV\n"
        "  reprocess   run stored requests through the processor again\n"
        "  retention   show or set how long raw requests are kept\n"
        "  purge       erase raw requests older than the retention now\n"
        "  erase-donor erase one donor's personal data\n"
        "  backup      copy the database consistently, even while it is in use\n"
        "  demo-data   fill a database with realistic demo donations\n"
        "  send-test   send a signed sample webhook (or a deliberately broken one)\n"
        "  round-trip  check that an endpoint's public URL reaches the listener\n"
        "\n"
        "Every command takes --db PATH (default: %1).\n"
        "Run 'donationdesk <command> --help' for its options.\n")
        .arg(DbConnection::defaultPath());
}

// The desktop app's own options (see parseDesktopOptions); `takesValue` is set for those
// followed by a separate value.
bool isDesktopOption(const QString &a, bool *takesValue)
{
    *takesValue =
        a == u"--db" || a == u"--screenshot" || a == u"--screenshot-size" || a == u"--language";
    return *takesValue || a == u"--self-test" || a.startsWith(QLatin1String("--db="))
        || a.startsWith(QLatin1String("--language="))
        || a.startsWith(QLatin1String("--screenshot="))
        || a.startsWith(QLatin1String("--screenshot-size="));
}

} // namespace

bool isToolInvocation(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        bool takesValue = false;
        if (isDesktopOption(arguments.at(i), &takesValue)) {
            if (takesValue)
                ++i; // skip its value
            continue;
        }
        // --help, --version, a command, or a mistyped command or option: each deserves an
        // answer on the command line (an unknown option: exit status 2), not a window.
        return true;
    }
    return false;
}

int fail(const QString &command, const QString &message, int code)
{
    const QString prefix = command.isEmpty() ? QStringLiteral("donationdesk")
                                             : QStringLiteral("donationdesk ") + command;
    const QByteArray line =
        (prefix + QStringLiteral(": ") + QString(message).replace(u'\n', u' ') + u'\n').toUtf8();
    fwrite(line.constData(), 1, size_t(line.size()), stderr);
    fflush(stderr);
    return code;
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
        QCoreApplication::translate("CommandLine", "Database file (default: %1).")
            .arg(DbConnection::defaultPath()),
        QStringLiteral("PATH")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CommandLine", "Show this help.")});
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                              : DbConnection::defaultPath();
}

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
    const QString &usage, int *exitCode, const QString &missingPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("donationdesk")} + arguments)) {
        *exitCode = fail(command, parser.errorText(), Usage);
        return false;
    }
    for (const QString &name : parser.optionNames()) {
        // An option given twice is ambiguous in a script: refuse rather than guess.
        if (parser.values(name).size() > 1) {
            *exitCode = fail(command,
                QCoreApplication::translate("CommandLine", "option --%1 given more than once")
                    .arg(name),
                Usage);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser, usage);
        *exitCode = Ok;
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    const qsizetype allowed = missingPositional.isEmpty() ? 0 : 1;
    if (positional.size() > allowed) {
        *exitCode = fail(command,
            QCoreApplication::translate("CommandLine", "unexpected argument '%1'")
                .arg(positional.at(allowed)),
            Usage);
        return false;
    }
    if (positional.size() < allowed) {
        *exitCode = fail(command, missingPositional, Usage);
        return false;
    }
    return true;
}

bool openDatabase(const QString &command, const QCommandLineParser &parser, DbConnection &db,
    int *exitCode, bool mustExist)
{
    if (mustExist && !QFileInfo::exists(db.path())) {
        *exitCode = fail(command,
            QCoreApplication::translate("CommandLine", "no database at %1 (check --db)")
                .arg(db.path()),
            Failed);
        return false;
    }
    Q_ASSERT(db.path() == databasePath(parser));
    QString error;
    if (!db.open(&error)) {
        *exitCode = fail(command, error, Failed);
        return false;
    }
    return true;
}

bool endpointOption(const QString &command, const QCommandLineParser &parser, DbConnection &db,
    std::optional<EndpointConfig> *endpoint, int *exitCode)
{
    endpoint->reset();
    if (!parser.isSet(QStringLiteral("endpoint")))
        return true;
    const QString name = parser.value(QStringLiteral("endpoint"));
    *endpoint = EndpointStore(db.db()).findIncludingRemoved(name);
    if (!*endpoint) {
        *exitCode = fail(command,
            QCoreApplication::translate("CommandLine", "--endpoint: no endpoint named '%1'")
                .arg(name),
            Usage);
        return false;
    }
    return true;
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || d.toString(Qt::ISODate) != text)
        return std::nullopt;
    return d;
}

void printHelp(const QCommandLineParser &parser, const QString &usage)
{
    QString help = parser.helpText();
    // Qt's first line names the binary with generic arguments; ours is more useful.
    const qsizetype firstBreak = help.indexOf(u'\n');
    help = usage + help.mid(firstBreak);
    printOut(help);
}

int run(const QStringList &arguments)
{
    // Tools print results on stdout and errors on stderr; routine notes only with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("donationdesk.*.info=false"));
    QStringList args = arguments;
    // --db may also come before the command: hand it to the command.
    QStringList global;
    for (;;) {
        if (args.size() >= 2 && args.first() == u"--db")
            global << args.takeFirst() << args.takeFirst();
        else if (!args.isEmpty() && args.first().startsWith(QLatin1String("--db=")))
            global << args.takeFirst();
        else
            break;
    }
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h"
        || args.first() == u"help") {
        printOut(overview());
        return Ok;
    }
    if (args.first() == u"--version" || args.first() == u"-v") {
        printOut(QStringLiteral("donationdesk %1\n").arg(QStringLiteral(DD_VERSION)));
        return Ok;
    }
    const QString command = args.takeFirst();
    const QStringList afterCommand = args;
    args = global + args;
    if (command == u"serve")
        return serve(args);
    if (command == u"endpoint")
        return endpoint(args);
    if (command == u"export")
        return exportCsv(args);
    if (command == u"reprocess")
        return reprocess(args);
    if (command == u"retention")
        return retention(args);
    if (command == u"purge")
        return purge(args);
    if (command == u"erase-donor")
        return eraseDonor(args);
    if (command == u"backup")
        return backup(args);
    if (command == u"demo-data")
        return demoData(args);
    if (command == u"send-test")
        return sendTest(args);
    if (command == u"round-trip")
        return roundTrip(args);
    if (command.startsWith(u'-')) {
        // Name the option that is wrong, not a desktop option (--self-test) given before it.
        const QStringList given = QStringList {command} + afterCommand;
        QString offending = command;
        for (qsizetype i = 0; i < given.size() && given.at(i).startsWith(u'-'); ++i) {
            bool takesValue = false;
            if (!isDesktopOption(given.at(i), &takesValue)) {
                offending = given.at(i);
                break;
            }
            if (takesValue)
                ++i;
        }
        return fail({},
            QCoreApplication::translate(
                "CommandLine", "unknown option '%1' (see donationdesk --help)")
                .arg(offending),
            Usage);
    }
    return fail({},
        QCoreApplication::translate("CommandLine",
            "unknown command '%1' (commands: serve, endpoint, export, reprocess, retention, "
            "purge, erase-donor, backup, demo-data, "
            "send-test, round-trip)")
            .arg(command),
        Usage);
}

std::optional<DesktopOptions> parseDesktopOptions(
    const QStringList &arguments, QString *error, bool *helpShown)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("self-test"),
        QCoreApplication::translate("CommandLine", "Load every view offscreen and exit.")});
    parser.addOption({QStringLiteral("screenshot-size"),
        QCoreApplication::translate(
            "CommandLine", "Window size for --screenshot (default 1280x800)."),
        QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine", "Write a PNG of each view into DIR and exit."),
        QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("language"),
        QCoreApplication::translate(
            "CommandLine", "Use this language (en, de, fr, es) instead of the settings' choice."),
        QStringLiteral("CODE")});
    *helpShown = false;
    if (!parser.parse(QStringList {QStringLiteral("donationdesk")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("CommandLine", "unexpected argument '%1'")
                     .arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(overview());
        *helpShown = true;
        return std::nullopt;
    }
    DesktopOptions o;
    // Empty unless given: the app then uses the database of its settings, or the default.
    o.databasePath = parser.value(QStringLiteral("db"));
    o.selfTest = parser.isSet(QStringLiteral("self-test"));
    o.screenshotDir = parser.value(QStringLiteral("screenshot"));
    o.screenshotSize = parser.value(QStringLiteral("screenshot-size"));
    o.language = parser.value(QStringLiteral("language"));
    if (!o.language.isEmpty() && Translations::resolve(o.language) != o.language) {
        *error = QCoreApplication::translate(
            "CommandLine", "--language: '%1' is not one of en, de, fr, es")
                     .arg(o.language);
        return std::nullopt;
    }
    return o;
}

} // namespace CommandLine
