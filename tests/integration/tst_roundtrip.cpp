// The round-trip check against the real listener, directly and through a small stand-in for
// the user's reverse proxy that forwards faithfully, changes the request on the way, answers
// by itself or never answers: each way a set-up goes wrong gets its own verdict and reason.

#include "ingest/webhookservice.h"
#include "providers/provideradapter.h"
#include "servicetest.h"
#include "storage/database.h"
#include "storage/endpointstore.h"
#include "testing/roundtrip.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

namespace {

// One HTTP/1.1 request or response read off a socket.
struct Message
{
    QByteArray startLine;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Complete once the header block and Content-Length bytes of body are in `buffer`.
    static std::optional<Message> parse(const QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        Message m;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m.startLine = lines.first().trimmed();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
            m.headers << qMakePair(name, value);
        }
        if (buffer.size() < end + 4 + length)
            return std::nullopt;
        m.body = buffer.mid(end + 4, length);
        return m;
    }

    QByteArray serialize() const
    {
        QByteArray out = startLine + "\r\n";
        for (const auto &h : headers) {
            if (h.first.compare("Content-Length", Qt::CaseInsensitive) != 0
                && h.first.compare("Connection", Qt::CaseInsensitive) != 0)
                out += h.first + ": " + h.second + "\r\n";
        }
        out +=
            "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        return out + body;
    }
};

// A stand-in for a reverse proxy or tunnel in front of the listener.
class FakeProxy : public QTcpServer
{
public:
    // Forwards to the listener after `rewrite` (when set); answers the client with the
    // listener's answer, or with `statusOverride` when it is not 0.
    std::function<void(Message &)> rewrite;
    int statusOverride = 0;
    // Non-empty: answers this by itself and forwards nothing.
    QByteArray canned;
    // Accepts, reads, and never answers.
    bool silent = false;
    quint16 upstreamPort = 0;
    int forwarded = 0;

    FakeProxy()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                serve(client);
        });
    }

private:
    void serve(QTcpSocket *client)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, client, [this, client, buffer] {
            *buffer += client->readAll();
            std::optional<Message> request = Message::parse(*buffer);
            if (!request)
                return;
            buffer->clear();
            if (silent)
                return;
            if (!canned.isEmpty()) {
                client->write(canned);
                client->disconnectFromHost();
                return;
            }
            if (rewrite)
                rewrite(*request);
            ++forwarded;
            auto *upstream = new QTcpSocket(client);
            auto answer = std::make_shared<QByteArray>();
            connect(upstream, &QTcpSocket::readyRead, upstream, [this, client, upstream, answer] {
                *answer += upstream->readAll();
                std::optional<Message> response = Message::parse(*answer);
                if (!response)
                    return;
                if (statusOverride)
                    response->startLine =
                        "HTTP/1.1 " + QByteArray::number(statusOverride) + " Proxy Says No";
                client->write(response->serialize());
                client->disconnectFromHost();
                upstream->disconnectFromHost();
            });
            upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
            upstream->write(request->serialize());
        });
    }
};

QByteArray replyWith(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Canned\r\nContent-Type: text/plain\r\n"
        + extraHeaders + "Content-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

Q_DECLARE_METATYPE(RoundTrip::Observation)

class RoundTripTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void directToTheListenerIsGreen();
    void withoutAPublicUrlIsAmber();
    void faithfulProxyIsGreen();
    void proxyChangingTheBodyBreaksTheSignature();
    void proxyRewritingToAnotherEndpoint();
    void proxyChangingThePath_data();
    void proxyChangingThePath();
    void proxyAnsweringByItself_data();
    void proxyAnsweringByItself();
    void proxyHidingTheListenersAnswer();
    void nothingListening();
    void nothingAnswers();
    void allowListRefusesTheProxy();
    void disabledEndpoint();
    void verdictsWithoutANetwork_data();
    void verdictsWithoutANetwork();

private:
    RoundTrip::Check *check(const EndpointConfig &endpoint, const QString &publicUrl,
        int timeoutMs = 10000, int arrivalWaitMs = 1500);
    QString listenUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString proxyUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->serverPort());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DbConnection> m_db;
    std::unique_ptr<WebhookService> m_service;
    std::unique_ptr<FakeProxy> m_proxy;
    quint16 m_port = 0;
    EndpointConfig m_givecloud;
    EndpointConfig m_nationbuilder;
    EndpointConfig m_standard;
    EndpointConfig m_guarded; // allows one address only
    EndpointConfig m_disabled;
};

void RoundTripTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.sqlite"));
    m_db = std::make_unique<DbConnection>(path);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    EndpointStore store(m_db->db());
    auto add = [&](EndpointConfig &e, const QString &name, const QString &provider) {
        e.name = name;
        e.provider = provider;
        e.secret = Providers::find(provider)->generateSecret();
        QVERIFY2(store.add(e, &error), qPrintable(error));
    };
    add(m_givecloud, QStringLiteral("Givecloud"), QStringLiteral("givecloud"));
    m_nationbuilder.currency = QStringLiteral("EUR");
    m_nationbuilder.event = QStringLiteral("succeeded");
    add(m_nationbuilder, QStringLiteral("NationBuilder"), QStringLiteral("nationbuilder"));
    add(m_standard, QStringLiteral("Standard"), QStringLiteral("standard"));
    m_guarded.allowFrom = {QStringLiteral("10.9.8.7")};
    add(m_guarded, QStringLiteral("Guarded"), QStringLiteral("givecloud"));
    m_disabled.enabled = false;
    add(m_disabled, QStringLiteral("Disabled"), QStringLiteral("givecloud"));

    WebhookService::Config config;
    config.databasePath = path;
    config.port = 0;
    m_service = std::make_unique<WebhookService>(config);
    QVERIFY2(ServiceTest::start(*m_service, &error), qPrintable(error));
    m_port = m_service->port();
}

void RoundTripTest::cleanupTestCase()
{
    m_proxy.reset();
    if (!m_service)
        return;
    QVERIFY(ServiceTest::stop(*m_service));
    m_service.reset();
}

void RoundTripTest::init()
{
    m_proxy = std::make_unique<FakeProxy>();
    m_proxy->upstreamPort = m_port;
    QVERIFY(m_proxy->listen(QHostAddress::LocalHost));
}

RoundTrip::Check *RoundTripTest::check(
    const EndpointConfig &endpoint, const QString &publicUrl, int timeoutMs, int arrivalWaitMs)
{
    RoundTrip::Setup setup;
    setup.endpoint = endpoint;
    setup.publicBaseUrl = publicUrl;
    setup.listenUrl = listenUrl();
    setup.timeoutMs = timeoutMs;
    setup.arrivalWaitMs = arrivalWaitMs;
    RoundTrip::Probe probe;
    probe.marks = [this](std::function<void(RoundTrip::Marks)> done) {
        QSqlDatabase db = m_db->db();
        done(RoundTrip::marks(db));
    };
    probe.find = [this](RoundTrip::Marks since, QByteArray nonce,
                     std::function<void(RoundTrip::Arrival)> done) {
        QSqlDatabase db = m_db->db();
        done(RoundTrip::find(db, since, nonce));
    };
    auto *c = new RoundTrip::Check(setup, probe, this);
    QSignalSpy finished(c, &RoundTrip::Check::finished);
    c->start();
    if (!finished.wait(timeoutMs + arrivalWaitMs + 5000))
        qWarning("the check never finished");
    return c;
}

#define QCOMPARE_VERDICT(c, lv, cd)                                                                \
    do {                                                                                           \
        const RoundTrip::Verdict &v_ = (c)->verdict();                                             \
        QVERIFY2(v_.level == (lv) && v_.code == QLatin1String(cd),                                 \
            qPrintable(RoundTrip::levelName(v_.level) + u' ' + v_.code + u": " + v_.summary        \
                + u" / " + v_.detail + u" / arrival "                                              \
                + QString::number((c)->observation().arrival.id) + u' '                            \
                + (c)->observation().arrival.readError));                                          \
    } while (false)

void RoundTripTest::directToTheListenerIsGreen()
{
    // A public URL that leads straight to the listener (a tunnel on this machine).
    RoundTrip::Check *c = check(m_givecloud, listenUrl());
    QCOMPARE_VERDICT(c, RoundTrip::Level::Green, "ok");
    QCOMPARE(c->observation().arrival.where, RoundTrip::Arrival::Where::Inbox);
    QCOMPARE(c->observation().arrival.endpointId, m_givecloud.id);
    QVERIFY(c->verdict().fix.isEmpty());
    // Its donation (made once the processor has run) carries the nonce and is a test: kept
    // out of reports.
    auto donation = [this] {
        QSqlQuery q(m_db->db());
        if (!q.exec(QStringLiteral("SELECT is_test, external_id FROM donations "
                                   "WHERE endpoint_id = %1")
                        .arg(m_givecloud.id))
            || !q.next())
            return QString();
        return QString(q.value(0).toString() + u' ' + q.value(1).toString());
    };
    QTRY_COMPARE_WITH_TIMEOUT(
        donation(), QStringLiteral("1 roundtrip-") + QString::fromLatin1(c->nonce()), 5000);

    // A provider with a fixed event and the token in the body works the same way.
    RoundTrip::Check *nb = check(m_nationbuilder, listenUrl());
    QCOMPARE_VERDICT(nb, RoundTrip::Level::Green, "ok");
}

