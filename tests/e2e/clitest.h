#pragma once

#include "providers/provideradapter.h"
#include "testdata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>
#include <optional>

// Helpers for the end-to-end suites. They drive the real donationdesk binary the way scripts
// and providers do: arguments in, stdout/stderr/exit status out, HTTP over localhost.
namespace Cli {

// What one run of the binary produced.
struct Result
{
    bool finished = false; // false: still running at the time limit, and killed
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QList<QByteArray> errLines() const;
    // For failure messages: exit status and both streams.
    QByteArray describe() const;
    QJsonObject jsonObject() const;
    QJsonArray jsonArray() const;
};

// A private directory per suite: the databases, and HOME/XDG dirs of the children, so that a
// command that ignored --db could never reach a real user's database.
class Sandbox
{
public:
    Sandbox();

    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }

    QProcessEnvironment environment() const;
    // Runs `donationdesk <arguments>`; stdin is empty.
    Result run(const QStringList &arguments, int timeoutMs = 30000) const;
    // `donationdesk endpoint <words> --db <db> <more>`: the first word is the sub-command;
    // `more` holds arguments with spaces in them.
    Result endpoint(const QString &db, const char *words, const QStringList &more = {}) const;

private:
    QTemporaryDir m_dir;
};

QString binary();

// Scripts read exactly one JSON document, on one line, and nothing on stderr; exit `exitCode`.
bool isOneJsonLine(const Result &r, int exitCode = 0);
// Exit 2, nothing on stdout, one line on stderr naming `argument`.
bool isUsageError(const Result &r, const char *argument);
QJsonValue field(const QJsonObject &o, const char *key);
// The object of `list` whose "name" is `name`; empty when none is.
QJsonObject byName(const QJsonArray &list, const QString &name);

// "endpoint add --name x" -> {"endpoint", "add", "--name", "x"}, for arguments without spaces.
QStringList words(const char *text);

// "/hooks/<token>" with a token of at least 43 URL-safe base64 characters.
bool isHookPath(const QString &path);

// The settings a provider needs to sign for the endpoint that `endpoint add --json` (or
// `update --json` of the secret) printed; `list` prints the secret only with --show-secrets.
EndpointConfig endpointFromJson(const QJsonObject &o);

// Headers and body as the endpoint's provider would send them.
SignedRequest sign(const EndpointConfig &endpoint, const QByteArray &body,
    const QByteArray &messageId = "msg_e2e",
    const QDateTime &now = QDateTime::currentDateTimeUtc());

struct HttpAnswer
{
    int status = 0; // 0: no answer (see error)
    HeaderList headers;
    QByteArray body;
    QString error;

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const;
    QByteArray describe() const;
};

// One HTTP/1.1 request on a fresh connection to 127.0.0.1:port, answer read by Content-Length.
HttpAnswer httpRequest(quint16 port, const QByteArray &method, const QByteArray &target,
    const HeaderList &headers, const QByteArray &body, int timeoutMs = 10000);

// `donationdesk serve` on an ephemeral port.
class Server
{
public:
    explicit Server(const Sandbox &sandbox);
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    // Starts and waits for the first stdout line, "listening on http://127.0.0.1:PORT".
    bool start(const QString &databasePath, QString *error, const QStringList &extraArguments = {});
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QByteArray firstLine() const { return m_firstLine; }

    HttpAnswer post(const EndpointConfig &endpoint, const QByteArray &body,
        const HeaderList &extraHeaders = {}, const QByteArray &messageId = "msg_e2e");
    HttpAnswer request(const QByteArray &method, const QByteArray &target,
        const HeaderList &headers = {}, const QByteArray &body = {});
    QJsonObject health(QString *error);
    // Polls /healthz until every committed request has been processed.
    bool waitUntilProcessed(QString *error, int timeoutMs = 10000);

    // Sends the signal and waits (bounded) for the exit.
    bool stop(int signal, QString *error, int timeoutMs = 15000);
    int exitCode() const { return m_process.exitCode(); }
    bool exitedNormally() const { return m_process.exitStatus() == QProcess::NormalExit; }
    QByteArray allStdout();
    QByteArray allStderr();

private:
    const Sandbox &m_sandbox;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QByteArray m_firstLine;
    QString m_stderrPath;
    quint16 m_port = 0;
};

// Waits up to `timeoutMs` for `condition` to hold, checking every 50 ms and running events.
bool poll(const std::function<bool()> &condition, int timeoutMs);

QByteArray sha256(const QString &path);

// Empty when equal; otherwise the first line that differs, both versions, for the message.
QByteArray firstDifference(const QByteArray &actual, const QByteArray &expected);

} // namespace Cli

// Compares text byte for byte and names the first differing line.
#define DD_COMPARE_TEXT(actual, expected)                                                          \
    do {                                                                                           \
        const QByteArray ddDiff = Cli::firstDifference((actual), (expected));                      \
        QVERIFY2(ddDiff.isEmpty(), ddDiff.constData());                                            \
    } while (false)
