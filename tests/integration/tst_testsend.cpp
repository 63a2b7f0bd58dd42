// The test sender against the real listener: every sample event of every provider, signed as
// its provider signs it, is accepted and becomes a test donation; every deliberate breakage
// is refused with the status a provider would get; failures without an answer are told apart.

#include "ingest/webhookservice.h"
#include "providers/provideradapter.h"
#include "providers/signatures.h"
#include "servicetest.h"
#include "storage/database.h"
#include "storage/endpointstore.h"
#include "testing/testsend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using TestSend::Breakage;

class TestSendTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everySampleIsAcceptedAndIsATest();
    void brokenRequestsAreRefused_data();
    void brokenRequestsAreRefused();
    void breakagesThatDoNotApplySayWhy();
    void notMarkedCountsInReports();
    void rawBodyIsSignedAndAccepted();
    void loadRunCountsEveryAnswer();
    void failuresWithoutAnAnswer();

private:
    TestSend::Result send(const TestSend::Prepared &request, int timeoutMs = 10000);
    TestSend::Plan plan(const SampleEvents::Sample &sample, quint64 variant = 0,
        Breakage breakage = Breakage::None);
    QUrl urlOf(const EndpointConfig &e) const;
    qint64 scalar(const QString &sql, const QVariantList &binds = {});
    bool waitUntilProcessed();

    QTemporaryDir m_dir;
    std::unique_ptr<DbConnection> m_db;
    std::unique_ptr<WebhookService> m_service;
    quint16 m_port = 0;
    QHash<QString, EndpointConfig> m_endpoints; // by sample id
};

void TestSendTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("sender.sqlite"));
    m_db = std::make_unique<DbConnection>(path);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    // One endpoint per sample, set up as the provider's hint says (the event fixed where the
    // sample needs it), with a secret wherever the provider has one.
    EndpointStore store(m_db->db());
    QVERIFY(!SampleEvents::all().isEmpty());
    for (const SampleEvents::Sample &s : SampleEvents::all()) {
        const ProviderAdapter *adapter = Providers::find(s.provider);
        QVERIFY2(adapter, qPrintable(s.id));
        EndpointConfig e;
        e.name = s.id;
        e.provider = s.provider;
        e.event = s.endpointEvent;
        if (adapter->needsCurrency())
            e.currency = QStringLiteral("USD");
        // A secret wherever the provider takes one (ChangeUp-style endpoints: an optional
        // Standard Webhooks secret; NationBuilder: the webhook's token).
        if (adapter->acceptsSecret()) {
            e.secret = adapter->generateSecret();
            if (e.secret.isEmpty())
                e.secret = Signatures::StandardWebhooks::newSecret();
        }
        QVERIFY2(store.add(e, &error), qPrintable(error));
        m_endpoints.insert(s.id, e);
    }

    WebhookService::Config config;
    config.databasePath = path;
    config.port = 0;
    m_service = std::make_unique<WebhookService>(config);
    QVERIFY2(ServiceTest::start(*m_service, &error), qPrintable(error));
    m_port = m_service->port();
}

void TestSendTest::cleanupTestCase()
{
    if (!m_service)
        return;
    QVERIFY(ServiceTest::stop(*m_service));
    m_service.reset();
}

QUrl TestSendTest::urlOf(const EndpointConfig &e) const
{
    return QUrl(
        QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QString::fromLatin1(e.path())));
}

TestSend::Plan TestSendTest::plan(
    const SampleEvents::Sample &sample, quint64 variant, Breakage breakage)
{
    TestSend::Plan p;
    p.endpoint = m_endpoints.value(sample.id);
    p.url = urlOf(p.endpoint);
    p.sample = sample;
    p.variant = variant;
    p.breakage = breakage;
    return p;
}

TestSend::Result TestSendTest::send(const TestSend::Prepared &request, int timeoutMs)
{
    TestSend::Sender sender;
    sender.setTimeout(timeoutMs);
    std::optional<TestSend::Result> result;
    sender.send(request, [&](const TestSend::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs + 5000))
        return {};
    return *result;
}

qint64 TestSendTest::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool TestSendTest::waitUntilProcessed()
{
    return QTest::qWaitFor(
        [&] {
            return scalar(QStringLiteral("SELECT count(*) FROM inbox WHERE state = 'pending'"))
                == 0;
        },
        10000);
}

