#include "storage/donationprocessor.h"
#include "storage/rawrequestretention.h"
#include "storagetest.h"

#include <QtTest>

using StorageTest::at;
using StorageTest::dump;
using StorageTest::scalar;

namespace Retention = RawRequestRetention;

// Raw request retention: the setting in the database, which requests a purge blanks (only the
// processed and ignored ones older than the cutoff), refusals deleted, rows and links kept, work
// in bounded transactions, and erased requests never run through the processor again.
class TestRawRequestRetention : public QObject
{
    Q_OBJECT

private:
    StorageTest::TempDatabase m_db;
    qint64 m_endpoint = 0;
    const QDateTime m_now = at("2024-06-30T00:00:00Z");

    QSqlDatabase &db() { return m_db.db(); }

    qint64 request(const QDateTime &receivedAt, const char *state = "processed",
        const QByteArray &body = R"({"transactionId":"x"})")
    {
        const qint64 id =
            StorageTest::insertInbox(db(), m_endpoint, body, {{"X-Sender", "test"}}, receivedAt);
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE inbox SET state = ? WHERE id = ?"));
        q.addBindValue(QLatin1String(state));
        q.addBindValue(id);
        if (!q.exec())
            qFatal("cannot set state: %s", qPrintable(q.lastError().text()));
        return id;
    }

    qint64 refusal(const QDateTime &receivedAt)
    {
        return StorageTest::insertRefusal(db(), m_endpoint, receivedAt);
    }

    void clear()
    {
        for (const char *sql : {"DELETE FROM donation_events", "DELETE FROM event_keys",
                 "DELETE FROM donations", "DELETE FROM inbox", "DELETE FROM request_log"}) {
            QSqlQuery q(db());
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
        }
    }

    bool isErased(qint64 id)
    {
        return scalar(db(),
            QStringLiteral("SELECT erased_at IS NOT NULL AND length(headers) = 0 AND "
                           "length(body) = 0 FROM inbox WHERE id = ?"),
            {id})
            .toBool();
    }

    int count(const QString &sql) { return scalar(db(), sql).toInt(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(&error), qPrintable(error));
        EndpointConfig e =
            StorageTest::endpoint(QStringLiteral("Widget"), QStringLiteral("changeup"));
        m_endpoint = StorageTest::addEndpoint(db(), e);
    }

    void init() { clear(); }

    void settingIsSharedThroughTheDatabase()
    {
        QString error;
        // The migration's default: kept for ever.
        QCOMPARE(Retention::days(db(), &error), std::optional<int>(0));
        QVERIFY(Retention::setDays(db(), 30, &error));
        QCOMPARE(Retention::days(db(), &error), std::optional<int>(30));
        // Another connection (another process: serve, the command line) sees it.
        {
            DbConnection other(m_db.path());
            QVERIFY2(other.open(&error), qPrintable(error));
            QCOMPARE(Retention::days(other.db(), &error), std::optional<int>(30));
        }
        QVERIFY(!Retention::setDays(db(), -1, &error));
        QVERIFY2(error.contains(QLatin1String("36500")), qPrintable(error));
        QVERIFY(!Retention::setDays(db(), Retention::MaxDays + 1, &error));
        QCOMPARE(Retention::days(db(), &error), std::optional<int>(30));
        QVERIFY(Retention::setDays(db(), 0, &error));
        QCOMPARE(Retention::days(db(), &error), std::optional<int>(0));

        // Edited by hand into something else: nothing is purged rather than a guess.
        QSqlQuery q(db());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE settings SET value = 'soon' WHERE key = 'raw_retention_days'")));
        error.clear();
        QCOMPARE(Retention::days(db(), &error), std::nullopt);
        QVERIFY2(error.contains(QLatin1String("'soon'")), qPrintable(error));
        QVERIFY(Retention::setDays(db(), 0, &error));
    }

