// The Live feed model: newest first, bounded, pause holds arrivals back, resume shows them in
// order, the per-minute bins and today's counters follow the events. Checked throughout by
// QAbstractItemModelTester.

#include "live/livefeed.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {

DonationChange donation(qint64 id, const QString &donor, const QString &status, bool created)
{
    DonationChange c;
    c.donationId = id;
    c.endpointId = 1;
    c.inboxId = id;
    c.created = created;
    c.statusChanged = true;
    c.status = status;
    c.endpointName = QStringLiteral("Spring appeal");
    c.record.id = id;
    c.record.donorName = donor;
    c.record.currency = QStringLiteral("USD");
    c.record.amountUnits = Int128(2550);
    c.record.status = *Status::fromString(status);
    c.record.donatedAt = QDateTime::currentDateTimeUtc();
    c.record.paidAt = c.record.donatedAt;
    c.record.recordDate = c.record.donatedAt.addDays(7);
    c.record.externalId = QStringLiteral("ext-%1").arg(id);
    return c;
}

StoredRequest stored(qint64 inboxId, const QDateTime &at = QDateTime::currentDateTimeUtc())
{
    return StoredRequest {inboxId, 1, at, QStringLiteral("127.0.0.1:5000"), "POST", "/hooks/abcd...", 321};
}

} // namespace

class LiveFeedTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_feed = std::make_unique<LiveFeed>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_feed.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_feed.reset();
    }

    void newestFirst()
    {
        m_feed->addDonationChanges({donation(1, QStringLiteral("Ada"), QStringLiteral("paid"), true)});
        m_feed->addStoredRequests({stored(2)});
        m_feed->addDonationChanges({donation(3, QStringLiteral("Grace"), QStringLiteral("paid"), true)});
        QCOMPARE(m_feed->rowCount(), 3);
        QCOMPARE(m_feed->get(0).value(QStringLiteral("donationId")).toLongLong(), 3);
        QCOMPARE(m_feed->get(1).value(QStringLiteral("kind")).toString(), QStringLiteral("request"));
        QCOMPARE(m_feed->get(2).value(QStringLiteral("donationId")).toLongLong(), 1);
        const QVariantMap top = m_feed->get(0);
        QCOMPARE(top.value(QStringLiteral("amount")).toString(), QStringLiteral("25.50"));
        QCOMPARE(top.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(top.value(QStringLiteral("recordState")).toString(), QStringLiteral("pre-record"));
        QVERIFY(top.value(QStringLiteral("title")).toString().contains(QLatin1String("Grace")));
        QCOMPARE(top.value(QStringLiteral("endpointName")).toString(), QStringLiteral("Spring appeal"));
    }

    void boundedCapacity()
    {
        QList<StoredRequest> many;
        for (int i = 0; i < LiveFeed::Capacity + 37; ++i)
            many << stored(i + 1);
        m_feed->addStoredRequests(many);
        QCOMPARE(m_feed->rowCount(), LiveFeed::Capacity);
        // The newest stay.
        QCOMPARE(m_feed->get(0).value(QStringLiteral("inboxId")).toLongLong(), LiveFeed::Capacity + 37);
    }

    void pauseHoldsAndResumeShowsInOrder()
    {
        m_feed->addStoredRequests({stored(1)});
        QSignalSpy held(m_feed.get(), &LiveFeed::heldCountChanged);
        m_feed->setPaused(true);
        m_feed->addStoredRequests({stored(2)});
        m_feed->addDonationChanges({donation(3, QStringLiteral("Zoë"), QStringLiteral("paid"), true)});
        QCOMPARE(m_feed->rowCount(), 1);
        QCOMPARE(m_feed->heldCount(), 2);
        QVERIFY(held.count() >= 2);
        m_feed->setPaused(false);
        QCOMPARE(m_feed->heldCount(), 0);
        QCOMPARE(m_feed->rowCount(), 3);
        QCOMPARE(m_feed->get(0).value(QStringLiteral("donationId")).toLongLong(), 3);
        QCOMPARE(m_feed->get(1).value(QStringLiteral("inboxId")).toLongLong(), 2);
        QCOMPARE(m_feed->get(2).value(QStringLiteral("inboxId")).toLongLong(), 1);
    }

    void countersAndBins()
    {
        QSignalSpy received(m_feed.get(), &LiveFeed::donationReceived);
        m_feed->addDonationChanges({donation(1, QStringLiteral("Ada"), QStringLiteral("paid"), true),
            donation(1, QStringLiteral("Ada"), QStringLiteral("refunded"), false)});
        QCOMPARE(m_feed->donationsToday(), 1); // a change is not a new donation
        QCOMPARE(received.count(), 1);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_feed->addStoredRequests({stored(10, now), stored(11, now), stored(12, now.addSecs(-600))});
        QCOMPARE(m_feed->requestsToday(), 3);
        const QVariantList bins = m_feed->perMinute();
        QCOMPARE(bins.size(), LiveFeed::Minutes);
        int total = 0;
        for (const QVariant &b : bins)
            total += b.toInt();
        QCOMPARE(total, 3);
        QVERIFY(bins.last().toInt() >= 1); // this minute
        QVERIFY(m_feed->maxPerMinute() >= 2 || bins.last().toInt() == 1);
        // An arrival older than the hour counts today but not in the bins.
        m_feed->addStoredRequests({stored(13, now.addSecs(-2 * 3600))});
        int after = 0;
        for (const QVariant &b : m_feed->perMinute())
            after += b.toInt();
        QCOMPARE(after, 3);
    }

    void refusalsAndDeadLetters()
    {
        RefusalItem r;
        r.httpStatus = 401;
        r.category = QStringLiteral("signature");
        r.reason = QStringLiteral("signature mismatch");
        r.request.method = "POST";
        r.request.target = "/hooks/abcd...";
        r.request.receivedAt = QDateTime::currentDateTimeUtc();
        m_feed->addRefusal(r);
        m_feed->addProcessedRows({ProcessedRow {7, 1, QStringLiteral("processed"), {}},
            ProcessedRow {8, 1, QStringLiteral("dead"), QStringLiteral("currency missing")}});
        QCOMPARE(m_feed->refusedToday(), 1);
        QCOMPARE(m_feed->rowCount(), 2); // processed rows are not news; dead letters are
        QCOMPARE(m_feed->get(0).value(QStringLiteral("kind")).toString(), QStringLiteral("dead"));
        QCOMPARE(m_feed->get(0).value(QStringLiteral("detail")).toString(), QStringLiteral("currency missing"));
        QCOMPARE(m_feed->get(1).value(QStringLiteral("httpStatus")).toInt(), 401);
    }

    void clear()
    {
        m_feed->addStoredRequests({stored(1), stored(2)});
        m_feed->setPaused(true);
        m_feed->addStoredRequests({stored(3)});
        m_feed->clear();
        QCOMPARE(m_feed->rowCount(), 0);
        QCOMPARE(m_feed->heldCount(), 0);
    }

private:
    std::unique_ptr<LiveFeed> m_feed;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(LiveFeedTest)
#include "tst_livefeed.moc"
