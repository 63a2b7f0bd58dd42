#include "roundtrip.h"

#include "storage/sqlrun.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace RoundTrip {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RoundTrip", text);
}

// The sample the check sends: one the endpoint takes as it is set up (NationBuilder and Donary
// endpoints have a fixed event), the provider's first (a completed gift) otherwise.
std::optional<SampleEvents::Sample> sampleFor(const EndpointConfig &endpoint)
{
    const QList<SampleEvents::Sample> samples = SampleEvents::forProvider(endpoint.provider);
    for (const SampleEvents::Sample &s : samples) {
        if (s.endpointEvent == endpoint.event)
            return s;
    }
    if (samples.isEmpty())
        return std::nullopt;
    return samples.first();
}

QString hostPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

bool isLoopback(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == u"localhost" || (!address.isNull() && address.isLoopback());
}

// The inbox id in our own listener's answer ({"status":"accepted","inbox_id":N}); 0 otherwise.
qint64 acceptedInboxId(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(QStringLiteral("status")).toString() != u"accepted")
        return 0;
    return o.value(QStringLiteral("inbox_id")).toInteger();
}

QString ms(qint64 us)
{
    return QString::number(double(us) / 1000.0, 'f', us < 10'000 ? 1 : 0);
}

Verdict verdict(Level level, const char *code, const QString &summary, const QString &detail,
    const QString &fix = {})
{
    return Verdict {level, QString::fromLatin1(code), summary, detail, fix};
}

// The request arrived in this database.
Verdict judgeArrived(const Observation &o)
{
    const Arrival &a = o.arrival;
    const TestSend::Result &r = o.answer;
    const QString took = tr("%1 ms").arg(ms(r.elapsedUs));
    if (a.where == Arrival::Where::Refused) {
        if (a.category == u"token" && a.endpointId == o.endpoint.id)
            return verdict(Level::Red, "disabled", tr("The endpoint is disabled"),
                tr("The request arrived and was refused: %1.").arg(a.reason),
                tr("Enable the endpoint in Donation Desk."));
        if (a.category == u"token" || a.category == u"path")
            return verdict(Level::Red, "unknown-url",
                tr("Arrived, but at a URL that names no endpoint"),
                tr("The request reached Donation Desk at %1 instead of the endpoint's path, and "
                   "was refused: %2.")
                    .arg(a.target, a.reason),
                tr("The proxy or tunnel changes the path. It must pass /hooks/<token> through "
                   "unchanged (no prefix added or removed)."));
        if (a.endpointId != 0 && a.endpointId != o.endpoint.id)
            return verdict(Level::Red, "other-endpoint", tr("Arrived on another endpoint"),
                tr("The request reached the endpoint \"%1\" and was refused there: %2.")
                    .arg(a.endpointName, a.reason),
                tr("The proxy rewrites the path to another endpoint's URL: make it pass the "
                   "path through unchanged."));
        if (a.category == u"signature")
            return verdict(Level::Red, "signature", tr("Arrived, but the signature did not verify"),
                tr("The request was signed with the endpoint's own secret, yet the listener "
                   "refused it: %1.")
                    .arg(a.reason),
                tr("Something on the way changed the request: the proxy must pass the body "
                   "byte for byte (no re-encoding, no compression) and keep the signature "
                   "headers."));
        if (a.category == u"address")
            return verdict(Level::Red, "address", tr("Arrived, but from an address not allowed"),
                tr("The request arrived from %1 and was refused: %2.").arg(a.peer, a.reason),
                tr("Behind a proxy every request comes from the proxy's address: add %1 to the "
                   "endpoint's allow-list, or clear the allow-list.")
                    .arg(a.peer));
        return verdict(Level::Red, "refused-other", tr("Arrived, but refused"),
            tr("The listener answered %1: %2.").arg(a.httpStatus).arg(a.reason),
            tr("See the request in the Requests view for the whole exchange."));
    }

    // Stored in the inbox: acknowledged by the listener.
    if (a.endpointId != o.endpoint.id)
        return verdict(Level::Red, "other-endpoint", tr("Arrived on another endpoint"),
            tr("The request was accepted by the endpoint \"%1\", not by this one.")
                .arg(a.endpointName),
            tr("The proxy rewrites the path to another endpoint's URL: make it pass the path "
               "through unchanged."));
    if (r.status == 0)
        return verdict(Level::Amber, "answer-lost", tr("Arrived, but the answer was lost"),
            tr("The request was stored, but no answer came back to the sender (%1).").arg(r.error),
            tr("The provider will think the delivery failed and send it again (it is "
               "recognised as a duplicate). Check the proxy's timeouts and that it passes the "
               "answer back."));
    if (!r.ok())
        return verdict(Level::Amber, "proxy-status",
            tr("Arrived, but the sender saw HTTP %1").arg(r.status),
            tr("The listener stored the request and answered 200, but the answer that came "
               "back through the proxy was %1 %2.")
                .arg(r.status)
                .arg(QString::fromUtf8(r.reason)),
            tr("The provider will retry and may switch the webhook off. Make the proxy pass "
               "the listener's answer through."));
    if (a.state == u"dead")
        return verdict(Level::Amber, "not-processed", tr("Arrived, but could not be processed"),
            tr("The request was stored, but processing it failed: %1.").arg(a.error),
            tr("Check the endpoint's settings (currency, event), then reprocess its dead "
               "letters from the Requests view."));
    if (!o.publicUrl)
        return verdict(Level::Amber, "no-public-url",
            tr("The listener works, but no public URL is set"),
            tr("The test event went to the listener itself (%1) and was accepted in %2; "
               "providers cannot reach this address from the internet.")
                .arg(o.url.toString(QUrl::RemovePath), took),
            tr("Set up a reverse proxy or tunnel to %1 and enter its address as the public URL "
               "in Settings, then check again.")
                .arg(o.listenUrl));
    if (r.elapsedUs > SlowAnswerUs)
        return verdict(Level::Amber, "slow", tr("Arrived, but slowly"),
            tr("The answer took %1; providers give up after a few seconds.").arg(took),
            tr("Look for a slow proxy or tunnel between the provider and the listener."));
    if (o.url.scheme() == u"http" && !isLoopback(o.url))
        return verdict(Level::Amber, "plain-http", tr("Arrived, but over plain HTTP"),
            tr("The round trip works (%1), but donors' data crosses the network unencrypted, "
               "and several providers only send to https:// URLs.")
                .arg(took),
            tr("Put TLS in front of the listener (a reverse proxy with a certificate) and use "
               "its https:// address as the public URL."));
    return verdict(Level::Green, "ok", tr("The round trip works"),
        tr("The test event went out to %1, arrived on this endpoint, was verified and stored, "
           "and the answer came back in %2.")
            .arg(o.url.toString(QUrl::RemovePath), took));
}

// The request never turned up in this database.
Verdict judgeMissing(const Observation &o)
{
    const TestSend::Result &r = o.answer;
    const QString where = hostPort(o.url);
    switch (r.failure) {
    case TestSend::Failure::None:
        break;
    case TestSend::Failure::Dns:
        return verdict(Level::Red, "dns", tr("The name %1 does not resolve").arg(o.url.host()),
            tr("The sender could not look up %1: %2.").arg(o.url.host(), r.error),
            tr("Check the public URL for typos, and the DNS record of the host (or the "
               "tunnel's address)."));
    case TestSend::Failure::Refused:
        return verdict(Level::Red, "refused", tr("Nothing answers at %1").arg(where),
            tr("The connection to %1 was refused.").arg(where),
            tr("Start the reverse proxy or tunnel, and check the port in the public URL."));
    case TestSend::Failure::Tls:
        if (r.error.contains(QLatin1String("wrong version number")))
            return verdict(Level::Red, "tls", tr("%1 does not speak HTTPS").arg(where),
                tr("The secure connection could not be set up: %1.").arg(r.error),
                tr("Something answers there in plain HTTP. Put TLS in front of it (the reverse "
                   "proxy's certificate), or use an http:// public URL only on a trusted "
                   "network."));
        return verdict(Level::Red, "tls", tr("The TLS handshake with %1 failed").arg(where),
            tr("The secure connection could not be set up: %1.").arg(r.error),
            tr("Check the proxy's certificate: it must be valid, unexpired and issued for "
               "%1, with the whole chain served.")
                .arg(o.url.host()));
    case TestSend::Failure::Timeout:
        return verdict(Level::Red, "timeout", tr("No answer from %1").arg(where),
            tr("Nothing came back within the time allowed, and the request never reached the "
               "listener."),
            tr("A firewall may drop the connection, or the proxy cannot reach the listener at "
               "%1.")
                .arg(o.listenUrl));
    case TestSend::Failure::Closed:
    case TestSend::Failure::Other:
        return verdict(Level::Red, "network", tr("The connection to %1 failed").arg(where),
            tr("%1.").arg(r.error), tr("Check the proxy or tunnel and its logs."));
    }

    if (r.status >= 300 && r.status < 400) {
        QString location;
        for (const auto &h : r.headers) {
            if (h.first.compare("Location", Qt::CaseInsensitive) == 0)
                location = QString::fromUtf8(h.second);
        }
        return verdict(Level::Red, "redirect", tr("The URL redirects (HTTP %1)").arg(r.status),
            tr("The answer sends the request on to %1; providers do not follow redirects.")
                .arg(location.isEmpty() ? tr("another address") : location),
            tr("Use the final address (often the https:// one) as the public URL."));
    }
    if (r.ok()) {
        if (const qint64 inbox = acceptedInboxId(r.body))
            return verdict(Level::Red, "elsewhere", tr("Accepted by another Donation Desk"),
                tr("A Donation Desk listener accepted the request (inbox entry %1), but not the "
                   "one writing to this database.")
                    .arg(inbox),
                tr("The public URL leads to another installation or another database: point "
                   "the proxy at %1.")
                    .arg(o.listenUrl));
        return verdict(Level::Red, "not-arrived", tr("Something else answered %1").arg(r.status),
            tr("The public URL answered %1 %2, but the request never reached Donation Desk.")
                .arg(r.status)
                .arg(QString::fromUtf8(r.reason)),
            tr("The public URL leads to another server: point the proxy or tunnel at %1.")
                .arg(o.listenUrl));
    }
    const QString body = QString::fromUtf8(r.body.left(200)).simplified();
    const QString answered =
        tr("The public URL answered %1 %2%3, and the request never reached the listener.")
            .arg(r.status)
            .arg(QString::fromUtf8(r.reason), body.isEmpty() ? QString() : u": " + body);
    if (r.status == 502 || r.status == 503 || r.status == 504)
        return verdict(Level::Red, "proxy-error",
            tr("The proxy cannot reach the listener (HTTP %1)").arg(r.status), answered,
            tr("Make sure Donation Desk is listening, and that the proxy or tunnel forwards "
               "to %1.")
                .arg(o.listenUrl));
    if (r.status == 404)
        return verdict(Level::Red, "proxy-error", tr("The proxy does not know this path"), answered,
            tr("Forward every path under /hooks/ to %1, unchanged.").arg(o.listenUrl));
    if (r.status == 401 || r.status == 403 || r.status == 407)
        return verdict(Level::Red, "proxy-error",
            tr("The proxy refused the request (HTTP %1)").arg(r.status), answered,
            tr("Webhooks carry no login: let POST requests to /hooks/ through without "
               "authentication."));
    if (r.status == 413)
        return verdict(Level::Red, "proxy-error", tr("The proxy refused the request's size"),
            answered, tr("Raise the proxy's body size limit to at least 1 MiB."));
    return verdict(Level::Red, "proxy-error",
        tr("The request did not arrive (HTTP %1)").arg(r.status), answered,
        tr("Check the proxy's or tunnel's logs for this request."));
}

} // namespace