void RoundTripTest::withoutAPublicUrlIsAmber()
{
    RoundTrip::Check *c = check(m_givecloud, QString());
    QCOMPARE_VERDICT(c, RoundTrip::Level::Amber, "no-public-url");
    QCOMPARE(c->observation().url.port(), int(m_port));
    QVERIFY(c->verdict().fix.contains(listenUrl()));
}

void RoundTripTest::faithfulProxyIsGreen()
{
    RoundTrip::Check *c = check(m_givecloud, proxyUrl() + u'/');
    QCOMPARE_VERDICT(c, RoundTrip::Level::Green, "ok");
    QCOMPARE(m_proxy->forwarded, 1);
}

void RoundTripTest::proxyChangingTheBodyBreaksTheSignature()
{
    // Re-encoding the JSON (here: a space after the first brace) changes the signed bytes.
    m_proxy->rewrite = [](Message &m) {
        m.body.insert(1, ' ');
    };
    RoundTrip::Check *c = check(m_givecloud, proxyUrl());
    QCOMPARE_VERDICT(c, RoundTrip::Level::Red, "signature");
    QCOMPARE(c->observation().arrival.where, RoundTrip::Arrival::Where::Refused);
    QVERIFY(c->verdict().fix.contains(QStringLiteral("byte for byte")));
}

void RoundTripTest::proxyRewritingToAnotherEndpoint()
{
    const QByteArray otherPath = m_standard.path();
    m_proxy->rewrite = [otherPath](Message &m) {
        m.startLine = "POST " + otherPath + " HTTP/1.1";
    };
    RoundTrip::Check *c = check(m_givecloud, proxyUrl());
    QCOMPARE_VERDICT(c, RoundTrip::Level::Red, "other-endpoint");
    QCOMPARE(c->observation().arrival.endpointId, m_standard.id);
    QVERIFY(c->verdict().detail.contains(QStringLiteral("Standard")));
}

void RoundTripTest::proxyChangingThePath_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("another token") << QByteArray("/hooks/notatokenanyoneknows0000000000000000000");
    QTest::newRow("prefix kept") << QByteArray("/donations/hooks/TOKEN");
    QTest::newRow("token dropped") << QByteArray("/");
}

void RoundTripTest::proxyChangingThePath()
{
    QFETCH(QByteArray, path);
    path.replace("TOKEN", m_givecloud.token);
    m_proxy->rewrite = [path](Message &m) {
        m.startLine = "POST " + path + " HTTP/1.1";
    };
    RoundTrip::Check *c = check(m_givecloud, proxyUrl());
    QCOMPARE_VERDICT(c, RoundTrip::Level::Red, "unknown-url");
    QVERIFY(c->verdict().fix.contains(QStringLiteral("/hooks/<token>")));
}

void RoundTripTest::proxyAnsweringByItself_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("inFix");
    QTest::newRow("502 bad gateway") << replyWith(502, "Bad Gateway") << "proxy-error"
                                     << "forwards to";
    QTest::newRow("404 unknown path") << replyWith(404, "Not Found") << "proxy-error"
                                      << "/hooks/";
    QTest::newRow("401 basic auth") << replyWith(401, "Login") << "proxy-error"
                                    << "without authentication";
    QTest::newRow("413 body limit") << replyWith(413, "Too Large") << "proxy-error"
                                    << "1 MiB";
    QTest::newRow("301 to https") << replyWith(301, "", "Location: https://example.org/x\r\n")
                                  << "redirect"
                                  << "final address";
    QTest::newRow("200 from another server") << replyWith(200, "OK") << "not-arrived"
                                             << "another server";
    QTest::newRow("200 from another Donation Desk")
        << replyWith(200, R"({"status":"accepted","inbox_id":77})") << "elsewhere"
        << "another installation";
}

void RoundTripTest::proxyAnsweringByItself()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, code);
    QFETCH(QString, inFix);
    m_proxy->canned = answer;
    RoundTrip::Check *c = check(m_givecloud, proxyUrl(), 10000, 300);
    QCOMPARE_VERDICT(c, RoundTrip::Level::Red, qPrintable(code));
    QCOMPARE(c->observation().arrival.where, RoundTrip::Arrival::Where::Nowhere);
    QVERIFY2(c->verdict().fix.contains(inFix), qPrintable(c->verdict().fix));
    QCOMPARE(m_proxy->forwarded, 0);
}

