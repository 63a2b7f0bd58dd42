// Security properties from the outside, with the real binary: URL tokens are long and random;
// secrets never reach logs, exports or listings, nor full URL tokens logs or exports; the database
// and its side files are private; the listener binds the loopback address unless told otherwise;
// and a request to one endpoint can never create or change a donation of another.

#include "clitest.h"
#include "ingest/webhookservice.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>

using namespace Cli;

namespace {

int mode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

} // namespace

class SecurityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokensAreLongAndRandom();
    void loopbackByDefault();
    void oneEndpointCannotTouchAnother();
    void secretsStayOutOfLogsExportsAndListings();
    void databaseFilesArePrivate();

private:
    EndpointConfig add(const QString &name, const QStringList &extra = {});
    QList<QPair<QString, QString>> donations(); // (endpoint name, external_id status)

    Sandbox m_sandbox;
    QString m_db;
    EndpointConfig m_a;
    EndpointConfig m_b;
    QByteArray m_serverLog;
};

void SecurityTest::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    m_db = m_sandbox.path(QStringLiteral("security.sqlite"));
    m_a = add(QStringLiteral("Alpha"));
    m_b = add(QStringLiteral("Beta"));
    QVERIFY(m_a.secret != m_b.secret);
}

EndpointConfig SecurityTest::add(const QString &name, const QStringList &extra)
{
    const Result r = m_sandbox.run(
        QStringList {QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--db"),
            m_db, QStringLiteral("--provider"), QStringLiteral("givecloud"),
            QStringLiteral("--name"), name, QStringLiteral("--json")}
        + extra);
    if (r.exitCode != 0)
        qWarning("%s", r.describe().constData());
    return endpointFromJson(r.jsonObject());
}

void SecurityTest::tokensAreLongAndRandom()
{
    // At least 128 random bits: 43 URL-safe base64 characters carry 256; all different, and
    // spread over the alphabet (a counter or a timestamp would not be).
    QSet<QByteArray> tokens {m_a.token, m_b.token};
    QSet<char> alphabet;
    for (int i = 0; i < 12; ++i) {
        const EndpointConfig e = add(QStringLiteral("token %1").arg(i));
        QVERIFY2(e.token.size() >= 43, e.token.constData());
        for (char c : e.token) {
            QVERIFY2(std::isalnum(uchar(c)) || c == '-' || c == '_', e.token.constData());
            alphabet.insert(c);
        }
        tokens.insert(e.token);
        QVERIFY2(isHookPath(QString::fromLatin1(e.path())), e.path().constData());
    }
    QCOMPARE(tokens.size(), 14);
    QVERIFY2(alphabet.size() > 40, "tokens use too few different characters");
}

void SecurityTest::loopbackByDefault()
{
    // The desktop's and serve's default: nothing outside this machine can reach a listener
    // nobody set up to be reached.
    QCOMPARE(WebhookService::Config().address, QHostAddress(QHostAddress::LocalHost));
    const Result help = m_sandbox.run({QStringLiteral("serve"), QStringLiteral("--help")});
    QVERIFY2(help.out.contains("127.0.0.1:8787"), help.out.constData());
}

