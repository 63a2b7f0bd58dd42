#include "monitoring/alarmqueries.h"
#include "storagetest.h"

#include <QtTest>

using StorageTest::at;
using StorageTest::TempDatabase;

namespace {

qint64 ms(const char *text)
{
    return Timestamps::toMs(at(text));
}

} // namespace

// What silence alarms read from the database: the newest real donation (test donations left
// out), signature and token refusals since the last accepted request, every endpoint's state,
// and query plans that stay on the indexes however many donations there are.
class AlarmQueriesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lastDonationLeavesOutTests();
    void neverDonatedHasTheCreationTime();
    void refusalsCountFromTheLastAcceptedRequest();
    void refusalsWithoutAnyAcceptedRequest();
    void onlyWhatTheAlarmUsesIsRead();
    void checkAllStates();
    void plansUseTheIndexes();

private:
    qint64 add(const char *name, const SilenceAlarm &alarm, bool enabled = true);
    void donation(
        qint64 endpoint, const char *externalId, const char *donatedAt, bool test = false);
    void refusal(qint64 endpoint, const char *category, const char *receivedAt, const char *reason);
    void accepted(qint64 endpoint, const char *receivedAt);
    void setCreated(qint64 endpoint, const char *createdAt);
    void checkPlans();

    std::unique_ptr<TempDatabase> m_db;
};

void AlarmQueriesTest::init()
{
    m_db = std::make_unique<TempDatabase>();
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
}

void AlarmQueriesTest::cleanup()
{
    m_db.reset();
}

qint64 AlarmQueriesTest::add(const char *name, const SilenceAlarm &alarm, bool enabled)
{
    EndpointConfig e = StorageTest::endpoint(QLatin1String(name), QStringLiteral("changeup"));
    e.alarm = alarm;
    e.enabled = enabled;
    return StorageTest::addEndpoint(m_db->db(), e);
}

void AlarmQueriesTest::donation(
    qint64 endpoint, const char *externalId, const char *donatedAt, bool test)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral(
        "INSERT INTO donations (endpoint_id, provider, kind, external_id, status, currency, "
        "amount_units, donated_at, record_rule, record_date, status_at, is_test, created_at, "
        "updated_at) VALUES (?, 'changeup', 'donation', ?, 'paid', 'USD', 100, ?, 'delay:0', ?, "
        "?, ?, ?, ?)"));
    const qint64 t = ms(donatedAt);
    for (const QVariant &v :
        QVariantList {endpoint, QLatin1String(externalId), t, t, t, test ? 1 : 0, t, t})
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void AlarmQueriesTest::refusal(
    qint64 endpoint, const char *category, const char *receivedAt, const char *reason)
{
    StorageTest::insertRefusal(m_db->db(), endpoint, at(receivedAt), "{}", category, reason);
}

void AlarmQueriesTest::accepted(qint64 endpoint, const char *receivedAt)
{
    StorageTest::insertInbox(m_db->db(), endpoint, "{}", {}, at(receivedAt));
}

