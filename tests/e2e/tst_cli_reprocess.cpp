#include "clitest.h"

#include <QFileInfo>
#include <QTest>

#include <csignal>

using Cli::Result;

namespace {

int number(const Result &r, const char *key)
{
    return r.jsonObject().value(QLatin1String(key)).toInt(-1);
}

} // namespace

// Dead letters and `reprocess`: a request that could not become a donation is kept, and turns
// into one once the endpoint is fixed; running every request again changes nothing.
class TestCliReprocess : public QObject
{
    Q_OBJECT

private:
    Cli::Sandbox m_sandbox;
    QString m_db;
    const QString m_donary = QStringLiteral("Donary, no currency");

    static QByteArray expected(const char *name)
    {
        return TestData::read(QStringLiteral("e2e/reprocess/expected/") + QLatin1String(name));
    }

    // `<words> <more> --db <db>`; `more` holds arguments with spaces in them.
    Result cli(const char *words, const QStringList &more = {}) const
    {
        return m_sandbox.run(Cli::words(words) + more + QStringList {QStringLiteral("--db"), m_db});
    }

    // Record states as of a fixed moment, so that the expected files never age.
    Result exportCsv() const { return cli("export --as-of 2024-07-01T00:00:00Z"); }

    std::optional<EndpointConfig> addEndpoint(
        const char *words, QString *error, const QStringList &more = {}) const
    {
        const Result r = cli("endpoint add --json", Cli::words(words) + more);
        if (r.exitCode != 0) {
            *error = QString::fromUtf8(r.describe());
            return std::nullopt;
        }
        return Cli::endpointFromJson(r.jsonObject());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(Cli::binary()).isExecutable(), qPrintable(Cli::binary()));
        QVERIFY(m_sandbox.isValid());
        m_db = m_sandbox.path(QStringLiteral("reprocess.sqlite"));
    }

    void nationBuilderNeedsCurrency()
    {
        // Its payloads carry no currency: an endpoint without one could never book anything.
        const Result refused = cli("endpoint add --provider nationbuilder --name nation");
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(refused.errLines().size(), 1);
        QVERIFY2(refused.err.contains("--currency"), refused.err.constData());
        QCOMPARE(cli("endpoint list --json").out, QByteArray("[]\n"));
    }

    void ingestWithADeadLetter()
    {
        QString error;
        const auto nation =
            addEndpoint("--provider nationbuilder --name nation --currency EUR", &error);
        QVERIFY2(nation, qPrintable(error));
        const auto donary = addEndpoint("--provider donary --name", &error, {m_donary});
        QVERIFY2(donary, qPrintable(error));
        QCOMPARE(donary->currency, QString());
        const auto widget = addEndpoint("--provider changeup --name widget", &error);
        QVERIFY2(widget, qPrintable(error));

        Cli::Server server(m_sandbox);
        QVERIFY2(server.start(m_db, &error), qPrintable(error));
        const std::pair<const EndpointConfig &, const char *> deliveries[] = {
            {*donary, "donary-charge-no-currency.json"},
            {*widget, "changeup-completed.json"},
            {*widget, "changeup-cancelled.json"},
            {*nation, "nationbuilder-succeeded.json"},
        };
        // Stored and acknowledged even though it cannot be booked yet: nothing is lost.
        for (const auto &[endpoint, file] : deliveries) {
            const Cli::HttpAnswer a = server.post(
                endpoint, TestData::read(QStringLiteral("e2e/reprocess/") + QLatin1String(file)));
            QVERIFY2(a.status == 200, a.describe().constData());
        }
        QVERIFY2(server.waitUntilProcessed(&error), qPrintable(error));
        QVERIFY2(server.stop(SIGINT, &error), qPrintable(error));
        QCOMPARE(server.exitCode(), 0);
    }

    void deadLetterBeforeTheFix()
    {
        const Result r = cli("reprocess --json");
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QCOMPARE(number(r, "rows"), 1);
        QCOMPARE(number(r, "processed"), 0);
        QCOMPARE(number(r, "dead"), 1);
        const QJsonArray dead = r.jsonObject().value(QLatin1String("dead_letters")).toArray();
        QCOMPARE(dead.size(), 1);
        const QJsonObject letter = dead.first().toObject();
        QCOMPARE(letter.value(QLatin1String("inbox_id")).toInteger(), 1);
        QCOMPARE(letter.value(QLatin1String("endpoint")).toString(), m_donary);
        // The reason says what to fix.
        QVERIFY2(
            letter.value(QLatin1String("error")).toString().contains(QLatin1String("currency")),
            r.out.constData());

        const Result text = cli("reprocess");
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith("Reprocessed 1 request(s): 0 processed, 0 without a donation, "
                                     "1 dead letter(s).\n"),
            text.out.constData());
        QVERIFY2(text.out.contains("dead letter #1 (Donary, no currency): "), text.out.constData());

        const Result csv = exportCsv();
        QCOMPARE(csv.exitCode, 0);
        DD_COMPARE_TEXT(csv.out, expected("before-fix.csv"));
    }

    void fixThenReprocess()
    {
        const Result fixed = cli("endpoint update --currency USD", {m_donary});
        QVERIFY2(fixed.exitCode == 0, fixed.describe().constData());

        const Result r = cli("reprocess --json");
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QCOMPARE(number(r, "rows"), 1);
        QCOMPARE(number(r, "processed"), 1);
        QCOMPARE(number(r, "dead"), 0);
        QCOMPARE(r.jsonObject().value(QLatin1String("dead_letters")).toArray(), QJsonArray());

        const Result csv = exportCsv();
        QCOMPARE(csv.exitCode, 0);
        DD_COMPARE_TEXT(csv.out, expected("after-fix.csv"));

        // Nothing is dead any more: a plain reprocess has nothing to do.
        QCOMPARE(number(cli("reprocess --json"), "rows"), 0);
    }

    void reprocessAllChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << Cli::words("--all") << 4;
        QTest::newRow("all again") << Cli::words("--all") << 4;
        QTest::newRow("one endpoint") << Cli::words("--all --endpoint widget") << 2;
    }

    void reprocessAllChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, rows);
        const Result r = cli("reprocess --json", arguments);
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QCOMPARE(number(r, "rows"), rows);
        QCOMPARE(number(r, "processed"), rows);
        QCOMPARE(number(r, "dead"), 0);

        const Result csv = exportCsv();
        QCOMPARE(csv.exitCode, 0);
        DD_COMPARE_TEXT(csv.out, expected("after-fix.csv"));
    }

    void oneRequestOrAWindow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("rows");
        // Stored requests are 1..4, received just now.
        QTest::newRow("one request") << Cli::words("--all --request 2") << 1;
        QTest::newRow("one request, not dead") << Cli::words("--request 2") << 0;
        QTest::newRow("received since 2000") << Cli::words("--all --from 2000-01-01T00:00:00Z") << 4;
        QTest::newRow("received before 2000") << Cli::words("--all --to 2000-01-01T00:00:00Z") << 0;
        QTest::newRow("window and endpoint")
            << Cli::words("--all --endpoint widget --from 2000-01-01 --to 2100-01-01") << 2;
    }

    void oneRequestOrAWindow()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, rows);
        const Result r = cli("reprocess --json", arguments);
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QCOMPARE(number(r, "rows"), rows);
        QCOMPARE(number(r, "dead"), 0);
        // Idempotent: the books are as they were.
        const Result csv = exportCsv();
        QCOMPARE(csv.exitCode, 0);
        DD_COMPARE_TEXT(csv.out, expected("after-fix.csv"));
    }

    void badSelectionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown request") << Cli::words("--request 999") << QByteArray("999");
        QTest::newRow("not a number") << Cli::words("--request abc") << QByteArray("--request");
        QTest::newRow("bad time") << Cli::words("--from yesterday") << QByteArray("--from");
        QTest::newRow("empty window")
            << Cli::words("--from 2024-06-02T00:00:00Z --to 2024-06-01T00:00:00Z")
            << QByteArray("--from");
    }

    void badSelectionsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Result r = cli("reprocess", arguments);
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.err.contains(message), r.describe().constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliReprocess)
#include "tst_cli_reprocess.moc"
