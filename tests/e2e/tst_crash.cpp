// Durability under crashes: `donationdesk serve` is killed with SIGKILL at random moments while
// signed webhooks arrive on several keep-alive connections. After each restart, every request
// that was answered 2xx is in the inbox with its exact bytes and became exactly one donation;
// nothing answered otherwise created one; nothing is processed twice.
//
// DD_CRASH_ROUNDS sets the number of kills (default 5; the benchmark run uses 20 or more) and
// DD_CRASH_SEED the random moments (default: a fresh seed, printed).

#include "clitest.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <csignal>
#include <memory>
#include <sys/types.h>
#include <vector>

using namespace Cli;

namespace {

struct Sent
{
    QByteArray externalId;
    QByteArray body; // as sent: signed bytes
    int status = 0; // 0: no answer (the server died first)
};

// Keeps `connections` keep-alive connections busy with signed requests, each the next of
// `sent`, until stopped or the server goes away.
class Load : public QObject
{
public:
    Load(quint16 port, const EndpointConfig &endpoint, int round, QList<Sent> *sent)
        : m_port(port)
        , m_endpoint(endpoint)
        , m_round(round)
        , m_sent(sent)
    { }

    void start(int connections)
    {
        for (int i = 0; i < connections; ++i)
            open();
    }
    int open_() const { return m_open; }

private:
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        qsizetype inFlight = -1; // index into m_sent
    };

    void open()
    {
        m_connections.push_back(std::make_unique<Connection>());
        Connection *c = m_connections.back().get();
        c->socket = new QTcpSocket(this);
        ++m_open;
        connect(c->socket, &QTcpSocket::connected, this, [this, c] { next(c); });
        connect(c->socket, &QTcpSocket::readyRead, this, [this, c] { read(c); });
        connect(c->socket, &QTcpSocket::disconnected, this, [this, c] { close(c); });
        connect(c->socket, &QTcpSocket::errorOccurred, this, [this, c] { close(c); });
        c->socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    void close(Connection *c)
    {
        if (!c->socket)
            return;
        // An unanswered request keeps status 0: it may or may not have been stored.
        c->socket->deleteLater();
        c->socket = nullptr;
        --m_open;
    }

    void next(Connection *c)
    {
        Sent s;
        s.externalId = QByteArray("crash-") + QByteArray::number(m_round) + '-'
            + QByteArray::number(m_sent->size());
        const QByteArray body = R"({"id":")" + s.externalId
            + R"(","contribution_number":"N1","currency":"EUR","is_paid":true,)"
              R"("is_recurring":false,"ordered_at":"2026-11-20T10:00:00Z","payment_type":"card",)"
              R"("total_amount":"12.3400","refunded_amount":null,)"
              R"("supporter":{"first_name":"Ada","last_name":"Lovelace","email":"ada@example.org"},)"
              R"("email":"ada@example.org","line_items":[]})";
        const SignedRequest signedRequest = sign(m_endpoint, body, s.externalId);
        s.body = signedRequest.body;
        QByteArray request = "POST " + m_endpoint.path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nX-Givecloud-Event: contribution_paid\r\n";
        for (const auto &h : signedRequest.headers)
            request += h.first + ": " + h.second + "\r\n";
        request += "Content-Length: " + QByteArray::number(s.body.size()) + "\r\n\r\n" + s.body;
        c->inFlight = m_sent->size();
        m_sent->append(s);
        c->socket->write(request);
    }

    void read(Connection *c)
    {
        c->buffer += c->socket->readAll();
        for (;;) {
            const qsizetype end = c->buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : c->buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (c->buffer.size() < end + 4 + length)
                return;
            const int status = c->buffer.mid(9, 3).toInt();
            c->buffer.remove(0, end + 4 + length);
            if (c->inFlight >= 0)
                (*m_sent)[c->inFlight].status = status;
            c->inFlight = -1;
            next(c);
        }
    }

    quint16 m_port;
    EndpointConfig m_endpoint;
    int m_round;
    QList<Sent> *m_sent;
    int m_open = 0;
    std::vector<std::unique_ptr<Connection>> m_connections;
};

} // namespace

class CrashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acknowledgedRequestsSurviveSigkill();

private:
    Sandbox m_sandbox;
    QString m_db;
    EndpointConfig m_endpoint;
};

