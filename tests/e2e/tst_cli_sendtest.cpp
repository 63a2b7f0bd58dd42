// `donationdesk send-test` against `donationdesk serve`: signed samples accepted, broken ones
// refused with exit status 1, overrides reaching the donation, the load summary, and bad
// arguments refused with exit status 2 before anything is sent.

#include "clitest.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>

#include <csignal>

using Cli::Result;

class TestCliSendTest : public QObject
{
    Q_OBJECT

    Cli::Sandbox m_sandbox;
    QString m_db;
    std::unique_ptr<Cli::Server> m_server;

    Result cli(const QStringList &arguments, int timeoutMs = 60000) const
    {
        return m_sandbox.run(QStringList {QStringLiteral("--db"), m_db} + arguments, timeoutMs);
    }
    QString url(const QString &endpoint) const
    {
        const Result r =
            cli({QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &v : r.jsonArray()) {
            if (v.toObject().value(QLatin1String("name")).toString() == endpoint)
                return QStringLiteral("http://127.0.0.1:%1%2")
                    .arg(m_server->port())
                    .arg(v.toObject().value(QLatin1String("path")).toString());
        }
        return {};
    }
    QStringList to(const QString &endpoint) const
    {
        return {QStringLiteral("send-test"), QStringLiteral("--endpoint"), endpoint,
            QStringLiteral("--url"), url(endpoint)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        m_db = m_sandbox.path(QStringLiteral("send.sqlite"));
        for (const QStringList &add : {
                 Cli::words("endpoint add --provider givecloud --name gc"),
                 Cli::words("endpoint add --provider standard --name std"),
                 Cli::words("endpoint add --provider donary --name donary"),
                 Cli::words("endpoint add --provider nationbuilder --name nb --currency CAD "
                            "--secret nb-token"),
             }) {
            const Result r = cli(add);
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        m_server = std::make_unique<Cli::Server>(m_sandbox);
        QString error;
        QVERIFY2(m_server->start(m_db, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (!m_server)
            return;
        QString error;
        QVERIFY2(m_server->stop(SIGTERM, &error), qPrintable(error));
    }

    void listsEverySample()
    {
        const Result r = cli(Cli::words("send-test --list"));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        for (const char *provider :
            {"changeup", "standard", "inqud", "givecloud", "nationbuilder", "donary"})
            QVERIFY2(r.out.contains(provider), r.out.constData());
    }

    void signedSamplesAreAccepted_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("event");
        QTest::newRow("givecloud default") << "gc" << QString();
        QTest::newRow("standard default") << "std" << QString();
        QTest::newRow("donary default") << "donary" << QString();
        QTest::newRow("nationbuilder default") << "nb" << QString();
    }

    void signedSamplesAreAccepted()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, event);
        QStringList args = to(endpoint);
        if (!event.isEmpty())
            args << QStringLiteral("--event") << event;
        const Result r = cli(args);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.out.startsWith("HTTP 200"), r.out.constData());
        QVERIFY2(r.out.contains("\"inbox_id\""), r.out.constData());
    }

    void brokenSignaturesExitOne_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("givecloud bad") << "gc"
                                       << "--bad-signature" << QByteArray("HTTP 401");
        QTest::newRow("givecloud missing") << "gc"
                                           << "--missing-signature" << QByteArray("HTTP 401");
        QTest::newRow("standard stale") << "std"
                                        << "--stale-timestamp" << QByteArray("HTTP 401");
        QTest::newRow("nationbuilder bad token") << "nb"
                                                 << "--bad-signature" << QByteArray("HTTP 401");
        QTest::newRow("donary wrong token") << "donary"
                                            << "--wrong-token" << QByteArray("HTTP 404");
        QTest::newRow("givecloud oversized") << "gc"
                                             << "--oversized" << QByteArray("HTTP 413");
    }

