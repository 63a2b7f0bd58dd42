// `donationdesk backup`: a consistent copy of the database while `serve` keeps storing
// webhooks, private, checked before it takes its name, and usable as a database at once.

#include "clitest.h"

#include <QFileInfo>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>

using namespace Cli;

class CliBackupTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copiesWhileServing();
    void refusals_data();
    void refusals();

private:
    Sandbox m_sandbox;
    QString m_db;
    EndpointConfig m_endpoint;
};

void CliBackupTest::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    m_db = m_sandbox.path(QStringLiteral("live.sqlite"));
    const Result added = m_sandbox.run({QStringLiteral("endpoint"), QStringLiteral("add"),
        QStringLiteral("--db"), m_db, QStringLiteral("--provider"), QStringLiteral("givecloud"),
        QStringLiteral("--name"), QStringLiteral("Online"), QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    m_endpoint = endpointFromJson(added.jsonObject());
}

void CliBackupTest::copiesWhileServing()
{
    Server server(m_sandbox);
    QString error;
    QVERIFY2(server.start(m_db, &error), qPrintable(error));
    const QByteArray paid = TestData::read(QStringLiteral("storage/givecloud-paid.json"));
    int acknowledged = 0;
    for (int i = 0; i < 20; ++i) {
        QByteArray body = paid;
        body.replace("GC7Q2M", QByteArray("BK-" + QByteArray::number(i)));
        const HttpAnswer a =
            server.post(m_endpoint, body, {{"X-Givecloud-Event", "contribution_paid"}});
        QVERIFY2(a.status == 200, a.describe().constData());
        ++acknowledged;
    }
    QVERIFY2(server.waitUntilProcessed(&error), qPrintable(error));

    // The listener keeps running (and its WAL holds recent commits) while the copy is made.
    const QString copy = m_sandbox.path(QStringLiteral("copy.sqlite"));
    const Result r = m_sandbox.run(
        {QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--output"), copy});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.out.contains("20 donations, 20 stored requests"), r.out.constData());
    QVERIFY(server.isRunning());
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".partial")));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(copy).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);

    // The copy is a database of its own: export reads it like the original.
    const Result fromCopy = m_sandbox.run({QStringLiteral("export"), QStringLiteral("--db"), copy,
        QStringLiteral("--include-tests")});
    QVERIFY2(fromCopy.exitCode == 0, fromCopy.describe().constData());
    const Result fromLive = m_sandbox.run({QStringLiteral("export"), QStringLiteral("--db"), m_db,
        QStringLiteral("--include-tests")});
    QCOMPARE(fromCopy.out, fromLive.out);
    QCOMPARE(fromCopy.out.count("BK-"), acknowledged);

    // Later webhooks go to the live database only; --force replaces the copy.
    QByteArray body = paid;
    body.replace("GC7Q2M", "BK-late");
    QCOMPARE(
        server.post(m_endpoint, body, {{"X-Givecloud-Event", "contribution_paid"}}).status, 200);
    QVERIFY2(server.waitUntilProcessed(&error), qPrintable(error));
    const Result again = m_sandbox.run(
        {QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--output"), copy});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("--force"), again.err.constData());
    const Result forced = m_sandbox.run({QStringLiteral("backup"), QStringLiteral("--db"), m_db,
        QStringLiteral("--output"), copy, QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.describe().constData());
    QVERIFY2(forced.out.contains("21 donations"), forced.out.constData());
    QVERIFY(server.stop(SIGTERM, &error));
}

void CliBackupTest::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList {} << 2 << "--output is required";
    QTest::newRow("itself") << QStringList {QStringLiteral("--output"), QStringLiteral("DB")} << 2
                            << "the database itself";
    QTest::newRow("no folder") << QStringList {QStringLiteral("--output"),
        QStringLiteral("missing/dir/copy.sqlite")}
                               << 1 << "no folder";
}

void CliBackupTest::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (QString &a : arguments) {
        if (a == u"DB")
            a = m_db;
        else if (a.startsWith(u"missing/"))
            a = m_sandbox.path(a);
    }
    const Result r = m_sandbox.run(
        QStringList {QStringLiteral("backup"), QStringLiteral("--db"), m_db} + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QCOMPARE(r.out, QByteArray());
    // A database that does not exist is not created by backing it up.
    const QString absent = m_sandbox.path(QStringLiteral("absent.sqlite"));
    const Result none = m_sandbox.run({QStringLiteral("backup"), QStringLiteral("--db"), absent,
        QStringLiteral("--output"), m_sandbox.path(QStringLiteral("x.sqlite"))});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(!QFileInfo::exists(absent));
}

QTEST_GUILESS_MAIN(CliBackupTest)
#include "tst_cli_backup.moc"
