#include "clitest.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using Cli::Result;

// `donationdesk demo-data`: fills a database with demo donations through the real pipeline,
// reports progress on stderr and one line on stdout; bad arguments exit 2 naming the argument
// before any file is created.
class TestCliDemoData : public QObject
{
    Q_OBJECT

private:
    Cli::Sandbox m_sandbox;

    Result run(const QString &db, const QStringList &arguments) const
    {
        return m_sandbox.run(
            QStringList {QStringLiteral("demo-data"), QStringLiteral("--db"), db} + arguments,
            120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(Cli::binary()).isExecutable(), qPrintable(Cli::binary()));
        QVERIFY(m_sandbox.isValid());
    }

    void generates()
    {
        const QString db = m_sandbox.path(QStringLiteral("demo.sqlite"));
        const Result r = run(db, Cli::words("--count 500 --seed 3"));
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        const QRegularExpression line(
            QStringLiteral("^generated (\\d+) donations in \\d+\\.\\d s into (.+)\\n$"));
        const auto m = line.match(QString::fromUtf8(r.out));
        QVERIFY2(m.hasMatch(), r.out.constData());
        const int donations = m.captured(1).toInt();
        QVERIFY2(donations >= 500 && donations < 510, r.out.constData());
        QCOMPARE(m.captured(2), db);
        // Progress only, each line naming the command.
        for (const QByteArray &l : r.errLines())
            QVERIFY2(l.startsWith("donationdesk demo-data: ") && l.contains('%'), l.constData());

        // The endpoints are ordinary endpoints, for every provider.
        const Result list = m_sandbox.run({QStringLiteral("endpoint"), QStringLiteral("list"),
            QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray endpoints = list.jsonArray();
        QCOMPARE(endpoints.size(), 10);
        QSet<QString> providers;
        for (const QJsonValue &e : endpoints)
            providers.insert(e.toObject().value(QStringLiteral("provider")).toString());
        QCOMPARE(providers.size(), 6);

        // Again: more donations, the same endpoints.
        const Result again = run(db, Cli::words("--count 300"));
        QVERIFY2(again.exitCode == 0, again.describe().constData());
        QVERIFY2(again.out.startsWith("generated 30"), again.out.constData());
        QCOMPARE(m_sandbox
                     .run({QStringLiteral("endpoint"), QStringLiteral("list"),
                         QStringLiteral("--json"), QStringLiteral("--db"), db})
                     .jsonArray()
                     .size(),
            10);
    }

    void sameSeedAndTimeSameExport()
    {
        QByteArray csv[2];
        for (int i = 0; i < 2; ++i) {
            const QString db = m_sandbox.path(QStringLiteral("same-%1.sqlite").arg(i));
            const Result r = run(db, Cli::words("--count 200 --seed 9 --now 2025-03-01T09:00:00Z"));
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            const Result e = m_sandbox.run({QStringLiteral("export"), QStringLiteral("--as-of"),
                QStringLiteral("2025-03-01T09:00:00Z"), QStringLiteral("--db"), db});
            QVERIFY2(e.exitCode == 0, e.describe().constData());
            csv[i] = e.out;
        }
        QVERIFY(csv[0].count("\r\n") > 200);
        DD_COMPARE_TEXT(csv[0], csv[1]);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("zero") << Cli::words("--count 0") << QStringLiteral("--count");
        QTest::newRow("negative") << QStringList {QStringLiteral("--count=-1")}
                                  << QStringLiteral("--count");
        QTest::newRow("not a number") << Cli::words("--count abc") << QStringLiteral("--count");
        QTest::newRow("too many") << Cli::words("--count 10000001") << QStringLiteral("--count");
        QTest::newRow("missing") << QStringList() << QStringLiteral("--count");
        QTest::newRow("bad seed") << Cli::words("--count 5 --seed -3") << QStringLiteral("--seed");
        QTest::newRow("bad now") << Cli::words("--count 5 --now yesterday")
                                 << QStringLiteral("--now");
        QTest::newRow("unknown option") << Cli::words("--count 5 --fast") << QStringLiteral("fast");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const QString db = m_sandbox.path(QStringLiteral("never-created.sqlite"));
        const Result r = run(db, arguments);
        QVERIFY2(r.finished, r.describe().constData());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(named.toUtf8()), r.err.constData());
        QVERIFY(!QFileInfo::exists(db));
    }

    void refusesADatabaseThatIsNotOurs()
    {
        const QString path = m_sandbox.path(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("shopping list\n");
        f.close();
        const QByteArray before = Cli::sha256(path);
        const Result r = run(path, Cli::words("--count 10"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.errLines().size(), 1);
        QCOMPARE(Cli::sha256(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCliDemoData)
#include "tst_cli_demodata.moc"