void AlarmQueriesTest::setCreated(qint64 endpoint, const char *createdAt)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("UPDATE endpoints SET created_at = ? WHERE id = ?"));
    q.addBindValue(ms(createdAt));
    q.addBindValue(endpoint);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void AlarmQueriesTest::lastDonationLeavesOutTests()
{
    SilenceAlarm alarm;
    alarm.quietMinutes = 60;
    const qint64 id = add("widget", alarm);
    const qint64 other = add("other", alarm);
    donation(id, "A", "2024-05-20T10:00:00Z");
    donation(id, "B", "2024-05-24T21:00:00Z");
    // Newer, but a test donation (the test sender's): it says nothing about the provider.
    donation(id, "T", "2024-05-25T08:00:00Z", true);
    donation(other, "C", "2024-05-25T09:00:00Z");
    QString error;
    const AlarmFacts f =
        AlarmQueries::gather(m_db->db(), *EndpointStore(m_db->db()).findById(id), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(StorageTest::utc(f.lastDonation), QStringLiteral("2024-05-24T21:00:00Z"));

    // Only test donations: none.
    const qint64 tests = add("tests only", alarm);
    donation(tests, "T1", "2024-05-25T08:00:00Z", true);
    const AlarmFacts t =
        AlarmQueries::gather(m_db->db(), *EndpointStore(m_db->db()).findById(tests));
    QVERIFY(!t.lastDonation.isValid());
    QVERIFY(t.createdAt.isValid());
}

void AlarmQueriesTest::neverDonatedHasTheCreationTime()
{
    SilenceAlarm alarm;
    alarm.quietMinutes = 60;
    const qint64 id = add("new", alarm);
    setCreated(id, "2024-05-25T07:00:00Z");
    const EndpointConfig e = *EndpointStore(m_db->db()).findById(id);
    const AlarmFacts f = AlarmQueries::gather(m_db->db(), e);
    QVERIFY(!f.lastDonation.isValid());
    QCOMPARE(StorageTest::utc(f.createdAt), QStringLiteral("2024-05-25T07:00:00Z"));
    const AlarmState s = AlarmEvaluation::evaluate(e, f, at("2024-05-25T08:00:00Z"));
    QCOMPARE(s.kind, AlarmState::Kind::Quiet);
    QVERIFY(s.neverDonated);
}

void AlarmQueriesTest::refusalsCountFromTheLastAcceptedRequest()
{
    SilenceAlarm alarm;
    alarm.signatureFailures = 2;
    const qint64 id = add("signed", alarm);
    const qint64 other = add("other", alarm);
    setCreated(id, "2024-05-25T09:00:00Z");
    refusal(id, "signature", "2024-05-25T10:00:00Z", "before the accepted one");
    accepted(id, "2024-05-25T10:05:00Z");
    refusal(id, "signature", "2024-05-25T10:10:00Z", "signature does not match");
    refusal(id, "malformed", "2024-05-25T10:15:00Z", "not JSON"); // neither counts nor resets
    refusal(id, "token", "2024-05-25T10:20:00Z", "endpoint \"signed\" is disabled");
    refusal(other, "signature", "2024-05-25T10:30:00Z", "another endpoint's");
    accepted(other, "2024-05-25T10:31:00Z");

    const EndpointConfig e = *EndpointStore(m_db->db()).findById(id);
    AlarmFacts f = AlarmQueries::gather(m_db->db(), e);
    QCOMPARE(f.refusals, 2);
    QCOMPARE(StorageTest::utc(f.lastAccepted), QStringLiteral("2024-05-25T10:05:00Z"));
    QCOMPARE(StorageTest::utc(f.lastRefusalAt), QStringLiteral("2024-05-25T10:20:00Z"));
    QCOMPARE(f.lastRefusalReason, QStringLiteral("endpoint \"signed\" is disabled"));
    QCOMPARE(AlarmEvaluation::evaluate(e, f, at("2024-05-25T11:00:00Z")).kind,
        AlarmState::Kind::FailingSignatures);

    // An accepted request starts the count again.
    accepted(id, "2024-05-25T10:40:00Z");
    f = AlarmQueries::gather(m_db->db(), e);
    QCOMPARE(f.refusals, 0);
    QVERIFY(!f.lastRefusalAt.isValid());
    QCOMPARE(
        AlarmEvaluation::evaluate(e, f, at("2024-05-25T11:00:00Z")).kind, AlarmState::Kind::Ok);
    refusal(id, "signature", "2024-05-25T10:50:00Z", "stale timestamp");
    QCOMPARE(AlarmQueries::gather(m_db->db(), e).refusals, 1);
}

void AlarmQueriesTest::refusalsWithoutAnyAcceptedRequest()
{
    SilenceAlarm alarm;
    alarm.signatureFailures = 3;
    const qint64 id = add("never", alarm);
    setCreated(id, "2024-05-25T09:00:00Z");
    for (const char *t : {"2024-05-25T09:10:00Z", "2024-05-25T09:20:00Z", "2024-05-25T09:30:00Z"})
        refusal(id, "signature", t, "no signature header");
    const EndpointConfig e = *EndpointStore(m_db->db()).findById(id);
    const AlarmFacts f = AlarmQueries::gather(m_db->db(), e);
    QCOMPARE(f.refusals, 3);
    QVERIFY(!f.lastAccepted.isValid());
    const AlarmState s = AlarmEvaluation::evaluate(e, f, at("2024-05-25T10:00:00Z"));
    QCOMPARE(s.kind, AlarmState::Kind::FailingSignatures);
    QVERIFY2(s.text.contains(u"none ever accepted"), qPrintable(s.text));
}

void AlarmQueriesTest::onlyWhatTheAlarmUsesIsRead()
{
    const qint64 id = add("no alarm", SilenceAlarm());
    donation(id, "A", "2024-05-20T10:00:00Z");
    refusal(id, "signature", "2024-05-25T10:00:00Z", "bad");
    const AlarmFacts f = AlarmQueries::gather(m_db->db(), *EndpointStore(m_db->db()).findById(id));
    QVERIFY(!f.lastDonation.isValid());
    QVERIFY(!f.createdAt.isValid());
    QCOMPARE(f.refusals, 0);
}

void AlarmQueriesTest::checkAllStates()
{
    SilenceAlarm quiet;
    quiet.quietMinutes = 60;
    SilenceAlarm failing;
    failing.signatureFailures = 1;
    const qint64 q = add("b quiet", quiet);
    const qint64 f = add("c failing", failing);
    const qint64 ok = add("a fine", quiet);
    const qint64 disabled = add("d disabled", quiet, false);
    add("e none", SilenceAlarm());
    const qint64 removed = add("f removed", quiet);
    for (qint64 id : {q, f, ok, disabled, removed})
        setCreated(id, "2024-05-01T00:00:00Z");
    donation(q, "Q", "2024-05-25T08:00:00Z");
    donation(ok, "OK", "2024-05-25T09:30:00Z");
    refusal(f, "signature", "2024-05-25T09:00:00Z", "bad");
    donation(f, "F", "2024-05-25T09:45:00Z");
    QString error;
    QVERIFY(EndpointStore(m_db->db()).remove(removed, &error));

    const QList<AlarmQueries::EndpointAlarm> all =
        AlarmQueries::checkAll(m_db->db(), at("2024-05-25T10:00:00Z"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList seen;
    for (const auto &a : all)
        seen << a.name + u'=' + a.state.kindName();
    QCOMPARE(seen,
        (QStringList {QStringLiteral("a fine=ok"), QStringLiteral("b quiet=quiet"),
            QStringLiteral("c failing=failing"), QStringLiteral("d disabled=off"),
            QStringLiteral("e none=off")}));
    QCOMPARE(all.at(1).settings.quietMinutes, 60);
    QCOMPARE(all.at(1).endpointId, q);
}

void AlarmQueriesTest::plansUseTheIndexes()
{
    // Enough rows of every kind that the plans are the ones a big database gets.
    SilenceAlarm alarm;
    alarm.quietMinutes = 60;
    alarm.signatureFailures = 3;
    const qint64 id = add("busy", alarm);
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
        "INSERT INTO donations (endpoint_id, provider, kind, external_id, status, donated_at, "
        "record_rule, record_date, status_at, is_test, created_at, updated_at) "
        "SELECT %1, 'changeup', 'donation', 'D' || i, 'paid', i * 60000, 'delay:0', 0, 0, "
        "i % 2, 0, 0 FROM n")
                       .arg(id)));
    checkPlans();
    // The same once SQLite knows the tables' statistics.
    QVERIFY(q.exec(QStringLiteral("ANALYZE")));
    checkPlans();
}