    void brokenSignaturesExitOne()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, flag);
        QFETCH(QByteArray, status);
        const Result r = cli(to(endpoint) << flag);
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.out.startsWith(status), r.describe().constData());
    }

    void overridesReachTheDonation()
    {
        const Result sent = cli(to(QStringLiteral("gc"))
            << QStringLiteral("--amount") << QStringLiteral("12.34") << QStringLiteral("--currency")
            << QStringLiteral("EUR") << QStringLiteral("--donor") << QStringLiteral("Zoë Ωmega")
            << QStringLiteral("--email") << QStringLiteral("zoe@example.org")
            << QStringLiteral("--id") << QStringLiteral("e2e-override")
            << QStringLiteral("--not-a-test"));
        QVERIFY2(sent.exitCode == 0, sent.describe().constData());
        QString error;
        QVERIFY2(m_server->waitUntilProcessed(&error), qPrintable(error));
        const Result csv = cli(Cli::words("export --endpoint gc"));
        QVERIFY2(csv.exitCode == 0, csv.describe().constData());
        QByteArray line;
        for (const QByteArray &l : csv.out.split('\n')) {
            if (l.contains("e2e-override"))
                line = l;
        }
        QVERIFY2(!line.isEmpty(), csv.out.constData());
        QVERIFY2(line.contains(",12.34,EUR,"), line.constData());
        QVERIFY2(line.contains("Zoë Ωmega,zoe@example.org"), line.constData());
        // Test events (the default) stay out of the export, unless asked for.
        QVERIFY2(csv.out.count("\r\n") == 2, csv.out.constData());
        const Result all = cli(Cli::words("export --endpoint gc --include-tests"));
        QVERIFY2(all.exitCode == 0, all.describe().constData());
        QVERIFY2(all.out.count("\r\n") > 2, all.out.constData());
        QVERIFY(all.out.contains("e2e-override"));
    }

    void countPrintsASummary()
    {
        const Result r = cli(to(QStringLiteral("std"))
            << QStringLiteral("--count") << QStringLiteral("40") << QStringLiteral("--concurrency")
            << QStringLiteral("4"));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.out.startsWith("sent 40 in "), r.out.constData());
        QVERIFY2(r.out.contains("40 × 200"), r.out.constData());
        QVERIFY2(QRegularExpression(QStringLiteral("p50 [0-9.]+ (µs|ms|s), p90 .* p99 "))
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
            r.out.constData());
    }

    void jsonAnswer()
    {
        const Result r = cli(to(QStringLiteral("gc")) << QStringLiteral("--json"));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject o = r.jsonObject();
        QCOMPARE(o.value(QLatin1String("status")).toInt(), 200);
        QVERIFY(o.value(QLatin1String("elapsed_ms")).toDouble() > 0);
        QVERIFY(o.value(QLatin1String("body")).toString().contains(QLatin1String("inbox_id")));
    }

    void noListenerExitsOne()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const Result r = cli({QStringLiteral("send-test"), QStringLiteral("--provider"),
            QStringLiteral("givecloud"), QStringLiteral("--url"),
            QStringLiteral("http://127.0.0.1:%1/hooks/abc").arg(port)});
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.err.contains("refused"), r.describe().constData());
    }

    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no provider")
            << Cli::words("send-test --url http://127.0.0.1:1/hooks/x") << QByteArray("--provider");
        QTest::newRow("no url") << Cli::words("send-test --provider givecloud")
                                << QByteArray("--url");
        QTest::newRow("unknown provider")
            << Cli::words("send-test --provider paypal --url http://127.0.0.1:1/hooks/x")
            << QByteArray("paypal");
        QTest::newRow("unknown event") << Cli::words(
            "send-test --provider givecloud --event nope --url http://127.0.0.1:1/hooks/x")
                                       << QByteArray("nope");
        QTest::newRow("not http") << Cli::words(
            "send-test --provider givecloud --url ftp://127.0.0.1/hooks/x")
                                  << QByteArray("--url");
        QTest::newRow("two breakages")
            << Cli::words("send-test --endpoint gc --bad-signature --oversized")
            << QByteArray("one way");
        QTest::newRow("count zero")
            << Cli::words("send-test --endpoint gc --count 0") << QByteArray("--count");
        QTest::newRow("unknown endpoint")
            << Cli::words("send-test --endpoint nobody") << QByteArray("nobody");
        QTest::newRow("bad amount")
            << Cli::words("send-test --endpoint gc --amount abc") << QByteArray("abc");
        QTest::newRow("set without =")
            << Cli::words("send-test --endpoint gc --set amount") << QByteArray("--set");
        QTest::newRow("donary has no signature")
            << Cli::words("send-test --endpoint donary --bad-signature")
            << QByteArray("wrong-token");
    }

    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Result r = cli(arguments);
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
        QVERIFY2(r.err.contains(message), r.describe().constData());
        QCOMPARE(r.errLines().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliSendTest)
#include "tst_cli_sendtest.moc"