    void cutoffBoundaries()
    {
        const QDateTime cutoff = at("2024-06-20T00:00:00Z");
        QCOMPARE(Retention::cutoff(m_now, 10), cutoff);
        const qint64 before = request(cutoff.addMSecs(-1));
        const qint64 exactly = request(cutoff);
        const qint64 after = request(cutoff.addMSecs(1));
        const qint64 logBefore = refusal(cutoff.addMSecs(-1));
        const qint64 logExactly = refusal(cutoff);

        const Retention::Counts c = Retention::purge(db(), m_now, 10);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.requestsErased, 1);
        QCOMPARE(c.refusalsDeleted, 1);
        QCOMPARE(c.unfinishedKept, 0);
        QVERIFY(isErased(before));
        QVERIFY(!isErased(exactly));
        QVERIFY(!isErased(after));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM request_log WHERE id = %1").arg(logBefore)),
            0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM request_log WHERE id = %1").arg(logExactly)),
            1);
    }

    void pendingAndDeadLettersKeepTheirBytes()
    {
        const QDateTime old = at("2024-01-01T00:00:00Z");
        const qint64 processed = request(old, "processed");
        const qint64 ignored = request(old, "ignored");
        const qint64 pending = request(old, "pending");
        const qint64 dead = request(old, "dead");
        const QStringList unfinishedBefore = dump(db(),
            QStringLiteral("SELECT * FROM inbox WHERE state IN ('pending', 'dead') ORDER BY id"));

        const Retention::Counts c = Retention::purge(db(), m_now, 30);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.requestsErased, 2);
        QCOMPARE(c.unfinishedKept, 2);
        QVERIFY(isErased(processed));
        QVERIFY(isErased(ignored));
        QVERIFY(!isErased(pending));
        QVERIFY(!isErased(dead));
        QCOMPARE(dump(db(),
                     QStringLiteral(
                         "SELECT * FROM inbox WHERE state IN ('pending', 'dead') ORDER BY id")),
            unfinishedBefore);
    }

    void rowsStayWithEverythingButTheBytes()
    {
        const qint64 id = request(at("2024-01-01T00:00:00Z"));
        const QString others = QStringLiteral(
            "SELECT id, endpoint_id, received_at, peer, method, target, state, error, "
            "processed_at, attempts FROM inbox");
        const QStringList before = dump(db(), others);
        QVERIFY(Retention::purge(db(), m_now, 30).error.isEmpty());
        QCOMPARE(dump(db(), others), before);
        QCOMPARE(dump(db(),
                     QStringLiteral("SELECT headers, body, erased_at, erased_why FROM inbox "
                                    "WHERE id = ?"),
                     {id}),
            QStringList {QStringLiteral("headers=blob:|body=blob:|erased_at=int:%1|erased_why=text:"
                                        "retention")
                             .arg(m_now.toMSecsSinceEpoch())});
        // Purged again: nothing more to do, the erasure's time stays the first one.
        const Retention::Counts again = Retention::purge(db(), m_now.addDays(1), 30);
        QCOMPARE(again.requestsErased, 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT erased_at FROM inbox WHERE id = ?"), {id})
                     .toLongLong(),
            m_now.toMSecsSinceEpoch());
    }

    void keepForEverPurgesNothing()
    {
        request(at("2000-01-01T00:00:00Z"));
        refusal(at("2000-01-01T00:00:00Z"));
        const Retention::Counts c = Retention::purge(db(), m_now, 0);
        QCOMPARE(c.requestsErased, 0);
        QCOMPARE(c.refusalsDeleted, 0);
        QCOMPARE(c.transactions, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM inbox WHERE erased_at IS NULL")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM request_log")), 1);
    }

    void dryRunCountsWhatAPurgeDoes()
    {
        const QDateTime old = at("2024-03-01T00:00:00Z");
        for (int i = 0; i < 3; ++i)
            request(old.addSecs(i));
        request(old, "dead");
        request(m_now, "processed");
        refusal(old);
        refusal(m_now);
        const QStringList before = dump(db(), QStringLiteral("SELECT * FROM inbox ORDER BY id"));
        const Retention::Counts counted = Retention::count(db(), m_now, 30);
        QVERIFY2(counted.error.isEmpty(), qPrintable(counted.error));
        QCOMPARE(dump(db(), QStringLiteral("SELECT * FROM inbox ORDER BY id")), before);
        QCOMPARE(counted.requestsErased, 3);
        QCOMPARE(counted.refusalsDeleted, 1);
        QCOMPARE(counted.unfinishedKept, 1);
        const Retention::Counts purged = Retention::purge(db(), m_now, 30);
        QCOMPARE(purged.requestsErased, counted.requestsErased);
        QCOMPARE(purged.refusalsDeleted, counted.refusalsDeleted);
        QCOMPARE(purged.unfinishedKept, counted.unfinishedKept);
    }

    void boundedBatches()
    {
        const QDateTime old = at("2024-01-01T00:00:00Z");
        // Eight share one millisecond: the keyset goes on by id within it.
        for (int i = 0; i < 25; ++i)
            request(i < 8 ? old : old.addSecs(i), i % 5 == 4 ? "dead" : "processed");
        for (int i = 0; i < 12; ++i)
            refusal(old.addSecs(i));
        request(m_now.addDays(-1)); // recent: kept

        // One step examines at most a batch of requests and deletes at most a batch of refusals.
        Retention::Purge purge(m_now, 30, 10);
        QVERIFY(purge.step(db()));
        QCOMPARE(purge.counts().requestsErased, 8); // 10 examined, 2 of them dead letters
        QCOMPARE(purge.counts().unfinishedKept, 2);
        QCOMPARE(purge.counts().refusalsDeleted, 10);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM inbox WHERE erased_at IS NOT NULL")), 8);
        QVERIFY(purge.step(db()));
        QVERIFY(!purge.step(db())); // the inbox's last five rows: done
        QVERIFY(purge.isDone());
        QCOMPARE(purge.counts().requestsErased, 20);
        QCOMPARE(purge.counts().unfinishedKept, 5);
        QCOMPARE(purge.counts().refusalsDeleted, 12);
        QCOMPARE(purge.counts().transactions, 3);
        QVERIFY(!purge.step(db()));
        QCOMPARE(purge.counts().transactions, 3);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM inbox WHERE erased_at IS NOT NULL")), 20);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM request_log")), 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM inbox WHERE erased_at IS NULL AND state = 'processed'")),
            1);

        // The whole purge in batches of one gives the same result as one batch for all.
        clear();
        for (int i = 0; i < 7; ++i)
            request(old);
        const Retention::Counts one = Retention::purge(db(), m_now, 30, 1);
        QCOMPARE(one.requestsErased, 7);
        QCOMPARE(one.transactions, 8);
    }

    void erasedRequestsAreNotRunAgain()
    {
        // A real donation, processed, then purged.
        const QByteArray body = R"({"transactionId":"RET-1","amount":"12.00","currency":"EUR",)"
                                R"("transactionOrderDate":"2024-01-01T10:00:00Z",)"
                                R"("donorName":"Ada Lovelace","donorEmail":"ada@example.org"})";
        const qint64 id =
            StorageTest::insertInbox(db(), m_endpoint, body, {}, at("2024-01-01T10:00:00Z"));
        const qint64 dead = StorageTest::insertInbox(db(), m_endpoint,
            R"({"transactionId":"RET-2","amount":"1","currency":"??"})", {},
            at("2024-01-01T11:00:00Z"));
        DonationProcessor processor(db());
        const DonationProcessor::Summary first = processor.processPending();
        QCOMPARE(first.processed, 1);
        QCOMPARE(first.dead, 1);
        const QString donations = QStringLiteral("SELECT * FROM donations ORDER BY id");
        const QStringList before = dump(db(), donations);
        QCOMPARE(Retention::purge(db(), m_now, 30).requestsErased, 1);
        QVERIFY(isErased(id));
        QVERIFY(!isErased(dead));

        // Every row: the erased one is skipped and counted, not turned into a dead letter.
        DonationProcessor::Summary s = processor.reprocess(DonationProcessor::Scope::AllRows);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.rows, 1); // the dead letter, still dead
        QCOMPARE(s.dead, 1);
        QCOMPARE(s.erasedSkipped, 1);
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT state FROM inbox WHERE id = ?"), {id}).toString(),
            QStringLiteral("processed"));
        QCOMPARE(dump(db(), donations), before);

        // Asked for by its id (the inspector's "Run again").
        DonationProcessor::Selection one;
        one.scope = DonationProcessor::Scope::AllRows;
        one.inboxId = id;
        s = processor.reprocess(one);
        QCOMPARE(s.rows, 0);
        QCOMPARE(s.erasedSkipped, 1);
        QCOMPARE(dump(db(), donations), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM donation_events")), 1);
    }
};

QTEST_GUILESS_MAIN(TestRawRequestRetention)
#include "tst_rawrequestretention.moc"