void AlarmQueriesTest::checkPlans()
{
    QSqlQuery q(m_db->db());
    for (const QString &sql : AlarmQueries::statements()) {
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + QString(sql).replace(u'?', u'1')));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(u'\n');
        for (const QString &step : std::as_const(plan)) {
            // Every table is reached through an index; only a subquery's rows are scanned.
            if (step.startsWith(u"SCAN "))
                QVERIFY2(step.contains(u"subquery") || step.contains(u"USING INDEX")
                        || step.contains(u"USING COVERING INDEX"),
                    qPrintable(sql + u'\n' + text));
            QVERIFY2(!step.contains(u"TEMP B-TREE"), qPrintable(sql + u'\n' + text));
        }
        if (sql.contains(u"FROM donations"))
            QVERIFY2(text.contains(u"SEARCH donations USING INDEX donations_endpoint_time"),
                qPrintable(text));
        if (sql.contains(u"FROM inbox"))
            QVERIFY2(text.contains(u"SEARCH inbox USING COVERING INDEX inbox_endpoint_time"),
                qPrintable(text));
        if (sql.contains(u"FROM request_log"))
            QVERIFY2(text.contains(u"SEARCH request_log USING INDEX request_log_time"),
                qPrintable(text));
        if (sql.contains(u"FROM endpoints"))
            QVERIFY2(text.contains(u"USING INTEGER PRIMARY KEY"), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(AlarmQueriesTest)
#include "tst_alarmqueries.moc"