void TestSendTest::everySampleIsAcceptedAndIsATest()
{
    for (const SampleEvents::Sample &s : SampleEvents::all()) {
        for (quint64 variant : {0, 1, 7}) {
            const TestSend::Prepared request = TestSend::prepare(plan(s, variant));
            QVERIFY2(request.error.isEmpty(), qPrintable(s.id + u": " + request.error));
            const TestSend::Result r = send(request);
            QVERIFY2(r.ok(),
                qPrintable(QStringLiteral("%1 variant %2: HTTP %3 %4 %5")
                               .arg(s.id)
                               .arg(variant)
                               .arg(r.status)
                               .arg(QString::fromUtf8(r.body), r.error)));
            const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
            QVERIFY2(answer.value(QLatin1String("inbox_id")).toInteger() > 0, r.body.constData());
            QVERIFY(r.elapsedUs > 0);
        }
    }
    QVERIFY(waitUntilProcessed());
    // Nothing is a dead letter: each sample normalizes.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM inbox WHERE state = 'dead'")), 0);
    // Every request carries the test mark, and every donation it made is a test.
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM inbox WHERE instr(CAST(headers AS TEXT), ?) = 0"),
                 {QVariant(QLatin1String(TestEventHeader) + QStringLiteral(": "))}),
        0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM donations")) > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM donations WHERE is_test = 0")), 0);
    // Variants are distinct donations: every sample that makes donations made more than one.
    for (const SampleEvents::Sample &s : SampleEvents::all()) {
        const qint64 made = scalar(
            QStringLiteral("SELECT count(DISTINCT d.external_id) FROM donations d JOIN endpoints e "
                           "ON e.id = d.endpoint_id WHERE e.name = ?"),
            {s.id});
        QVERIFY2(made == 0 || made >= 3, qPrintable(QStringLiteral("%1: %2").arg(s.id).arg(made)));
    }
}

void TestSendTest::brokenRequestsAreRefused_data()
{
    QTest::addColumn<QString>("sampleId");
    QTest::addColumn<int>("breakage");
    QTest::addColumn<int>("status");
    for (const QString &provider : Providers::ids()) {
        const ProviderAdapter *adapter = Providers::find(provider);
        const QList<SampleEvents::Sample> samples = SampleEvents::forProvider(provider);
        QVERIFY(!samples.isEmpty());
        const QString id = samples.first().id;
        auto row = [&](Breakage b, int status) {
            QTest::addRow("%s %s", qPrintable(id), qPrintable(TestSend::breakageName(b)))
                << id << int(b) << status;
        };
        if (adapter->acceptsSecret()) {
            row(Breakage::BadSignature, 401);
            row(Breakage::MissingSignature, 401);
        }
        row(Breakage::WrongToken, 404);
        row(Breakage::Oversized, 413);
        if (provider == u"standard" || provider == u"changeup")
            row(Breakage::StaleTimestamp, 401);
    }
}

void TestSendTest::brokenRequestsAreRefused()
{
    QFETCH(QString, sampleId);
    QFETCH(int, breakage);
    QFETCH(int, status);
    const auto sample = SampleEvents::find(sampleId);
    QVERIFY(sample);
    const qint64 donationsBefore = scalar(QStringLiteral("SELECT count(*) FROM donations"));
    const qint64 refusedBefore = scalar(QStringLiteral("SELECT count(*) FROM request_log"));
    const TestSend::Prepared request = TestSend::prepare(plan(*sample, 900, Breakage(breakage)));
    QVERIFY2(request.error.isEmpty(), qPrintable(request.error));
    const TestSend::Result r = send(request);
    QVERIFY2(r.status == status,
        qPrintable(
            QStringLiteral("HTTP %1 %2 %3").arg(r.status).arg(QString::fromUtf8(r.body), r.error)));
    QVERIFY2(
        !QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toString().isEmpty()
            || status == 413,
        r.body.constData());
    QVERIFY(waitUntilProcessed());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM donations")), donationsBefore);
    // The refusal is kept for the inspector (413s are answered before anything is read).
    if (status != 413)
        QTRY_VERIFY(scalar(QStringLiteral("SELECT count(*) FROM request_log")) > refusedBefore);
}

void TestSendTest::breakagesThatDoNotApplySayWhy()
{
    // Donary has no signature: its URL is the secret.
    const auto donary = SampleEvents::forProvider(u"donary");
    QVERIFY(!donary.isEmpty());
    for (Breakage b : {Breakage::BadSignature, Breakage::MissingSignature}) {
        const TestSend::Prepared p = TestSend::prepare(plan(donary.first(), 0, b));
        QVERIFY2(p.error.contains(QLatin1String("wrong-token")), qPrintable(p.error));
        QVERIFY(p.body.isEmpty());
    }
    // Givecloud signs without a timestamp.
    const auto givecloud = SampleEvents::forProvider(u"givecloud");
    const TestSend::Prepared stale =
        TestSend::prepare(plan(givecloud.first(), 0, Breakage::StaleTimestamp));
    QVERIFY2(stale.error.contains(QLatin1String("timestamp")), qPrintable(stale.error));
    // A sample of another provider, a URL that is not HTTP.
    TestSend::Plan mixed = plan(givecloud.first());
    mixed.sample = donary.first();
    QVERIFY(!TestSend::prepare(mixed).error.isEmpty());
    TestSend::Plan ftp = plan(givecloud.first());
    ftp.url = QUrl(QStringLiteral("ftp://127.0.0.1/hooks/x"));
    QVERIFY(!TestSend::prepare(ftp).error.isEmpty());
}

