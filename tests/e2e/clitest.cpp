#include "clitest.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

namespace Cli {

QList<QByteArray> Result::errLines() const
{
    QList<QByteArray> lines = err.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray Result::describe() const
{
    QByteArray s = finished
        ? (crashed ? QByteArray("crashed") : "exit " + QByteArray::number(exitCode))
        : QByteArray("did not finish in time");
    return s + "\n--- stdout:\n" + out.left(4000) + "\n--- stderr:\n" + err.left(4000);
}

QJsonObject Result::jsonObject() const
{
    return QJsonDocument::fromJson(out).object();
}

QJsonArray Result::jsonArray() const
{
    return QJsonDocument::fromJson(out).array();
}

Sandbox::Sandbox()
{
    // DD_E2E_KEEP=1 keeps the databases and serve logs of a run, to look into a failure.
    if (qEnvironmentVariableIntValue("DD_E2E_KEEP")) {
        m_dir.setAutoRemove(false);
        qInfo("sandbox kept in %s", qPrintable(m_dir.path()));
    }
    QDir(m_dir.path()).mkpath(QStringLiteral("home/.local/share"));
    QDir(m_dir.path()).mkpath(QStringLiteral("home/.config"));
}

QProcessEnvironment Sandbox::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/.local/share")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/.config")));
    // The contract is one line on stderr: logging overrides from the caller would add lines.
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

Result Sandbox::run(const QStringList &arguments, int timeoutMs) const
{
    Result r;
    QProcess p;
    p.setProgram(binary());
    p.setArguments(arguments);
    p.setProcessEnvironment(environment());
    p.setStandardInputFile(QProcess::nullDevice());
    p.start();
    if (!p.waitForStarted(10000)) {
        r.err = "cannot start " + binary().toUtf8() + ": " + p.errorString().toUtf8();
        return r;
    }
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString binary()
{
    return QStringLiteral(DD_BINARY);
}

Result Sandbox::endpoint(const QString &db, const char *words, const QStringList &more) const
{
    QStringList arguments = Cli::words(words);
    arguments.insert(1, QStringLiteral("--db"));
    arguments.insert(2, db);
    return run(QStringList {QStringLiteral("endpoint")} + arguments + more);
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

bool isHookPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^/hooks/[A-Za-z0-9_-]{43,}$"));
    return re.match(path).hasMatch();
}

EndpointConfig endpointFromJson(const QJsonObject &o)
{
    EndpointConfig e;
    e.id = o.value(QLatin1String("id")).toInteger();
    e.name = o.value(QLatin1String("name")).toString();
    e.provider = o.value(QLatin1String("provider")).toString();
    const QString path = o.value(QLatin1String("path")).toString();
    e.token = path.mid(int(qstrlen("/hooks/"))).toLatin1();
    e.secret = o.value(QLatin1String("secret")).toString().toUtf8();
    e.currency = o.value(QLatin1String("currency")).toString();
    e.event = o.value(QLatin1String("event")).toString();
    e.timezone = o.value(QLatin1String("timezone")).toString();
    e.enabled = o.value(QLatin1String("enabled")).toBool(true);
    return e;
}

SignedRequest sign(const EndpointConfig &endpoint, const QByteArray &body,
    const QByteArray &messageId, const QDateTime &now)
{
    const ProviderAdapter *adapter = Providers::find(endpoint.provider);
    if (!adapter)
        qFatal("no adapter for provider %s", qPrintable(endpoint.provider));
    return adapter->sign(body, endpoint, now, messageId);
}

QByteArray HttpAnswer::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpAnswer::describe() const
{
    if (status == 0)
        return "no answer: " + error.toUtf8();
    return "HTTP " + QByteArray::number(status) + " " + body.left(2000);
}

HttpAnswer httpRequest(quint16 port, const QByteArray &method, const QByteArray &target,
    const HeaderList &headers, const QByteArray &body, int timeoutMs)
{
    HttpAnswer a;
    QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        a.error = QStringLiteral("connect: ") + socket.errorString();
        return a;
    }
    QByteArray request = method + ' ' + target
        + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\nConnection: close\r\n";
    for (const auto &h : headers)
        request += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    socket.write(request);

    QByteArray buffer;
    qsizetype headEnd = -1;
    qint64 contentLength = -1;
    for (;;) {
        buffer += socket.readAll();
        if (headEnd < 0) {
            const qsizetype at = buffer.indexOf("\r\n\r\n");
            if (at >= 0) {
                headEnd = at + 4;
                const QList<QByteArray> lines = buffer.left(at).split('\n');
                const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
                a.status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon > 0)
                        a.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
                }
                const QByteArray length = a.header("Content-Length");
                contentLength = length.isEmpty() ? -1 : length.toLongLong();
            }
        }
        if (headEnd >= 0 && contentLength >= 0 && buffer.size() >= headEnd + contentLength) {
            a.body = buffer.mid(headEnd, contentLength);
            return a;
        }
        if (socket.state() != QAbstractSocket::ConnectedState) {
            if (headEnd >= 0 && contentLength < 0) {
                a.body = buffer.mid(headEnd);
                return a;
            }
            a.error = QStringLiteral("connection closed after %1 bytes").arg(buffer.size());
            a.status = 0;
            return a;
        }
        if (deadline.hasExpired()) {
            a.error = QStringLiteral("timed out after %1 bytes").arg(buffer.size());
            a.status = 0;
            return a;
        }
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

Server::Server(const Sandbox &sandbox)
    : m_sandbox(sandbox)
{ }

