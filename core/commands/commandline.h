#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>

#include <optional>

class DbConnection;
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
};
std::optional<DesktopOptions> parseDesktopOptions(const QStringList &arguments, QString *error,
                                                  bool *helpShown);

// --- shared by the commands ---------------------------------------------------------------

// Prints "donationdesk <command>: <message>" to stderr and returns `code`.
int fail(const QString &command, const QString &message, int code);
void addDatabaseOption(QCommandLineParser &parser);
QString databasePath(const QCommandLineParser &parser);
// Parses; on an unknown option or a missing value prints one line and returns false.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
           int *exitCode);
void printHelp(const QCommandLineParser &parser, const QString &usage);
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

} // namespace CommandLine
