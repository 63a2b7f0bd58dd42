#include "clitest.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using Cli::HttpAnswer;
using Cli::Result;

namespace {

const QStringList &providerIds()
{
    static const QStringList ids {QStringLiteral("changeup"), QStringLiteral("inqud"),
        QStringLiteral("givecloud"), QStringLiteral("nationbuilder"), QStringLiteral("donary"),
        QStringLiteral("standard")};
    return ids;
}

// Endpoint settings per provider: signing where the provider signs, a currency where needed.
QStringList addArguments(const QString &provider)
{
    if (provider == u"changeup")
        return Cli::words("--secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    if (provider == u"nationbuilder")
        return Cli::words("--currency USD --secret nb-e2e-token");
    if (provider == u"donary")
        return Cli::words("--currency USD");
    return {};
}

HeaderList extraHeaders(const QString &provider)
{
    if (provider == u"givecloud")
        return {{"X-Givecloud-Event", "contribution_paid"}};
    return {};
}

QByteArray randomToken()
{
    quint32 words[8];
    QRandomGenerator::global()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

// `donationdesk serve` from the outside: what providers get back, what operators see on
// /healthz, endpoint changes from a second process while it runs, and clean stops on signals.
class TestCliServe : public QObject
{
    Q_OBJECT

private:
    Cli::Sandbox m_sandbox;
    QString m_db;
    std::unique_ptr<Cli::Server> m_server;
    QHash<QString, EndpointConfig> m_endpoints; // by provider
    qint64 m_nextInboxId = 1;

    // `<words> <more> --db <db>`; `more` holds arguments with spaces in them.
    Result cli(const char *words, const QStringList &more = {}) const
    {
        return m_sandbox.run(Cli::words(words) + more + QStringList {QStringLiteral("--db"), m_db});
    }

    std::optional<EndpointConfig> addEndpoint(
        const QString &provider, const QString &name, QString *error, const QStringList &more = {})
    {
        const Result r = cli("endpoint add --json",
            QStringList {QStringLiteral("--provider"), provider, QStringLiteral("--name"), name}
                + addArguments(provider) + more);
        if (r.exitCode != 0) {
            *error = QString::fromUtf8(r.describe());
            return std::nullopt;
        }
        return Cli::endpointFromJson(r.jsonObject());
    }

    // Repeats `send` until it is answered `wanted`, for up to 3 s: an endpoint change made by
    // another process must reach the running server within about a second. Any answer other
    // than `wanted` or `meanwhile` fails at once.
    bool answeredWithin3s(
        const std::function<HttpAnswer()> &send, int wanted, int meanwhile, QString *error)
    {
        HttpAnswer last;
        bool unexpected = false;
        const bool ok = Cli::poll(
            [&] {
                last = send();
                unexpected = last.status != wanted && last.status != meanwhile;
                return last.status == wanted || unexpected;
            },
            3000);
        if (!ok || unexpected) {
            *error = QStringLiteral("wanted %1, last answer: %2")
                         .arg(wanted)
                         .arg(QString::fromUtf8(last.describe()));
            return false;
        }
        return true;
    }

    // A successful POST answers exactly {"status":"accepted","inbox_id":N}, N counting up.
    bool isAccepted(const HttpAnswer &a, QString *error)
    {
        const QJsonObject expected {{QStringLiteral("status"), QStringLiteral("accepted")},
            {QStringLiteral("inbox_id"), m_nextInboxId}};
        if (a.status != 200 || a.json() != expected
            || a.header("Content-Type") != "application/json") {
            *error =
                QStringLiteral("expected 200 %1, got %2")
                    .arg(QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(a.describe()));
            return false;
        }
        ++m_nextInboxId;
        return true;
    }

    static void verifyErrorAnswer(const HttpAnswer &a, int status)
    {
        QVERIFY2(a.status == status, a.describe().constData());
        QCOMPARE(a.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(a.json().value(QLatin1String("status")).toInt(), status);
        QVERIFY2(!a.json().value(QLatin1String("error")).toString().isEmpty(), a.body.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(Cli::binary()).isExecutable(), qPrintable(Cli::binary()));
        QVERIFY(m_sandbox.isValid());
        m_db = m_sandbox.path(QStringLiteral("serve.sqlite"));
        QString error;
        // Endpoints that exist before the start are served from the first request on.
        for (const QString &provider : providerIds()) {
            const auto e = addEndpoint(provider, provider + QStringLiteral(" ☂"), &error);
            QVERIFY2(e, qPrintable(error));
            m_endpoints.insert(provider, *e);
        }
        m_server = std::make_unique<Cli::Server>(m_sandbox);
        QVERIFY2(m_server->start(m_db, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (!m_server || !m_server->isRunning())
            return;
        QString error;
        QVERIFY2(m_server->stop(SIGTERM, &error), qPrintable(error));
        QCOMPARE(m_server->exitCode(), 0);
        // stdout carries the one line scripts read; the request log goes to stderr.
        QCOMPARE(m_server->allStdout(), m_server->firstLine() + '\n');
    }

    void healthBeforeAnyRequest()
    {
        const HttpAnswer a = m_server->request("GET", "/healthz");
        QVERIFY2(a.status == 200, a.describe().constData());
        QCOMPARE(a.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject o = a.json();
        QCOMPARE(o.value(QLatin1String("version")).toString(), QStringLiteral(DD_VERSION));
        const Result version = m_sandbox.run({QStringLiteral("--version")});
        QCOMPARE(version.out, QByteArray("donationdesk " DD_VERSION "\n"));
        QVERIFY2(o.value(QLatin1String("uptime_seconds")).isDouble()
                && o.value(QLatin1String("uptime_seconds")).toDouble() >= 0,
            a.body.constData());
        QVERIFY2(o.value(QLatin1String("inbox_depth")).isDouble(), a.body.constData());
        QCOMPARE(o.value(QLatin1String("inbox_depth")).toInteger(), 0);
        // Nothing committed yet.
        QVERIFY2(o.value(QLatin1String("last_commit")).isNull(), a.body.constData());
    }

    void acceptsSignedRequests_data()
    {
        QTest::addColumn<QString>("provider");
        for (const QString &p : providerIds())
            QTest::newRow(qPrintable(p)) << p;
    }

    void acceptsSignedRequests()
    {
        QFETCH(QString, provider);
        const QByteArray body = TestData::read(QStringLiteral("e2e/serve/%1.json").arg(provider));
        const HttpAnswer a = m_server->post(m_endpoints.value(provider), body,
            extraHeaders(provider), "msg_serve_" + provider.toLatin1());
        QString error;
        QVERIFY2(isAccepted(a, &error), qPrintable(error));
    }

    void everyAcceptedRequestBecomesADonation()
    {
        QString error;
        QVERIFY2(m_server->waitUntilProcessed(&error), qPrintable(error));
        for (const QString &provider : providerIds()) {
            const Result r = cli("export --provider", {provider});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.count("\r\n") == 2, r.out.constData()); // the header and one donation
        }
    }

    void healthAfterCommit()
    {
        QString error;
        const QJsonObject o = m_server->health(&error);
        QVERIFY2(!o.isEmpty(), qPrintable(error));
        const QString lastCommit = o.value(QLatin1String("last_commit")).toString();
        const QDateTime t = QDateTime::fromString(lastCommit, Qt::ISODateWithMs);
        QVERIFY2(t.isValid() && lastCommit.endsWith(u'Z'), qPrintable(lastCommit));
        QCOMPARE(o.value(QLatin1String("inbox_depth")).toInteger(-1), 0);
        QVERIFY(o.value(QLatin1String("uptime_seconds")).toDouble(-1) >= 0);
    }

    void refusesBadSignature_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("forgery");
        QTest::newRow("changeup: body changed after signing") << "changeup"
                                                              << "tamper";
        QTest::newRow("changeup: wrong secret") << "changeup"
                                                << "wrong secret";
        QTest::newRow("changeup: stale timestamp") << "changeup"
                                                   << "stale";
        QTest::newRow("inqud: wrong secret") << "inqud"
                                             << "wrong secret";
        QTest::newRow("inqud: no signature") << "inqud"
                                             << "unsigned";
        QTest::newRow("givecloud: wrong secret") << "givecloud"
                                                 << "wrong secret";
        QTest::newRow("givecloud: no signature") << "givecloud"
                                                 << "unsigned";
        QTest::newRow("nationbuilder: wrong token") << "nationbuilder"
                                                    << "wrong secret";
        QTest::newRow("nationbuilder: no token") << "nationbuilder"
                                                 << "unsigned";
        QTest::newRow("standard: wrong secret") << "standard"
                                                << "wrong secret";
        QTest::newRow("standard: stale timestamp") << "standard"
                                                   << "stale";
        QTest::newRow("standard: body changed after signing") << "standard"
                                                              << "tamper";
    }

    void refusesBadSignature()
    {
        QFETCH(QString, provider);
        QFETCH(QString, forgery);
        EndpointConfig e = m_endpoints.value(provider);
        const QByteArray body = TestData::read(QStringLiteral("e2e/serve/%1.json").arg(provider));
        QDateTime now = QDateTime::currentDateTimeUtc();
        if (forgery == u"wrong secret")
            e.secret = provider == u"changeup" || provider == u"standard"
                ? QByteArray("whsec_QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=")
                : QByteArray("not-the-secret");
        else if (forgery == u"unsigned")
            e.secret.clear();
        else if (forgery == u"stale")
            now = now.addSecs(-3600);
        SignedRequest s = Cli::sign(e, body, "msg_forged", now);
        if (forgery == u"tamper")
            s.body.replace("\"amount\": \"", "\"amount\": \"9");
        QVERIFY(forgery != u"tamper" || s.body != body);

        const HttpAnswer a =
            m_server->request("POST", e.path(), s.headers + extraHeaders(provider), s.body);
        verifyErrorAnswer(a, 401);
        const QString why = a.json().value(QLatin1String("error")).toString();
        QVERIFY2(why.contains(QLatin1String("signature")) || why.contains(QLatin1String("token"))
                || why.contains(QLatin1String("timestamp")),
            qPrintable(why));
    }

    void refusalsStoreNothing()
    {
        // Refused requests never reach the inbox: the next accepted one takes the next id.
        const QByteArray body = TestData::read(QStringLiteral("e2e/serve/donary.json"))
                                    .replace("SRV-D-1", "SRV-D-after-refusals");
        QString error;
        QVERIFY2(
            isAccepted(m_server->post(m_endpoints.value(QStringLiteral("donary")), body), &error),
            qPrintable(error));
    }

    void unknownToken_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("well-formed token") << QByteArray("/hooks/" + randomToken());
        QTest::newRow("short token") << QByteArray("/hooks/abc");
        QTest::newRow("token with one character changed") << QByteArray();
    }

    void unknownToken()
    {
        QFETCH(QByteArray, target);
        if (target.isEmpty()) {
            QByteArray token = m_endpoints.value(QStringLiteral("donary")).token;
            token[0] = token.at(0) == 'A' ? 'B' : 'A';
            target = "/hooks/" + token;
        }
        const HttpAnswer a =
            m_server->request("POST", target, {{"Content-Type", "application/json"}},
                TestData::read(QStringLiteral("e2e/serve/donary.json")));
        verifyErrorAnswer(a, 404);
    }

    void malformedJson_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("unsigned provider") << "donary";
        // Correctly signed garbage is still garbage.
        QTest::newRow("signed provider") << "inqud";
    }

    void malformedJson()
    {
        QFETCH(QString, provider);
        const HttpAnswer a = m_server->post(m_endpoints.value(provider),
            TestData::read(QStringLiteral("e2e/serve/malformed.json")));
        verifyErrorAnswer(a, 400);
        const QString why = a.json().value(QLatin1String("error")).toString();
        // The parse error itself, so that the sender can fix the payload.
        QVERIFY2(why.contains(QLatin1String("malformed body"))
                && why.contains(QLatin1String("invalid JSON")),
            qPrintable(why));
    }

    void wrongMethod_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("knownToken");
        QTest::newRow("GET") << QByteArray("GET") << true;
        QTest::newRow("PUT") << QByteArray("PUT") << true;
        QTest::newRow("DELETE") << QByteArray("DELETE") << true;
        // The method is checked first, so that it tells nothing about the token.
        QTest::newRow("GET, unknown token") << QByteArray("GET") << false;
    }

    void wrongMethod()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, knownToken);
        const QByteArray target = knownToken ? m_endpoints.value(QStringLiteral("donary")).path()
                                             : "/hooks/" + randomToken();
        const QByteArray body =
            method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}");
        const HttpAnswer a = m_server->request(method, target, {}, body);
        verifyErrorAnswer(a, 405);
        QCOMPARE(a.header("Allow"), QByteArray("POST"));
    }

    void otherPaths()
    {
        verifyErrorAnswer(m_server->request("GET", "/"), 404);
        verifyErrorAnswer(m_server->request("POST", "/hooks", {}, "{}"), 404);
        verifyErrorAnswer(m_server->request("POST", "/healthz", {}, "{}"), 405);
    }

    void bodyTooLarge()
    {
        QByteArray body =
            "{\"paymentNumber\": \"big\", \"note\": \"" + QByteArray(1024 * 1024, 'x') + "\"}";
        const HttpAnswer a =
            m_server->request("POST", m_endpoints.value(QStringLiteral("donary")).path(),
                {{"Content-Type", "application/json"}}, body);
        verifyErrorAnswer(a, 413);
    }

    void liveEndpointAdd()
    {
        QString error;
        const auto e =
            addEndpoint(QStringLiteral("donary"), QStringLiteral("added while serving"), &error);
        QVERIFY2(e, qPrintable(error));
        const QByteArray body = TestData::read(QStringLiteral("e2e/serve/donary.json"))
                                    .replace("SRV-D-1", "SRV-D-live-add");
        QVERIFY2(answeredWithin3s([&] { return m_server->post(*e, body); }, 200, 404, &error),
            qPrintable(error));
    }

    void liveDisableEnable()
    {
        const EndpointConfig e = m_endpoints.value(QStringLiteral("givecloud"));
        const QByteArray body = TestData::read(QStringLiteral("e2e/serve/givecloud.json"));
        const HeaderList event = extraHeaders(QStringLiteral("givecloud"));
        QCOMPARE(cli("endpoint update --disable", {e.name}).exitCode, 0);
        QString error;
        QVERIFY2(answeredWithin3s([&] { return m_server->post(e, body, event); }, 404, 200, &error),
            qPrintable(error));
        const HttpAnswer refused = m_server->post(e, body, event);
        verifyErrorAnswer(refused, 404);
        QVERIFY2(refused.json()
                     .value(QLatin1String("error"))
                     .toString()
                     .contains(QLatin1String("disabled")),
            refused.body.constData());

        QCOMPARE(cli("endpoint update --enable", {e.name}).exitCode, 0);
        QVERIFY2(answeredWithin3s([&] { return m_server->post(e, body, event); }, 200, 404, &error),
            qPrintable(error));
    }

    void liveNewSecret()
    {
        const EndpointConfig old = m_endpoints.value(QStringLiteral("inqud"));
        const Result r = cli("endpoint update --new-secret --json", {old.name});
        QCOMPARE(r.exitCode, 0);
        EndpointConfig renewed = old;
        renewed.secret = r.jsonObject().value(QLatin1String("secret")).toString().toUtf8();
        QVERIFY(!renewed.secret.isEmpty() && renewed.secret != old.secret);

        const QByteArray body = TestData::read(QStringLiteral("e2e/serve/inqud.json"));
        QString error;
        QVERIFY2(answeredWithin3s([&] { return m_server->post(renewed, body); }, 200, 401, &error),
            qPrintable(error));
        verifyErrorAnswer(m_server->post(old, body), 401);
        m_endpoints.insert(QStringLiteral("inqud"), renewed);
    }

    void liveNewToken()
    {
        const EndpointConfig old = m_endpoints.value(QStringLiteral("standard"));
        const Result r = cli("endpoint update --new-token --json", {old.name});
        QCOMPARE(r.exitCode, 0);
        EndpointConfig moved = old;
        moved.token = Cli::endpointFromJson(r.jsonObject()).token;
        QVERIFY(moved.token != old.token);

        const QByteArray body = TestData::read(QStringLiteral("e2e/serve/standard.json"));
        QString error;
        QVERIFY2(answeredWithin3s([&] { return m_server->post(moved, body, {}, "msg_new_token"); },
                     200, 404, &error),
            qPrintable(error));
        verifyErrorAnswer(m_server->post(old, body, {}, "msg_old_token"), 404);
        m_endpoints.insert(QStringLiteral("standard"), moved);
    }

    void liveRemove()
    {
        const EndpointConfig e = m_endpoints.value(QStringLiteral("changeup"));
        QCOMPARE(cli("endpoint remove", {e.name}).exitCode, 0);
        const QByteArray body = TestData::read(QStringLiteral("e2e/serve/changeup.json"));
        QString error;
        QVERIFY2(answeredWithin3s([&] { return m_server->post(e, body); }, 404, 200, &error),
            qPrintable(error));
        m_endpoints.remove(QStringLiteral("changeup"));
    }

    void liveRecordPolicy()
    {
        // The processor reads the policy when it runs: a donation after the change follows it.
        const EndpointConfig e = m_endpoints.value(QStringLiteral("donary"));
        QCOMPARE(cli("endpoint update --record-date 2030-01-01", {e.name}).exitCode, 0);
        const QByteArray body = TestData::read(QStringLiteral("e2e/serve/donary.json"))
                                    .replace("SRV-D-1", "SRV-D-policy");
        QCOMPARE(m_server->post(e, body).status, 200);
        QString error;
        QVERIFY2(m_server->waitUntilProcessed(&error), qPrintable(error));
        const Result r = cli("export --as-of 2024-07-01T00:00:00Z --endpoint", {e.name});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> rows = r.out.split('\n');
        bool found = false;
        for (const QByteArray &row : rows) {
            if (!row.contains(",SRV-D-policy,"))
                continue;
            found = true;
            QVERIFY2(row.endsWith(",2024-05-01T10:00:00Z,2030-01-01T00:00:00Z,pre-record\r"),
                row.constData());
        }
        QVERIFY2(found, r.out.constData());
    }

    void portInUse()
    {
        // A second server on a taken port fails at once with one line, and exits non-zero.
        const Result r = m_sandbox.run(
            {QStringLiteral("serve"), QStringLiteral("--db"),
                m_sandbox.path(QStringLiteral("second.sqlite")), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(m_server->port())},
            20000);
        QVERIFY2(r.finished && r.exitCode == 1, r.describe().constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("donationdesk serve: cannot listen"), r.err.constData());
        QVERIFY2(r.err.trimmed().split('\n').last().startsWith("donationdesk serve:"),
            r.err.constData());
    }

    void stopsOnSignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void stopsOnSignal()
    {
        QFETCH(int, signal);
        const QString db = m_sandbox.path(QStringLiteral("signal-%1.sqlite").arg(signal));
        const Result added =
            m_sandbox.run(Cli::words("endpoint add --provider donary --name shul --json --db")
                + QStringList {db});
        QCOMPARE(added.exitCode, 0);
        const EndpointConfig e = Cli::endpointFromJson(added.jsonObject());

        Cli::Server server(m_sandbox);
        QString error;
        QVERIFY2(server.start(db, &error), qPrintable(error));
        QCOMPARE(
            server.post(e, TestData::read(QStringLiteral("e2e/serve/donary.json"))).status, 200);
        // An idle keep-alive connection must not hold the stop.
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(idle.waitForConnected(5000));

        QVERIFY2(server.stop(signal, &error), qPrintable(error));
        QVERIFY(server.exitedNormally());
        QCOMPARE(server.exitCode(), 0);
        QCOMPARE(server.allStdout(), server.firstLine() + '\n');

        // What was acknowledged before the stop is in the books after it.
        const Result r = m_sandbox.run(Cli::words("export --db") + QStringList {db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(",SRV-D-1,paid,"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cli_serve.moc"
