#include "clitest.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

#include <csignal>

using Cli::HttpAnswer;
using Cli::Result;

// The whole path a donation takes: endpoints set up with the command line, signed webhooks
// from every provider posted to `serve` one after another, then `export` compared byte for
// byte with the CSV files in tests/data/e2e/ingest/expected (record states as of a fixed
// moment, so that the files never age).
class TestCliExport : public QObject
{
    Q_OBJECT

private:
    Cli::Sandbox m_sandbox;
    QString m_db;
    std::unique_ptr<Cli::Server> m_server;
    QJsonObject m_manifest;
    QHash<QString, EndpointConfig> m_endpoints; // by name
    qint64 m_nextInboxId = 1;

    static QString asOf() { return QStringLiteral("2024-07-01T00:00:00Z"); }

    static QByteArray expected(const QString &name)
    {
        return TestData::read(QStringLiteral("e2e/ingest/expected/") + name);
    }

    Result exportCsv(const QStringList &arguments) const
    {
        return m_sandbox.run(Cli::words("export --db") + QStringList {m_db} + arguments);
    }

    // Posts delivery `index` (0-based) of the manifest as its provider would.
    HttpAnswer deliver(int index)
    {
        const QJsonObject d =
            m_manifest.value(QLatin1String("deliveries")).toArray().at(index).toObject();
        const EndpointConfig e = m_endpoints.value(d.value(QLatin1String("endpoint")).toString());
        const QByteArray body = TestData::read(
            QStringLiteral("e2e/ingest/requests/") + d.value(QLatin1String("body")).toString());
        HeaderList headers;
        const QJsonObject h = d.value(QLatin1String("headers")).toObject();
        for (auto it = h.begin(); it != h.end(); ++it)
            headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
        const QByteArray messageId = d.value(QLatin1String("message_id"))
                                         .toString(QStringLiteral("msg_delivery_%1").arg(index + 1))
                                         .toLatin1();
        return m_server->post(e, body, headers, messageId);
    }

    void verifyAccepted(const HttpAnswer &a)
    {
        QVERIFY2(a.status == 200, a.describe().constData());
        const QJsonObject expectedAnswer {{QStringLiteral("status"), QStringLiteral("accepted")},
            {QStringLiteral("inbox_id"), m_nextInboxId}};
        QVERIFY2(a.json() == expectedAnswer, a.body.constData());
        ++m_nextInboxId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(Cli::binary()).isExecutable(), qPrintable(Cli::binary()));
        QVERIFY(m_sandbox.isValid());
        m_db = m_sandbox.path(QStringLiteral("books.sqlite"));
        m_manifest =
            QJsonDocument::fromJson(TestData::read(QStringLiteral("e2e/ingest/manifest.json")))
                .object();
        QVERIFY(!m_manifest.isEmpty());

        for (const QJsonValue &v : m_manifest.value(QLatin1String("endpoints")).toArray()) {
            const QString name = v.toObject().value(QLatin1String("name")).toString();
            QStringList arguments {QStringLiteral("endpoint"), QStringLiteral("add"),
                QStringLiteral("--db"), m_db, QStringLiteral("--name"), name,
                QStringLiteral("--json")};
            for (const QJsonValue &a : v.toObject().value(QLatin1String("arguments")).toArray())
                arguments << a.toString();
            const Result r = m_sandbox.run(arguments);
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            m_endpoints.insert(name, Cli::endpointFromJson(r.jsonObject()));
        }