Server::~Server()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool Server::start(const QString &databasePath, QString *error, const QStringList &extraArguments)
{
    static int serial = 0;
    m_process.setProgram(binary());
    m_process.setArguments(
        QStringList {QStringLiteral("serve"), QStringLiteral("--db"), databasePath,
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
        + extraArguments);
    m_process.setProcessEnvironment(m_sandbox.environment());
    m_process.setStandardInputFile(QProcess::nullDevice());
    // Its request log goes to a file: a pipe nobody reads while the test blocks on a socket
    // could fill up and stall the server.
    m_process.setStandardErrorFile(m_sandbox.path(QStringLiteral("serve-%1.log").arg(++serial)));
    m_stderrPath = m_sandbox.path(QStringLiteral("serve-%1.log").arg(serial));
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start: ") + m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(20000);
    while (!m_stdout.contains('\n')) {
        if (m_process.state() == QProcess::NotRunning) {
            m_stdout += m_process.readAllStandardOutput();
            *error = QStringLiteral("serve exited with %1 before listening: %2")
                         .arg(m_process.exitCode())
                         .arg(QString::fromUtf8(allStderr()));
            return false;
        }
        if (deadline.hasExpired()) {
            *error = QStringLiteral("serve printed no first line in time: %1")
                         .arg(QString::fromUtf8(allStderr()));
            return false;
        }
        m_process.waitForReadyRead(
            int(qMax<qint64>(1, qMin<qint64>(200, deadline.remainingTime()))));
        m_stdout += m_process.readAllStandardOutput();
    }
    m_firstLine = m_stdout.left(m_stdout.indexOf('\n'));
    static const QRegularExpression re(
        QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"));
    const auto m = re.match(QString::fromUtf8(m_firstLine));
    if (!m.hasMatch() || m.captured(1).toUInt() == 0 || m.captured(1).toUInt() > 65535) {
        *error = QStringLiteral("unexpected first line: ") + QString::fromUtf8(m_firstLine);
        return false;
    }
    m_port = quint16(m.captured(1).toUInt());
    return true;
}

HttpAnswer Server::post(const EndpointConfig &endpoint, const QByteArray &body,
    const HeaderList &extraHeaders, const QByteArray &messageId)
{
    const SignedRequest signedRequest = sign(endpoint, body, messageId);
    return request(
        "POST", endpoint.path(), signedRequest.headers + extraHeaders, signedRequest.body);
}

HttpAnswer Server::request(const QByteArray &method, const QByteArray &target,
    const HeaderList &headers, const QByteArray &body)
{
    return httpRequest(m_port, method, target, headers, body);
}

QJsonObject Server::health(QString *error)
{
    const HttpAnswer a = request("GET", "/healthz");
    if (a.status != 200) {
        *error = QString::fromUtf8(a.describe());
        return {};
    }
    return a.json();
}

bool Server::waitUntilProcessed(QString *error, int timeoutMs)
{
    QJsonObject last;
    const bool done = poll(
        [&] {
            QString why;
            last = health(&why);
            return !last.isEmpty() && last.value(QLatin1String("inbox_depth")).toInteger(-1) == 0
                && last.value(QLatin1String("awaiting_commit")).toInteger(-1) == 0;
        },
        timeoutMs);
    if (!done)
        *error = QStringLiteral("inbox not drained: ")
            + QString::fromUtf8(QJsonDocument(last).toJson(QJsonDocument::Compact));
    return done;
}

bool Server::stop(int signal, QString *error, int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning) {
        *error = QStringLiteral("serve was not running");
        return false;
    }
    if (signal == SIGTERM)
        m_process.terminate();
    else
        ::kill(pid_t(m_process.processId()), signal);
    if (!m_process.waitForFinished(timeoutMs)) {
        *error = QStringLiteral("serve did not exit within %1 ms of signal %2")
                     .arg(timeoutMs)
                     .arg(signal);
        m_process.kill();
        m_process.waitForFinished(5000);
        return false;
    }
    m_stdout += m_process.readAllStandardOutput();
    return true;
}

QByteArray Server::allStdout()
{
    m_stdout += m_process.readAllStandardOutput();
    return m_stdout;
}

QByteArray Server::allStderr()
{
    QFile f(m_stderrPath);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool poll(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (condition())
            return true;
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

QByteArray firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    if (actual == expected)
        return {};
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    auto show = [](QByteArray line) {
        return line.replace("\r", "\\r");
    };
    for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
        const QByteArray al = i < a.size() ? a.at(i) : QByteArray("<missing>");
        const QByteArray el = i < e.size() ? e.at(i) : QByteArray("<missing>");
        if (al != el) {
            return "line " + QByteArray::number(i + 1) + " differs\n   actual: " + show(al)
                + "\n expected: " + show(el);
        }
    }
    return "texts differ";
}

bool isOneJsonLine(const Result &r, int exitCode)
{
    return r.finished && !r.crashed && r.exitCode == exitCode && r.err.isEmpty()
        && r.out.endsWith('\n') && r.out.count('\n') == 1;
}

bool isUsageError(const Result &r, const char *argument)
{
    return r.finished && r.exitCode == 2 && r.out.isEmpty() && r.errLines().size() == 1
        && r.err.contains(argument);
}

QJsonValue field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key));
}

QJsonObject byName(const QJsonArray &list, const QString &name)
{
    for (const QJsonValue &v : list) {
        if (field(v.toObject(), "name").toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace Cli