Marks marks(QSqlDatabase &db)
{
    Marks m;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT (SELECT ifnull(max(id), 0) FROM inbox), "
                              "(SELECT ifnull(max(id), 0) FROM request_log)"))
        && q.next()) {
        m.inbox = q.value(0).toLongLong();
        m.refused = q.value(1).toLongLong();
    }
    return m;
}

Arrival find(QSqlDatabase &db, const Marks &since, const QByteArray &nonce)
{
    // Both tables: the row's id, endpoint (and its name), peer and target first, then the
    // table's own columns from index 5.
    auto look = [&](QSqlQuery &q, const char *columns, const char *table, qint64 after,
                    Arrival &a) {
        const QString sql = QStringLiteral(
            "SELECT t.id, ifnull(t.endpoint_id, 0), ifnull(e.name, ''), t.peer, t.target, %1 "
            "FROM %2 t LEFT JOIN endpoints e ON e.id = t.endpoint_id "
            "WHERE t.id > ? AND (instr(t.headers, ?) > 0 OR instr(t.body, ?) > 0) "
            "ORDER BY t.id LIMIT 1")
                                .arg(QLatin1String(columns), QLatin1String(table));
        if (!Sql::run(q, sql, {after, nonce, nonce}, &a.readError) || !q.next())
            return false;
        a.id = q.value(0).toLongLong();
        a.endpointId = q.value(1).toLongLong();
        a.endpointName = q.value(2).toString();
        a.peer = q.value(3).toString();
        a.target = q.value(4).toString();
        return true;
    };

    Arrival a;
    QSqlQuery q(db);
    if (look(q, "t.state, ifnull(t.error, '')", "inbox", since.inbox, a)) {
        a.where = Arrival::Where::Inbox;
        a.state = q.value(5).toString();
        a.error = q.value(6).toString();
        return a;
    }
    if (!a.readError.isEmpty())
        return a;
    if (look(q, "t.http_status, t.category, t.reason", "request_log", since.refused, a)) {
        a.where = Arrival::Where::Refused;
        a.httpStatus = q.value(5).toInt();
        a.category = q.value(6).toString();
        a.reason = q.value(7).toString();
    }
    return a;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Green:
        return QStringLiteral("green");
    case Level::Amber:
        return QStringLiteral("amber");
    case Level::Red:
        return QStringLiteral("red");
    }
    return {};
}

