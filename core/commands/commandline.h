#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>

#include <optional>

class DbConnection;
struct EndpointConfig;
class QHostAddress;

// The command-line tools: `donationdesk <command> ...`. Scripts depend on this contract
// (docs/CLI.md): results on stdout, one-line errors on stderr, exit status 0 on success, 1 when
// the work failed, 2 for bad arguments.
namespace CommandLine {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Whether `arguments` (argv without the program name) name a tool rather than the desktop app.
bool isToolInvocation(const QStringList &arguments);

// Runs a tool; needs a QCoreApplication. Returns the exit status.
int run(const QStringList &arguments);

// The desktop app's own options (--db); nullopt with `error` set when they are wrong.
struct DesktopOptions
{
    QString databasePath;
    bool selfTest = false;
    QString screenshotDir;
    QString screenshotSize;
    QString language; // empty: the settings' choice
};
std::optional<DesktopOptions> parseDesktopOptions(
    const QStringList &arguments, QString *error, bool *helpShown);

// --- shared by the commands ---------------------------------------------------------------

// Prints "donationdesk <command>: <message>" to stderr and returns `code`.
int fail(const QString &command, const QString &message, int code);
void addDatabaseOption(QCommandLineParser &parser);
QString databasePath(const QCommandLineParser &parser);
// Parses the arguments of `command`. Returns false when the command is to end at once with
// *exitCode: after one line naming a bad argument (2), or after printing --help with `usage`
// as its first line (0). A command that takes one positional argument passes the message
// for its absence in `missingPositional`; otherwise none is accepted.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
    const QString &usage, int *exitCode, const QString &missingPositional = {});
void printHelp(const QCommandLineParser &parser, const QString &usage);

// Opens (and migrates) the --db database; on failure prints why and sets *exitCode (1). With
// `mustExist`, a missing file is refused rather than created: a command that only reads or
// reworks stored data would otherwise make an empty database at a mistyped path.
bool openDatabase(const QString &command, const QCommandLineParser &parser, DbConnection &db,
    int *exitCode, bool mustExist = false);
// The endpoint named by --endpoint, live or removed (its donations stay in the books);
// nullopt when the option is absent. An unknown name prints one line and sets *exitCode (2).
bool endpointOption(const QString &command, const QCommandLineParser &parser, DbConnection &db,
    std::optional<EndpointConfig> *endpoint, int *exitCode);
void printOut(const QString &text);

// A calendar date written exactly as YYYY-MM-DD; nullopt for anything else. (Qt::ISODate alone
// also takes "2024/06/01" and "2024.06.01", which the documented contract does not.)
std::optional<QDate> parseIsoDate(const QString &text);

// HOST:PORT, [IPv6]:PORT; "localhost" means 127.0.0.1.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error);

int serve(const QStringList &arguments);
int endpoint(const QStringList &arguments);
int exportCsv(const QStringList &arguments);
int reprocess(const QStringList &arguments);
int retention(const QStringList &arguments);
int purge(const QStringList &arguments);
int eraseDonor(const QStringList &arguments);
int backup(const QStringList &arguments);
int demoData(const QStringList &arguments);
int sendTest(const QStringList &arguments);
int roundTrip(const QStringList &arguments);

} // namespace CommandLine