void RoundTripTest::proxyHidingTheListenersAnswer()
{
    // Stored and acknowledged by the listener, but the provider sees an error: it will retry.
    m_proxy->statusOverride = 500;
    RoundTrip::Check *c = check(m_givecloud, proxyUrl());
    QCOMPARE_VERDICT(c, RoundTrip::Level::Amber, "proxy-status");
    QCOMPARE(c->observation().arrival.where, RoundTrip::Arrival::Where::Inbox);
}

void RoundTripTest::nothingListening()
{
    const quint16 port = m_proxy->serverPort();
    m_proxy->close();
    RoundTrip::Check *c =
        check(m_givecloud, QStringLiteral("http://127.0.0.1:%1").arg(port), 10000, 300);
    QCOMPARE_VERDICT(c, RoundTrip::Level::Red, "refused");
}

void RoundTripTest::nothingAnswers()
{
    m_proxy->silent = true;
    RoundTrip::Check *c = check(m_givecloud, proxyUrl(), 700, 300);
    QCOMPARE_VERDICT(c, RoundTrip::Level::Red, "timeout");
    QVERIFY(c->verdict().fix.contains(listenUrl()));
}

void RoundTripTest::allowListRefusesTheProxy()
{
    RoundTrip::Check *c = check(m_guarded, proxyUrl());
    QCOMPARE_VERDICT(c, RoundTrip::Level::Red, "address");
    QVERIFY(c->verdict().fix.contains(QStringLiteral("127.0.0.1")));
}

void RoundTripTest::disabledEndpoint()
{
    RoundTrip::Check *c = check(m_disabled, listenUrl());
    QCOMPARE_VERDICT(c, RoundTrip::Level::Red, "disabled");
}

void RoundTripTest::verdictsWithoutANetwork_data()
{
    // Cases this machine cannot stage (name resolution, certificates, a slow or lossy path,
    // a public plain-http address), judged from what the check would have seen.
    QTest::addColumn<RoundTrip::Observation>("observation");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("code");

    RoundTrip::Observation base;
    base.endpoint.id = 7;
    base.url = QUrl(QStringLiteral("https://donations.example.org/hooks/abc"));
    base.listenUrl = QStringLiteral("http://127.0.0.1:8787");

    RoundTrip::Observation o = base;
    o.answer.failure = TestSend::Failure::Dns;
    QTest::newRow("dns") << o << int(RoundTrip::Level::Red) << "dns";
    o = base;
    o.answer.failure = TestSend::Failure::Tls;
    QTest::newRow("tls") << o << int(RoundTrip::Level::Red) << "tls";
    o = base;
    o.answer.failure = TestSend::Failure::Closed;
    QTest::newRow("closed") << o << int(RoundTrip::Level::Red) << "network";

    RoundTrip::Observation arrived = base;
    arrived.arrival.where = RoundTrip::Arrival::Where::Inbox;
    arrived.arrival.endpointId = 7;
    arrived.arrival.state = QStringLiteral("processed");
    arrived.answer.status = 200;
    arrived.answer.elapsedUs = 40'000;
    QTest::newRow("green") << arrived << int(RoundTrip::Level::Green) << "ok";
    o = arrived;
    o.answer.elapsedUs = RoundTrip::SlowAnswerUs + 1;
    QTest::newRow("slow") << o << int(RoundTrip::Level::Amber) << "slow";
    o = arrived;
    o.url = QUrl(QStringLiteral("http://donations.example.org/hooks/abc"));
    QTest::newRow("plain http") << o << int(RoundTrip::Level::Amber) << "plain-http";
    o = arrived;
    o.answer.status = 0;
    o.answer.failure = TestSend::Failure::Timeout;
    QTest::newRow("answer lost") << o << int(RoundTrip::Level::Amber) << "answer-lost";
    o = arrived;
    o.arrival.state = QStringLiteral("dead");
    o.arrival.error = QStringLiteral("no currency");
    QTest::newRow("dead letter") << o << int(RoundTrip::Level::Amber) << "not-processed";
    o = base;
    o.prepareError = QStringLiteral("no sample");
    QTest::newRow("prepare") << o << int(RoundTrip::Level::Red) << "prepare";
}

void RoundTripTest::verdictsWithoutANetwork()
{
    QFETCH(RoundTrip::Observation, observation);
    QFETCH(int, level);
    QFETCH(QString, code);
    const RoundTrip::Verdict v = RoundTrip::judge(observation);
    QCOMPARE(int(v.level), level);
    QCOMPARE(v.code, code);
    QVERIFY(!v.summary.isEmpty());
    QVERIFY(!v.detail.isEmpty());
    if (v.level != RoundTrip::Level::Green)
        QVERIFY2(!v.fix.isEmpty(), qPrintable(code));
}

QTEST_GUILESS_MAIN(RoundTripTest)
#include "tst_roundtrip.moc"