Verdict judge(const Observation &o)
{
    if (!o.prepareError.isEmpty())
        return verdict(Level::Red, "prepare", tr("The test event could not be made"),
            o.prepareError, tr("Check the endpoint's provider and event settings."));
    if (o.arrival.where != Arrival::Where::Nowhere)
        return judgeArrived(o);
    if (!o.arrival.readError.isEmpty())
        return verdict(Level::Red, "database", tr("The database could not be read"),
            tr("Whether the request arrived is unknown: %1.").arg(o.arrival.readError),
            tr("Check again; if it persists, see the storage messages in the log."));
    return judgeMissing(o);
}

QUrl checkUrl(const Setup &setup)
{
    QString base =
        setup.publicBaseUrl.trimmed().isEmpty() ? setup.listenUrl : setup.publicBaseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + QString::fromLatin1(setup.endpoint.path()));
}

Check::Check(const Setup &setup, Probe probe, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
    , m_probe(std::move(probe))
    , m_nonce(TestSend::randomBase64Url(12))
{
    m_observation.endpoint = setup.endpoint;
    m_observation.url = checkUrl(setup);
    m_observation.publicUrl = !setup.publicBaseUrl.trimmed().isEmpty();
    m_observation.listenUrl = setup.listenUrl;
}

void Check::start()
{
    m_probe.marks([this](Marks m) {
        m_marks = m;
        send();
    });
}

void Check::send()
{
    const std::optional<SampleEvents::Sample> sample = sampleFor(m_setup.endpoint);
    if (!sample) {
        m_observation.prepareError =
            tr("there is no sample event for the provider \"%1\"").arg(m_setup.endpoint.provider);
        finish();
        return;
    }
    TestSend::Plan plan;
    plan.url = m_observation.url;
    plan.endpoint = m_setup.endpoint;
    plan.sample = *sample;
    plan.variant = QRandomGenerator::global()->generate64();
    plan.overrides.externalId = QStringLiteral("roundtrip-") + QString::fromLatin1(m_nonce);
    TestSend::Prepared request = TestSend::prepare(plan);
    if (!request.error.isEmpty()) {
        // A sample whose id cannot be set (the nonce still travels in the header).
        plan.overrides.externalId.clear();
        request = TestSend::prepare(plan);
    }
    if (!request.error.isEmpty()) {
        m_observation.prepareError = request.error;
        finish();
        return;
    }
    for (auto &h : request.headers) {
        if (h.first == TestEventHeader)
            h.second = "round-trip " + m_nonce;
    }
    emit stepChanged(QStringLiteral("sending"));
    m_sender = new TestSend::Sender(this);
    m_sender->setTimeout(m_setup.timeoutMs);
    m_sender->send(request, [this](const TestSend::Result &result) {
        m_observation.answer = result;
        emit stepChanged(QStringLiteral("waiting"));
        m_waiting.start();
        look();
    });
}

void Check::look()
{
    m_probe.find(m_marks, m_nonce, [this](Arrival arrival) {
        m_observation.arrival = arrival;
        if (arrival.where != Arrival::Where::Nowhere
            || m_waiting.elapsed() >= m_setup.arrivalWaitMs) {
            finish();
            return;
        }
        QTimer::singleShot(150, this, &Check::look);
    });
}

void Check::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_verdict = judge(m_observation);
    emit finished();
}

} // namespace RoundTrip