void TestSendTest::notMarkedCountsInReports()
{
    const auto sample = SampleEvents::forProvider(u"changeup").first();
    TestSend::Plan p = plan(sample, 4242);
    p.markAsTest = false;
    p.overrides.externalId = QStringLiteral("real-4242");
    const TestSend::Result r = send(TestSend::prepare(p));
    QVERIFY2(r.ok(), r.body.constData());
    QVERIFY(waitUntilProcessed());
    QCOMPARE(scalar(QStringLiteral("SELECT is_test FROM donations WHERE external_id = ?"),
                 {QStringLiteral("real-4242")}),
        0);
}

void TestSendTest::rawBodyIsSignedAndAccepted()
{
    // A body edited by hand (here: another external id than the variant's) is sent as typed,
    // signed as the provider signs it, with the sample's headers.
    for (const QString &provider : {QStringLiteral("changeup"), QStringLiteral("standard")}) {
        const auto sample = SampleEvents::forProvider(provider).first();
        const QString externalId = u"raw-" + provider;
        SampleEvents::Overrides edit;
        edit.externalId = externalId;
        const SampleEvents::Built typed =
            SampleEvents::build(sample, 5150, edit, QDateTime::currentDateTimeUtc());
        QVERIFY2(typed.error.isEmpty(), qPrintable(typed.error));
        TestSend::Plan p = plan(sample, 5150);
        p.body = typed.body;
        const TestSend::Prepared request = TestSend::prepare(p);
        QVERIFY2(request.error.isEmpty(), qPrintable(request.error));
        QCOMPARE(request.body, typed.body);
        const TestSend::Result r = send(request);
        QVERIFY2(r.ok(), r.body.constData());
        QVERIFY(waitUntilProcessed());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM donations WHERE external_id = ? "
                                       "AND is_test = 1"),
                     {externalId}),
            1);

        // Signed with another secret, the same body is refused.
        p.breakage = Breakage::BadSignature;
        const TestSend::Prepared bad = TestSend::prepare(p);
        QVERIFY2(bad.error.isEmpty(), qPrintable(bad.error));
        QCOMPARE(bad.body, typed.body);
        QCOMPARE(send(bad).status, 401);
    }
}

void TestSendTest::loadRunCountsEveryAnswer()
{
    const auto sample = SampleEvents::forProvider(u"givecloud").first();
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM donations"));
    const TestSend::Plan base = plan(sample, 10'000);
    TestSend::LoadRun run(60, 16, [base](qint64 i) {
        TestSend::Plan p = base;
        p.variant = base.variant + quint64(i);
        return TestSend::prepare(p);
    });
    QSignalSpy finished(&run, &TestSend::LoadRun::finished);
    run.start();
    QVERIFY(finished.wait(30000));
    const TestSend::Summary &s = run.summary();
    QCOMPARE(s.sent, 60);
    QCOMPARE(s.succeeded, 60);
    QCOMPARE(s.byStatus.value(200), 60);
    QVERIFY(s.failures.isEmpty());
    QCOMPARE(s.latenciesUs.size(), 60);
    QVERIFY(std::is_sorted(s.latenciesUs.cbegin(), s.latenciesUs.cend()));
    QVERIFY(s.percentileUs(50) <= s.percentileUs(99));
    QCOMPARE(s.percentileUs(100), s.latenciesUs.last());
    QVERIFY(s.perSecond() > 0);
    QVERIFY(waitUntilProcessed());
    // Each request its own donation.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM donations")) - before, 60);
}

void TestSendTest::failuresWithoutAnAnswer()
{
    const auto sample = SampleEvents::forProvider(u"changeup").first();
    // Nobody listening.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    TestSend::Plan p = plan(sample);
    p.url.setPort(closedPort);
    TestSend::Result r = send(TestSend::prepare(p));
    QCOMPARE(r.status, 0);
    QCOMPARE(TestSend::failureName(r.failure), QStringLiteral("refused"));

    // Listening, never answering.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            held << s;
    });
    p.url.setPort(silent.serverPort());
    r = send(TestSend::prepare(p), 400);
    QCOMPARE(r.status, 0);
    QCOMPARE(TestSend::failureName(r.failure), QStringLiteral("timeout"));

    // A name that cannot resolve (.invalid is reserved for that).
    p.url.setHost(QStringLiteral("no-such-host.invalid"));
    r = send(TestSend::prepare(p), 5000);
    QCOMPARE(r.status, 0);
    QCOMPARE(TestSend::failureName(r.failure), QStringLiteral("dns"));
}

QTEST_GUILESS_MAIN(TestSendTest)
#include "tst_testsend.moc"
