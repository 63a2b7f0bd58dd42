// dd_loadgen: signed Givecloud contributions against a webhook receiver, in a closed or an
// open loop, with the figures as one JSON object on stdout.

#include "givecloudbodies.h"
#include "loadrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <arpa/inet.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

int fail(const QString &message)
{
    fprintf(stderr, "dd_loadgen: %s\n", qPrintable(message));
    return 2;
}

double percentileMs(const std::vector<int64_t> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    // Nearest rank.
    const size_t rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return double(sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1]) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dd_loadgen"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sends signed Givecloud contribution webhooks over keep-alive connections and prints "
        "throughput and latency as JSON."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options {
        {QStringLiteral("url"), QStringLiteral("Target, http://127.0.0.1:PORT/hooks/TOKEN."),
            QStringLiteral("URL")},
        {QStringLiteral("secret"), QStringLiteral("Givecloud signing secret (empty: unsigned)."),
            QStringLiteral("S")},
        {QStringLiteral("mode"), QStringLiteral("closed (default) or open."),
            QStringLiteral("MODE"), QStringLiteral("closed")},
        {QStringLiteral("connections"), QStringLiteral("Keep-alive connections (default 16)."),
            QStringLiteral("N"), QStringLiteral("16")},
        {QStringLiteral("rate"), QStringLiteral("Open loop: offered requests per second."),
            QStringLiteral("R")},
        {QStringLiteral("duration"), QStringLiteral("Measured seconds (default 10)."),
            QStringLiteral("S"), QStringLiteral("10")},
        {QStringLiteral("warmup"), QStringLiteral("Seconds before measuring (default 1)."),
            QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("requests"),
            QStringLiteral("Requests to build beforehand (closed loop default 100000; the run "
                           "ends early when they are used up)."),
            QStringLiteral("N")},
        {QStringLiteral("body-bytes"), QStringLiteral("Body size (default 5120)."),
            QStringLiteral("N"), QStringLiteral("5120")},
        {QStringLiteral("seed"),
            QStringLiteral("Distinct seeds give distinct contributions (default 1)."),
            QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("max-per-source"),
            QStringLiteral("Connections per local address 127.0.0.x (default 64; 0: one address)."),
            QStringLiteral("N"), QStringLiteral("64")},
        {QStringLiteral("cycle"),
            QStringLiteral("Send the requests again when they are used up (for a receiver that "
                           "reads nothing) instead of ending the run.")},
        {QStringLiteral("drain"), QStringLiteral("Seconds to wait for late answers (default 10)."),
            QStringLiteral("S"), QStringLiteral("10")},
    };
    parser.addOptions(options);
    parser.process(app);

    const QUrl url(parser.value(QStringLiteral("url")));
    if (!url.isValid() || url.scheme() != u"http" || url.port() <= 0)
        return fail(QStringLiteral("--url: expected http://HOST:PORT/PATH"));
    QHostAddress address;
    if (url.host() == u"localhost")
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(url.host()) || address.protocol() != QAbstractSocket::IPv4Protocol)
        return fail(QStringLiteral("--url: the host must be an IPv4 address"));

    LoadRunner::Config config;
    config.target.sin_family = AF_INET;
    config.target.sin_port = htons(quint16(url.port()));
    config.target.sin_addr.s_addr = htonl(address.toIPv4Address());
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == u"open")
        config.mode = LoadRunner::Mode::Open;
    else if (mode != u"closed")
        return fail(QStringLiteral("--mode: closed or open"));
    config.connections = parser.value(QStringLiteral("connections")).toInt();
    config.durationSeconds = parser.value(QStringLiteral("duration")).toDouble();
    config.warmupSeconds = parser.value(QStringLiteral("warmup")).toDouble();
    config.drainSeconds = parser.value(QStringLiteral("drain")).toDouble();
    config.maxPerSource = parser.value(QStringLiteral("max-per-source")).toInt();
    config.rate = parser.value(QStringLiteral("rate")).toDouble();
    config.cycle = parser.isSet(QStringLiteral("cycle"));
    if (config.connections < 1 || config.connections > 4096)
        return fail(QStringLiteral("--connections: 1 to 4096"));
    if (config.durationSeconds <= 0 || config.warmupSeconds < 0)
        return fail(QStringLiteral("--duration must be positive, --warmup not negative"));
    if (config.mode == LoadRunner::Mode::Open && config.rate <= 0)
        return fail(QStringLiteral("--rate is required in the open loop"));

    qint64 count = 100000;
    if (config.mode == LoadRunner::Mode::Open)
        count =
            qint64(std::ceil(config.rate * (config.warmupSeconds + config.durationSeconds))) + 1;
    if (parser.isSet(QStringLiteral("requests")))
        count = parser.value(QStringLiteral("requests")).toLongLong();
    if (count < 1)
        return fail(QStringLiteral("--requests must be positive"));

    GivecloudBodies::Options bodies;
    bodies.host = url.authority().toLatin1();
    bodies.path = url.path(QUrl::FullyEncoded).toLatin1();
    bodies.secret = parser.value(QStringLiteral("secret")).toUtf8();
    bodies.bodyBytes = parser.value(QStringLiteral("body-bytes")).toInt();
    bodies.seed = parser.value(QStringLiteral("seed")).toULongLong();
    bodies.now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer building;
    building.start();
    const std::vector<std::string> requests = GivecloudBodies::requests(bodies, size_t(count));
    const qint64 buildMs = building.elapsed();
    qint64 bodyTotal = 0;
    for (const std::string &r : requests)
        bodyTotal += qint64(r.size());

    LoadRunner runner(config, requests);
    LoadRunner::Result r = runner.run();
    if (!r.error.empty())
        return fail(QString::fromStdString(r.error));

    std::sort(r.latenciesNs.begin(), r.latenciesNs.end());
    QJsonObject statuses;
    for (const auto &[status, n] : r.statuses)
        statuses.insert(QString::number(status), qint64(n));
    const double window = r.windowSeconds > 0 ? r.windowSeconds : 1;
    QJsonObject out {
        {QStringLiteral("mode"), mode},
        {QStringLiteral("connections"), config.connections},
        {QStringLiteral("offered_rate"), config.mode == LoadRunner::Mode::Open ? config.rate : 0},
        {QStringLiteral("warmup_s"), config.warmupSeconds},
        {QStringLiteral("window_s"), r.windowSeconds},
        {QStringLiteral("prepared"), count},
        {QStringLiteral("prepare_ms"), buildMs},
        {QStringLiteral("request_bytes_avg"), double(bodyTotal) / double(count)},
        {QStringLiteral("body_bytes"), bodies.bodyBytes},
        {QStringLiteral("sent"), qint64(r.sent)},
        {QStringLiteral("ok_2xx"), qint64(r.ok)},
        {QStringLiteral("non_2xx"), qint64(r.notOk)},
        {QStringLiteral("errors"), qint64(r.errors)},
        {QStringLiteral("unanswered"), qint64(r.unanswered)},
        {QStringLiteral("reconnects"), qint64(r.reconnects)},
        {QStringLiteral("statuses"), statuses},
        {QStringLiteral("pool_exhausted"), r.poolExhausted},
        {QStringLiteral("cycled"), r.cycled},
        {QStringLiteral("window_ok_2xx"), qint64(r.windowOk)},
        {QStringLiteral("window_non_2xx"), qint64(r.windowNotOk)},
        {QStringLiteral("window_errors"), qint64(r.windowErrors)},
        {QStringLiteral("throughput_per_s"), double(r.windowOk) / window},
        {QStringLiteral("latency_samples"), qint64(r.latenciesNs.size())},
        {QStringLiteral("latency_ms"),
            QJsonObject {{QStringLiteral("p50"), percentileMs(r.latenciesNs, 50)},
                {QStringLiteral("p90"), percentileMs(r.latenciesNs, 90)},
                {QStringLiteral("p99"), percentileMs(r.latenciesNs, 99)},
                {QStringLiteral("max"),
                    r.latenciesNs.empty() ? 0.0 : double(r.latenciesNs.back()) / 1e6}}},
        {QStringLiteral("max_send_lag_ms"), r.maxSendLagMs},
        {QStringLiteral("loadgen_cpu_s"), r.cpuSeconds},
    };
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact);
    fwrite(json.constData(), 1, size_t(json.size()), stdout);
    fputc('\n', stdout);
    return 0;
}