        m_server = std::make_unique<Cli::Server>(m_sandbox);
        QString error;
        QVERIFY2(m_server->start(m_db, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (!m_server || !m_server->isRunning())
            return;
        QString error;
        QVERIFY2(m_server->stop(SIGTERM, &error), qPrintable(error));
        QCOMPARE(m_server->exitCode(), 0);
        // After the stop (and its final checkpoint) the books read the same.
        const Result r = exportCsv({QStringLiteral("--as-of"), asOf()});
        QCOMPARE(r.exitCode, 0);
        DD_COMPARE_TEXT(r.out, expected(QStringLiteral("all.csv")));
    }

    // One at a time, in the manifest's order: donation ids follow it.
    void deliver_data()
    {
        QTest::addColumn<int>("index");
        const QJsonArray deliveries = m_manifest.value(QLatin1String("deliveries")).toArray();
        for (int i = 0; i < deliveries.size(); ++i)
            QTest::newRow(
                qPrintable(deliveries.at(i).toObject().value(QLatin1String("body")).toString()))
                << i;
    }

    void deliver()
    {
        QFETCH(int, index);
        verifyAccepted(deliver(index));
    }

    void allProcessed()
    {
        QString error;
        QVERIFY2(m_server->waitUntilProcessed(&error), qPrintable(error));
        // Every delivery was a valid event: no dead letters to explain the export.
        const Result r = m_sandbox.run(
            {QStringLiteral("reprocess"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.jsonObject().value(QLatin1String("dead_letters")).toArray(), QJsonArray());
        QCOMPARE(r.jsonObject().value(QLatin1String("rows")).toInt(-1), 0);
    }

    void exportToStdout()
    {
        const Result r = exportCsv({QStringLiteral("--as-of"), asOf()});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        DD_COMPARE_TEXT(r.out, expected(QStringLiteral("all.csv")));
    }

    void exportToFile()
    {
        const QString path = m_sandbox.path(QStringLiteral("export.csv"));
        // An existing file is replaced as a whole, never appended to or left half-written.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x'));
        old.close();

        const Result r =
            exportCsv({QStringLiteral("--as-of"), asOf(), QStringLiteral("--output"), path});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        DD_COMPARE_TEXT(f.readAll(), expected(QStringLiteral("all.csv")));
    }

    void exportFilters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expectedFile");
        auto add = [](const char *tag, const QStringList &arguments, const char *file) {
            QTest::newRow(tag) << arguments << QString::fromUtf8(file);
        };
        const QString springAppeal = QStringLiteral("Spring Appeal, 2024");
        add("endpoint with a comma", {QStringLiteral("--endpoint"), springAppeal},
            "endpoint-spring-appeal.csv");
        add("endpoint in Hebrew", Cli::words("--endpoint") << QStringLiteral("Donary שול"),
            "endpoint-donary.csv");
        add("provider", Cli::words("--provider givecloud"), "provider-givecloud.csv");
        add("provider, upper case", Cli::words("--provider GiveCloud"), "provider-givecloud.csv");
        add("reversal statuses",
            {QStringLiteral("--status"),
                QStringLiteral("refunded, voided,canceled,partially_refunded")},
            "status-reversals.csv");
        add("not yet money", Cli::words("--status pending,scheduled,pledged"),
            "status-not-money.csv");
        // --to is inclusive: 23:59:59.999 on its day is in.
        add("March to June", Cli::words("--from 2024-03-01 --to 2024-06-30"),
            "dates-march-june.csv");
        add("from July", Cli::words("--from 2024-07-01"), "dates-from-july.csv");
        add("one day", Cli::words("--from 2024-03-10 --to 2024-03-10"), "dates-one-day.csv");
        add("until 2014", Cli::words("--to 2014-12-31"), "dates-until-2014.csv");
        add("combined",
            Cli::words("--provider changeup --status paid,canceled --from 2024-03-01 --endpoint")
                << springAppeal,
            "combined.csv");
        add("nothing matches", Cli::words("--provider inqud --status voided"), "header-only.csv");
    }

    void exportFilters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expectedFile);
        const Result r = exportCsv(QStringList {QStringLiteral("--as-of"), asOf()} + arguments);
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        DD_COMPARE_TEXT(r.out, expected(expectedFile));
    }

    void exportAsOf_data()
    {
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("expectedFile");
        QTest::newRow("late May") << "2024-05-25T00:00:00Z"
                                  << "as-of-2024-05-25.csv";
        // The same moment written with an offset.
        QTest::newRow("late May, New York time") << "2024-05-24T20:00:00-04:00"
                                                 << "as-of-2024-05-25.csv";
        QTest::newRow("before everything") << "2000-01-01"
                                           << "as-of-2000-01-01.csv";
    }

    void exportAsOf()
    {
        QFETCH(QString, asOf);
        QFETCH(QString, expectedFile);
        const Result r = exportCsv({QStringLiteral("--as-of"), asOf});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        DD_COMPARE_TEXT(r.out, expected(expectedFile));
    }

    void redeliveryCreatesNoDonation_data()
    {
        QTest::addColumn<int>("index");
        for (const QJsonValue &v : m_manifest.value(QLatin1String("redeliveries")).toArray()) {
            const int index = v.toInt() - 1;
            QTest::newRow(qPrintable(m_manifest.value(QLatin1String("deliveries"))
                                         .toArray()
                                         .at(index)
                                         .toObject()
                                         .value(QLatin1String("body"))
                                         .toString()))
                << index;
        }
    }

    void redeliveryCreatesNoDonation()
    {
        // Providers send the same event again (retries, by hand): it is stored, acknowledged,
        // and changes nothing, even after later events for the same donation.
        QFETCH(int, index);
        verifyAccepted(deliver(index));
        QString error;
        QVERIFY2(m_server->waitUntilProcessed(&error), qPrintable(error));
        const Result r = exportCsv({QStringLiteral("--as-of"), asOf()});
        QCOMPARE(r.exitCode, 0);
        DD_COMPARE_TEXT(r.out, expected(QStringLiteral("all.csv")));
    }

    void removedEndpointKeepsItsDonations()
    {
        const Result removed = m_sandbox.run({QStringLiteral("endpoint"), QStringLiteral("remove"),
            QStringLiteral("--db"), m_db, QStringLiteral("Donary שול")});
        QVERIFY2(removed.exitCode == 0, removed.describe().constData());
        const Result all = exportCsv({QStringLiteral("--as-of"), asOf()});
        QCOMPARE(all.exitCode, 0);
        DD_COMPARE_TEXT(all.out, expected(QStringLiteral("all.csv")));
        const Result one = exportCsv({QStringLiteral("--as-of"), asOf(),
            QStringLiteral("--endpoint"), QStringLiteral("Donary שול")});
        QVERIFY2(one.exitCode == 0, one.describe().constData());
        DD_COMPARE_TEXT(one.out, expected(QStringLiteral("endpoint-donary.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
