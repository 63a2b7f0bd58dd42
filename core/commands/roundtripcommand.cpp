#include "commandline.h"
#include "storage/database.h"
#include "storage/endpointstore.h"
#include "testing/roundtrip.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RoundTripCommand", text);
}

QJsonObject verdictJson(const RoundTrip::Check &check)
{
    const RoundTrip::Verdict &v = check.verdict();
    const RoundTrip::Observation &o = check.observation();
    QJsonObject answer;
    answer.insert(QStringLiteral("status"), o.answer.status);
    answer.insert(QStringLiteral("elapsed_ms"), double(o.answer.elapsedUs) / 1000.0);
    if (o.answer.failure != TestSend::Failure::None) {
        answer.insert(QStringLiteral("failure"), TestSend::failureName(o.answer.failure));
        answer.insert(QStringLiteral("error"), o.answer.error);
    }
    QJsonObject arrival;
    switch (o.arrival.where) {
    case RoundTrip::Arrival::Where::Nowhere:
        arrival.insert(QStringLiteral("where"), QStringLiteral("nowhere"));
        break;
    case RoundTrip::Arrival::Where::Inbox:
        arrival.insert(QStringLiteral("where"), QStringLiteral("inbox"));
        arrival.insert(QStringLiteral("state"), o.arrival.state);
        break;
    case RoundTrip::Arrival::Where::Refused:
        arrival.insert(QStringLiteral("where"), QStringLiteral("refused"));
        arrival.insert(QStringLiteral("category"), o.arrival.category);
        arrival.insert(QStringLiteral("reason"), o.arrival.reason);
        break;
    }
    if (o.arrival.where != RoundTrip::Arrival::Where::Nowhere) {
        arrival.insert(QStringLiteral("request_id"), o.arrival.id);
        arrival.insert(QStringLiteral("endpoint"), o.arrival.endpointName);
    }
    return QJsonObject {
        {QStringLiteral("verdict"), RoundTrip::levelName(v.level)},
        {QStringLiteral("code"), v.code},
        {QStringLiteral("summary"), v.summary},
        {QStringLiteral("detail"), v.detail},
        {QStringLiteral("fix"), v.fix},
        {QStringLiteral("url"), o.url.toString(QUrl::RemovePath)},
        {QStringLiteral("answer"), answer},
        {QStringLiteral("arrival"), arrival},
    };
}

} // namespace

int roundTrip(const QStringList &arguments)
{
    const QString command = QStringLiteral("round-trip");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption(
        {QStringLiteral("endpoint"), tr("The endpoint to check."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("public-url"),
        tr("Where providers reach the listener (the reverse proxy or tunnel), e.g. "
           "https://donations.example.org; without it the listener's own address is checked."),
        QStringLiteral("URL")});
    parser.addOption({QStringLiteral("listen"),
        tr("The listener's own address, for the advice and when no public URL is given "
           "(default 127.0.0.1:8787)."),
        QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait for the answer (default 15)."),
        QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("json"), tr("Print the verdict as one JSON object.")});
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral("Usage: donationdesk round-trip --endpoint NAME [--public-url URL] "
                           "[--listen HOST:PORT]"),
            &exitCode))
        return exitCode;

    if (!parser.isSet(QStringLiteral("endpoint")))
        return fail(command, tr("--endpoint is required"), Usage);
    int timeoutSeconds = 15;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutSeconds < 1 || timeoutSeconds > 600)
            return fail(command,
                tr("--timeout: expected a whole number from 1 to 600, got '%1'")
                    .arg(parser.value(QStringLiteral("timeout"))),
                Usage);
    }
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;
    if (parser.isSet(QStringLiteral("listen"))) {
        QString error;
        if (!parseListenAddress(parser.value(QStringLiteral("listen")), &address, &port, &error))
            return fail(command, QStringLiteral("--listen: ") + error, Usage);
    }
    RoundTrip::Setup setup;
    setup.timeoutMs = timeoutSeconds * 1000;
    const QString host = address.toString();
    setup.listenUrl =
        QStringLiteral("http://%1:%2")
            .arg(address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host + u']' : host)
            .arg(port);
    if (parser.isSet(QStringLiteral("public-url"))) {
        const QString text = parser.value(QStringLiteral("public-url")).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
            || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
            return fail(command,
                tr("--public-url: expected an http:// or https:// address, got '%1'").arg(text),
                Usage);
        setup.publicBaseUrl = text;
    }

    DbConnection db(databasePath(parser));
    std::optional<EndpointConfig> endpoint;
    if (!openDatabase(command, parser, db, &exitCode, true)
        || !endpointOption(command, parser, db, &endpoint, &exitCode))
        return exitCode;
    setup.endpoint = *endpoint;

    // The listener is another process writing to the same file: read it here, at once.
    QSqlDatabase connection = db.db();
    RoundTrip::Probe probe;
    probe.marks = [&](std::function<void(RoundTrip::Marks)> done) {
        done(RoundTrip::marks(connection));
    };
    probe.find = [&](RoundTrip::Marks since, QByteArray nonce,
                     std::function<void(RoundTrip::Arrival)> done) {
        done(RoundTrip::find(connection, since, nonce));
    };
    RoundTrip::Check check(setup, probe);
    QEventLoop loop;
    QObject::connect(&check, &RoundTrip::Check::finished, &loop, &QEventLoop::quit);
    QObject::connect(&check, &RoundTrip::Check::stepChanged, &check, [&](const QString &step) {
        if (step == u"sending" && !parser.isSet(QStringLiteral("json")))
            fputs(qPrintable(tr("sending a signed test event to %1 ...\n")
                                 .arg(check.observation().url.toString(QUrl::RemovePath))),
                stderr);
    });
    QMetaObject::invokeMethod(&check, &RoundTrip::Check::start, Qt::QueuedConnection);
    loop.exec();

    const RoundTrip::Verdict &v = check.verdict();
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(verdictJson(check)).toJson(QJsonDocument::Compact))
            + u'\n');
    } else {
        QString text = QStringLiteral("%1: %2\n%3\n")
                           .arg(RoundTrip::levelName(v.level).toUpper(), v.summary, v.detail);
        if (!v.fix.isEmpty())
            text += tr("fix: %1\n").arg(v.fix);
        printOut(text);
    }
    return v.level == RoundTrip::Level::Green ? Ok : Failed;
}

} // namespace CommandLine