void CrashTest::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    m_db = m_sandbox.path(QStringLiteral("crash.sqlite"));
    const Result added = m_sandbox.run({QStringLiteral("endpoint"), QStringLiteral("add"),
        QStringLiteral("--db"), m_db, QStringLiteral("--provider"), QStringLiteral("givecloud"),
        QStringLiteral("--name"), QStringLiteral("crash"), QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    m_endpoint = endpointFromJson(added.jsonObject());
    QVERIFY(!m_endpoint.secret.isEmpty());
}

void CrashTest::acknowledgedRequestsSurviveSigkill()
{
    const int rounds = qEnvironmentVariableIsSet("DD_CRASH_ROUNDS")
        ? qEnvironmentVariableIntValue("DD_CRASH_ROUNDS")
        : 5;
    const quint32 seed = qEnvironmentVariableIsSet("DD_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("DD_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("%d rounds, DD_CRASH_SEED=%u", rounds, seed);
    QRandomGenerator random(seed);

    QList<Sent> sent;
    qsizetype acknowledged = 0;
    for (int round = 0; round < rounds; ++round) {
        Server server(m_sandbox);
        QString error;
        QVERIFY2(server.start(m_db, &error), qPrintable(error));
        // Whatever the previous round left pending is processed at start.
        QVERIFY2(server.waitUntilProcessed(&error, 20000), qPrintable(error));

        const qsizetype first = sent.size();
        Load load(server.port(), m_endpoint, round, &sent);
        load.start(8);
        // A random moment: early (requests still arriving on fresh connections) to late.
        const int killAfterMs = 30 + int(random.bounded(400));
        QTest::qWait(killAfterMs);
        QVERIFY(::kill(pid_t(server.pid()), SIGKILL) == 0);
        QVERIFY(poll([&] { return !server.isRunning() && load.open_() == 0; }, 10000));
        qsizetype roundAcks = 0;
        for (qsizetype i = first; i < sent.size(); ++i)
            roundAcks += sent.at(i).status >= 200 && sent.at(i).status < 300 ? 1 : 0;
        acknowledged += roundAcks;
        qInfo("round %d: killed after %d ms, %lld sent, %lld acknowledged", round, killAfterMs,
            qint64(sent.size() - first), qint64(roundAcks));
    }
    QVERIFY2(acknowledged > 0, "no request was acknowledged before the kills");

    // A last start processes what the final kill left pending; then the checks.
    {
        Server server(m_sandbox);
        QString error;
        QVERIFY2(server.start(m_db, &error), qPrintable(error));
        QVERIFY2(server.waitUntilProcessed(&error, 20000), qPrintable(error));
        QVERIFY2(server.stop(SIGTERM, &error), qPrintable(error));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(m_db);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

        // Every stored request, by its body; every donation, by its external id.
        QHash<QByteArray, int> storedBodies;
        QVERIFY(q.exec(QStringLiteral("SELECT body, state FROM inbox")));
        while (q.next()) {
            ++storedBodies[q.value(0).toByteArray()];
            QCOMPARE(q.value(1).toString(), QStringLiteral("processed"));
        }
        QHash<QByteArray, int> donations;
        QVERIFY(q.exec(QStringLiteral("SELECT external_id FROM donations")));
        while (q.next())
            ++donations[q.value(0).toByteArray()];
        for (auto it = donations.cbegin(); it != donations.cend(); ++it)
            QVERIFY2(it.value() == 1, it.key().constData());

        qsizetype unanswered = 0, unansweredStored = 0;
        for (const Sent &s : sent) {
            const bool ok = s.status >= 200 && s.status < 300;
            if (ok) {
                // Acknowledged: stored byte for byte, once, and exactly one donation.
                QVERIFY2(storedBodies.value(s.body) == 1, s.externalId.constData());
                QVERIFY2(donations.value(s.externalId) == 1, s.externalId.constData());
            } else if (s.status != 0) {
                // Refused (503 while storage failed, say): no donation.
                QVERIFY2(!donations.contains(s.externalId), s.externalId.constData());
            } else {
                // Cut off by the kill: stored or not, but never twice.
                ++unanswered;
                if (storedBodies.contains(s.body)) {
                    ++unansweredStored;
                    QCOMPARE(donations.value(s.externalId), 1);
                } else {
                    QVERIFY2(!donations.contains(s.externalId), s.externalId.constData());
                }
            }
        }
        qInfo("%lld requests sent, %lld acknowledged; %lld cut off by a kill, %lld of them stored",
            qint64(sent.size()), qint64(acknowledged), qint64(unanswered),
            qint64(unansweredStored));
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(CrashTest)
#include "tst_crash.moc"
