#include "commandline.h"
#include "ingest/webhookservice.h"
#include "monitoring/silencealarmmonitor.h"
#include "storage/backgrounddatabase.h"
#include "unixsignals.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>

#include <memory>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServeCommand", text);
}

// Logs each change of an endpoint's silence alarm once: a warning when it is raised, a note when
// it is no longer.
void logAlarmChange(
    const SilenceAlarmMonitor::EndpointAlarm &alarm, AlarmState::Kind previous, bool first)
{
    Q_UNUSED(first);
    const AlarmState &s = alarm.state;
    if (s.kind == AlarmState::Kind::Quiet)
        qCWarning(lcAlarm).noquote()
            << QStringLiteral("endpoint \"%1\" is quiet: %2").arg(alarm.name, s.text);
    else if (s.kind == AlarmState::Kind::FailingSignatures)
        qCWarning(lcAlarm).noquote()
            << QStringLiteral("endpoint \"%1\" is failing signatures: %2").arg(alarm.name, s.text);
    else if (previous == AlarmState::Kind::Quiet || previous == AlarmState::Kind::FailingSignatures)
        qCInfo(lcAlarm).noquote()
            << QStringLiteral("endpoint \"%1\" recovered: %2").arg(alarm.name, s.text);
}

} // namespace

// HOST:PORT, [IPv6]:PORT or a bare port. "localhost" is 127.0.0.1.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    QString host;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || text.mid(close + 1, 1) != u":") {
            *error = tr("--listen: expected [IPv6]:PORT, got '%1'").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon < 0 || text.count(u':') > 1) {
            *error = tr("--listen: expected HOST:PORT, got '%1'").arg(text);
            return false;
        }
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const int p = portText.toInt(&ok);
    if (!ok || p < 0 || p > 65535) {
        *error = tr("--listen: '%1' is not a port number (0-65535)").arg(portText);
        return false;
    }
    if (host.isEmpty() || host == u"localhost") {
        *address = QHostAddress::LocalHost;
    } else if (!address->setAddress(host)) {
        *error = tr("--listen: '%1' is not an IP address").arg(host);
        return false;
    }
    *port = quint16(p);
    return true;
}

int serve(const QStringList &arguments)
{
    const QString command = QStringLiteral("serve");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("listen"),
        tr("Address and port to listen on (default: 127.0.0.1:8787; port 0 picks a free one)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8787")});
    parser.addOption({QStringLiteral("max-body"),
        tr("Largest request body accepted, in bytes (default: 1048576)."),
        QStringLiteral("BYTES")});
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral(
                "Usage: donationdesk serve [--db PATH] [--listen HOST:PORT] [--max-body BYTES]"),
            &exitCode))
        return exitCode;

    WebhookService::Config config;
    config.databasePath = databasePath(parser);
    QString error;
    if (!parseListenAddress(
            parser.value(QStringLiteral("listen")), &config.address, &config.port, &error))
        return fail(command, error, Usage);
    if (parser.isSet(QStringLiteral("max-body"))) {
        bool ok = false;
        const qint64 bytes = parser.value(QStringLiteral("max-body")).toLongLong(&ok);
        if (!ok || bytes < 1024 || bytes > 256 * 1024 * 1024)
            return fail(command,
                tr("--max-body: expected a size in bytes between 1024 and 268435456, got '%1'")
                    .arg(parser.value(QStringLiteral("max-body"))),
                Usage);
        config.limits.maxBodyBytes = bytes;
    }

    // A service logs what it does (to stderr); stdout carries only the "listening on" line.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("donationdesk.*.info=true"));
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-category}%{category} %{endif}%{type}: %{message}"));
    WebhookService service(config);
    UnixSignalWatcher signalWatcher;
    // Silence alarms are checked on a read connection of their own, away from the listener and
    // the writer, once the service has opened (and migrated) the database.
    std::unique_ptr<BackgroundDatabase> alarmDatabase;
    SilenceAlarmMonitor alarms;
    QObject::connect(&alarms, &SilenceAlarmMonitor::alarmChanged, &logAlarmChange);
    int status = Ok;
    QObject::connect(&service, &WebhookService::started, [&](const QString &host, quint16 port) {
        const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
        printOut(QStringLiteral("listening on http://%1:%2\n").arg(shownHost).arg(port));
        alarmDatabase = std::make_unique<BackgroundDatabase>(config.databasePath);
        alarms.setDatabase(alarmDatabase.get());
    });
    // What arrives may raise an alarm (refusals) or clear one (donations): checked soon after.
    QObject::connect(
        &service, &WebhookService::donationsChanged, &alarms, [&alarms] { alarms.checkSoon(); });
    QObject::connect(
        &service, &WebhookService::requestsStored, &alarms, [&alarms] { alarms.checkSoon(); });
    QObject::connect(
        &service, &WebhookService::requestRefused, &alarms, [&alarms] { alarms.checkSoon(); });
    QObject::connect(&service, &WebhookService::failed, [&](const QString &message) {
        status = fail(command, message, Failed);
        QCoreApplication::exit(status);
    });
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &service,
        [&service] { service.stop(); });
    QObject::connect(&service, &WebhookService::stopped, [] { QCoreApplication::exit(Ok); });
    service.start();
    status = QCoreApplication::exec();
    alarms.setDatabase(nullptr);
    alarmDatabase.reset();
    return status;
}

} // namespace CommandLine