void SecurityTest::oneEndpointCannotTouchAnother()
{
    Server server(m_sandbox);
    QString error;
    QVERIFY2(server.start(m_db, &error), qPrintable(error));
    const QByteArray paid = TestData::read(QStringLiteral("storage/givecloud-paid.json"));
    const QByteArray refunded =
        TestData::read(QStringLiteral("storage/givecloud-refunded-full.json"));

    // Alpha's donation GC7Q2M, paid.
    HttpAnswer a = server.post(m_a, paid, {{"X-Givecloud-Event", "contribution_paid"}});
    QVERIFY2(a.status == 200, a.describe().constData());
    // The same contribution id refunded at Beta (its own secret): Beta's own record.
    a = server.post(m_b, refunded, {{"X-Givecloud-Event", "contribution_refunded"}});
    QVERIFY2(a.status == 200, a.describe().constData());
    // Beta's secret on Alpha's URL: refused, nothing stored.
    EndpointConfig forged = m_a;
    forged.secret = m_b.secret;
    a = server.post(forged, refunded, {{"X-Givecloud-Event", "contribution_refunded"}});
    QCOMPARE(a.status, 401);
    // Alpha's URL with Beta's token in a header or query changes nothing either.
    a = server.request("POST", m_a.path() + "?token=" + m_b.token,
        sign(m_b, refunded).headers + HeaderList {{"X-Givecloud-Event", "contribution_refunded"}},
        refunded);
    QCOMPARE(a.status, 401);
    QVERIFY2(server.waitUntilProcessed(&error), qPrintable(error));
    QVERIFY(server.stop(SIGTERM, &error));
    m_serverLog += server.allStderr();

    const auto rows = donations();
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.contains(qMakePair(QStringLiteral("Alpha"), QStringLiteral("GC7Q2M paid"))),
        qPrintable(rows.first().second));
    QVERIFY2(rows.contains(qMakePair(QStringLiteral("Beta"), QStringLiteral("GC7Q2M refunded"))),
        qPrintable(rows.last().second));
}

QList<QPair<QString, QString>> SecurityTest::donations()
{
    QList<QPair<QString, QString>> out;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("security"));
        db.setDatabaseName(m_db);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(
                QStringLiteral("SELECT e.name, d.external_id || ' ' || d.status FROM donations d "
                               "JOIN endpoints e ON e.id = d.endpoint_id ORDER BY d.id"));
            while (q.next())
                out << qMakePair(q.value(0).toString(), q.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("security"));
    return out;
}

void SecurityTest::secretsStayOutOfLogsExportsAndListings()
{
    // Refusals are logged (with the reason and a masked target), so the log sees wrong
    // signatures, unknown tokens and successes.
    Server server(m_sandbox);
    QString error;
    QVERIFY2(server.start(m_db, &error), qPrintable(error));
    EndpointConfig wrong = m_a;
    wrong.secret = "not-the-secret";
    const QByteArray paid = TestData::read(QStringLiteral("storage/givecloud-paid.json"));
    QCOMPARE(server.post(wrong, paid, {{"X-Givecloud-Event", "contribution_paid"}}).status, 401);
    QCOMPARE(server.request("POST", m_b.path() + "x", {}, "{}").status, 404);
    QCOMPARE(server.request("GET", m_b.path()).status, 405);
    QVERIFY(server.stop(SIGTERM, &error));
    m_serverLog += server.allStderr();
    QVERIFY2(m_serverLog.contains(QByteArray("/hooks/" + m_a.token.left(4) + "...")),
        m_serverLog.constData());

    const Result exported = m_sandbox.run({QStringLiteral("export"), QStringLiteral("--db"), m_db,
        QStringLiteral("--include-tests")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains("GC7Q2M"));
    const Result listed = m_sandbox.run(
        {QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
    const Result listedJson = m_sandbox.run({QStringLiteral("endpoint"), QStringLiteral("list"),
        QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listedJson.exitCode, 0);

    for (const EndpointConfig &e : {m_a, m_b}) {
        for (const auto &[what, text] : {qMakePair("server log", m_serverLog),
                 qMakePair("export", exported.out), qMakePair("endpoint list", listed.out),
                 qMakePair("endpoint list --json", listedJson.out)}) {
            QVERIFY2(!text.contains(e.secret),
                qPrintable(QStringLiteral("a secret in the %1").arg(QLatin1String(what))));
        }
        // A URL token is shown where staff copy the URL from (the listings), never in the log
        // or an export.
        QVERIFY2(!m_serverLog.contains(e.token), "a whole token in the server log");
        QVERIFY2(!exported.out.contains(e.token), "a whole token in the export");
    }
}

void SecurityTest::databaseFilesArePrivate()
{
    // Donors' personal data: readable by the user only, side files included.
    QCOMPARE(mode(m_db), 0600);
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_db + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QCOMPARE(mode(side), 0600);
    }
}

QTEST_GUILESS_MAIN(SecurityTest)
#include "tst_security.moc"
