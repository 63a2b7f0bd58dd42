#include "domain/donationrecord.h"
#include "money/currency.h"
#include "reports/chartqueries.h"
#include "storagetest.h"

#include <QtTest>

#include <ctime>

using StorageTest::at;
using namespace ChartQueries;

namespace {

struct Stored
{
    QString endpoint = QStringLiteral("Widget A");
    QString provider = QStringLiteral("changeup");
    QString kind = QStringLiteral("donation");
    QString externalId;
    QString status = QStringLiteral("paid");
    QString currency = QStringLiteral("USD");
    QVariant amount = qlonglong(0);
    QVariant refunded = qlonglong(0);
    QString donatedAt;
    QString recordDate; // default: donatedAt
    QString paidAt; // default: donatedAt when the status holds or reversed money
    bool neverPaid = false;
    QString reversedAt;
};

QString money(Int128 units, const QString &currency)
{
    return formatUnits(units, Currency::scale(currency));
}

// A currency's buckets as "index:count/kept/returned", empty buckets left out.
QStringList describe(const CurrencySeries &s)
{
    QStringList out;
    for (qsizetype i = 0; i < s.buckets.size(); ++i) {
        const BucketTotals &b = s.buckets[i];
        if (b.count == 0 && b.kept == 0 && b.returned == 0)
            continue;
        out << QStringLiteral("%1:%2/%3/%4")
                   .arg(i)
                   .arg(b.count)
                   .arg(money(b.kept, s.currency), money(b.returned, s.currency));
    }
    return out;
}

QStringList describe(const CurrencyStates &s)
{
    QStringList out;
    for (const StatePoint &p : s.points)
        out << QStringLiteral("%1 pre %2 post %3")
                   .arg(StorageTest::utc(p.at), money(p.preRecord, s.currency),
                       money(p.postRecord, s.currency));
    return out;
}

QStringList describe(const QList<Slice> &slices)
{
    QStringList out;
    for (const Slice &s : slices) {
        QStringList kept;
        for (const auto &[currency, units] : s.kept)
            kept << money(units, currency) + u' ' + currency;
        out << QStringLiteral("%1 %2 [%3]")
                   .arg(s.label.isEmpty() ? QStringLiteral("<other>") : s.label)
                   .arg(s.count)
                   .arg(kept.join(u','));
    }
    return out;
}

QStringList utc(const QList<QDateTime> &times)
{
    QStringList out;
    for (const QDateTime &t : times)
        out << StorageTest::utc(t);
    return out;
}

class LocalZone
{
public:
    explicit LocalZone(const QByteArray &zone)
        : m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalZone()
    {
        qputenv("TZ", m_old);
        tzset();
    }

private:
    QByteArray m_old;
};

} // namespace

class ChartQueriesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bucketRule_data();
    void bucketRule();
    void dayBucketsFollowLocalDays();
    void hourBucketsAcrossDst();
    void hourBucketsInAHalfHourZone();
    void slotExpressionFloors();
    void emptyResult();
    void totalsPerDay();
    void totalsPerHourInLocalTime();
    void localDayBoundary();
    void openRangeUsesTheData();
    void pointCountsStayCapped();
    void recordStatesOverTime();
    void breakdowns();
    void followsTheFilter();

private:
    void insert(const Stored &row);
    void add(const char *id, const char *status, const QString &currency, const QVariant &amount,
        const char *donatedAt, const QVariant &refunded = qlonglong(0));
    qint64 endpointId(const QString &name);
    DonationFilter range(const QDateTime &from, const QDateTime &to) const;

    std::unique_ptr<StorageTest::TempDatabase> m_db;
    QHash<QString, qint64> m_endpoints;
};

void ChartQueriesTest::initTestCase()
{
    // Expectations are in UTC local days unless a test sets another zone (LocalZone).
    qputenv("TZ", "UTC");
    tzset();
}

void ChartQueriesTest::init()
{
    m_db = std::make_unique<StorageTest::TempDatabase>();
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_endpoints.clear();
}

void ChartQueriesTest::cleanup()
{
    m_db.reset();
}

qint64 ChartQueriesTest::endpointId(const QString &name)
{
    if (!m_endpoints.contains(name)) {
        EndpointConfig e = StorageTest::endpoint(name, QStringLiteral("changeup"));
        m_endpoints.insert(name, StorageTest::addEndpoint(m_db->db(), e));
    }
    return m_endpoints.value(name);
}

void ChartQueriesTest::insert(const Stored &row)
{
    auto ms = [](const QString &iso) {
        return iso.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                             : QVariant(at(iso.toLatin1().constData()).toMSecsSinceEpoch());
    };
    const auto status = Status::fromString(row.status);
    QVERIFY(status);
    const bool paid =
        !row.neverPaid && (Status::holdsMoney(*status) || Status::isReversal(*status));
    const QString paidAt = !row.paidAt.isEmpty() ? row.paidAt : paid ? row.donatedAt : QString();
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral(
        "INSERT INTO donations (endpoint_id, provider, kind, external_id, status, currency, "
        "amount_units, refunded_units, donated_at, record_rule, record_date, paid_at, reversed_at, "
        "status_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'delay:0', ?, ?, ?, "
        "?, 0, 0)"));
    q.addBindValue(endpointId(row.endpoint));
    q.addBindValue(row.provider);
    q.addBindValue(row.kind);
    q.addBindValue(row.externalId);
    q.addBindValue(row.status);
    q.addBindValue(row.currency);
    q.addBindValue(row.amount);
    q.addBindValue(row.refunded);
    q.addBindValue(ms(row.donatedAt));
    q.addBindValue(ms(row.recordDate.isEmpty() ? row.donatedAt : row.recordDate));
    q.addBindValue(ms(paidAt));
    q.addBindValue(ms(row.reversedAt));
    q.addBindValue(ms(row.reversedAt.isEmpty() ? row.donatedAt : row.reversedAt));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void ChartQueriesTest::add(const char *id, const char *status, const QString &currency,
    const QVariant &amount, const char *donatedAt, const QVariant &refunded)
{
    Stored s;
    s.externalId = QLatin1String(id);
    s.status = QLatin1String(status);
    s.currency = currency;
    s.amount = amount;
    s.refunded = refunded;
    s.donatedAt = QLatin1String(donatedAt);
    insert(s);
}

DonationFilter ChartQueriesTest::range(const QDateTime &from, const QDateTime &to) const
{
    DonationFilter f;
    f.fromTime = from;
    f.toTime = to;
    return f;
}

void ChartQueriesTest::bucketRule_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("bucket");
    QTest::newRow("a day") << "2024-05-01T00:00:00Z"
                           << "2024-05-02T00:00:00Z"
                           << "hour";
    QTest::newRow("72 hours") << "2024-05-01T00:00:00Z"
                              << "2024-05-04T00:00:00Z"
                              << "hour";
    QTest::newRow("72 hours and a millisecond") << "2024-05-01T00:00:00Z"
                                                << "2024-05-04T00:00:00.001Z"
                                                << "day";
    QTest::newRow("a week") << "2024-05-01T00:00:00Z"
                            << "2024-05-08T00:00:00Z"
                            << "day";
    QTest::newRow("400 days") << "2024-01-01T00:00:00Z"
                              << "2025-02-04T00:00:00Z"
                              << "day";
    QTest::newRow("401 days") << "2024-01-01T00:00:00Z"
                              << "2025-02-05T00:00:00Z"
                              << "month";
    QTest::newRow("ten years") << "2014-01-01T00:00:00Z"
                               << "2024-01-01T00:00:00Z"
                               << "month";
}

void ChartQueriesTest::bucketRule()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, bucket);
    const QDateTime f = at(from.toLatin1().constData());
    const QDateTime t = at(to.toLatin1().constData());
    QCOMPARE(bucketName(bucketFor(f, t)), bucket);
    const QList<QDateTime> bounds = bucketBounds(f, t, bucketFor(f, t));
    QVERIFY(bounds.size() >= 2);
    QVERIFY(bounds.first() <= f);
    QVERIFY(bounds.last() >= t);
    QVERIFY(bounds.size() <= (bucket == u"hour" ? 74 : bucket == u"day" ? 402 : MaxBuckets + 1));
}

void ChartQueriesTest::dayBucketsFollowLocalDays()
{
    LocalZone zone("America/New_York");
    // November 2, 3 (25 hours: DST ends), 4 in New York: 73 hours, so days.
    const QDateTime from = QDate(2024, 11, 2).startOfDay();
    const QDateTime to = QDate(2024, 11, 5).startOfDay();
    QCOMPARE(bucketFor(from, to), Bucket::Day);
    const QList<QDateTime> bounds = bucketBounds(from, to, Bucket::Day);
    QCOMPARE(utc(bounds),
        (QStringList {QStringLiteral("2024-11-02T04:00:00Z"),
            QStringLiteral("2024-11-03T04:00:00Z"), QStringLiteral("2024-11-04T05:00:00Z"),
            QStringLiteral("2024-11-05T05:00:00Z")}));
    // 23:30 EST on November 3 is on November 3.
    QCOMPARE(bucketIndex(bounds, at("2024-11-04T04:30:00Z").toMSecsSinceEpoch()), 1);
    QCOMPARE(bucketIndex(bounds, at("2024-11-04T05:00:00Z").toMSecsSinceEpoch()), 2);
    QCOMPARE(bucketIndex(bounds, at("2024-11-02T03:59:59.999Z").toMSecsSinceEpoch()), -1);
    QCOMPARE(bucketIndex(bounds, at("2024-11-05T05:00:00Z").toMSecsSinceEpoch()), -1);
    // March 10 has 23 hours.
    const QList<QDateTime> spring =
        bucketBounds(QDate(2024, 3, 9).startOfDay(), QDate(2024, 3, 12).startOfDay(), Bucket::Day);
    QCOMPARE(spring.at(1).secsTo(spring.at(2)), 23 * 3600);
    // Months start on the first, local.
    const QList<QDateTime> months =
        bucketBounds(at("2024-01-15T12:00:00Z"), at("2024-03-02T00:00:00Z"), Bucket::Month);
    QCOMPARE(utc(months),
        (QStringList {QStringLiteral("2024-01-01T05:00:00Z"),
            QStringLiteral("2024-02-01T05:00:00Z"), QStringLiteral("2024-03-01T05:00:00Z"),
            QStringLiteral("2024-04-01T04:00:00Z")}));
}

void ChartQueriesTest::hourBucketsAcrossDst()
{
    LocalZone zone("America/New_York");
    // Midnight EDT to 04:00 EST on November 3: five hours, 01:00 twice (EDT, then EST).
    const QDateTime from = at("2024-11-03T04:00:00Z");
    const QDateTime to = at("2024-11-03T09:00:00Z");
    const QList<QDateTime> bounds = bucketBounds(from, to, bucketFor(from, to));
    QCOMPARE(bounds.size(), 6);
    QCOMPARE(bounds.at(1).toLocalTime().time().hour(), 1);
    QCOMPARE(bounds.at(2).toLocalTime().time().hour(), 1);
    QCOMPARE(bucketIndex(bounds, at("2024-11-03T05:30:00Z").toMSecsSinceEpoch()), 1); // 01:30 EDT
    QCOMPARE(bucketIndex(bounds, at("2024-11-03T06:30:00Z").toMSecsSinceEpoch()), 2); // 01:30 EST
}

void ChartQueriesTest::hourBucketsInAHalfHourZone()
{
    LocalZone zone("Asia/Kolkata");
    const QDateTime from = QDate(2024, 5, 1).startOfDay(); // 2024-04-30T18:30:00Z
    const QDateTime to = QDate(2024, 5, 2).startOfDay();
    const QList<QDateTime> bounds = bucketBounds(from, to, bucketFor(from, to));
    QCOMPARE(bounds.size(), 25);
    QCOMPARE(StorageTest::utc(bounds.first()), QStringLiteral("2024-04-30T18:30:00Z"));
    // 10:20 UTC is 15:50 in Kolkata: the 15:00 bucket, which starts at 09:30 UTC.
    const int i = bucketIndex(bounds, at("2024-05-01T10:20:00Z").toMSecsSinceEpoch());
    QCOMPARE(i, 15);
    QCOMPARE(StorageTest::utc(bounds.at(i)), QStringLiteral("2024-05-01T09:30:00Z"));

    // And through the database: the donation lands in that bucket.
    add("k1", "paid", QStringLiteral("INR"), qlonglong(50000), "2024-05-01T10:20:00Z");
    add("k2", "paid", QStringLiteral("INR"), qlonglong(100),
        "2024-05-01T09:29:59.999Z"); // 14:59:59.999
    const Charts c = compute(m_db->db(), range(from, to), at("2024-06-01T00:00:00Z"));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.bucket, Bucket::Hour);
    QCOMPARE(describe(c.totals.first()),
        (QStringList {QStringLiteral("14:1/1.00/0.00"), QStringLiteral("15:1/500.00/0.00")}));
}

void ChartQueriesTest::slotExpressionFloors()
{
    auto slot = [this](qint64 ms) {
        return StorageTest::scalar(m_db->db(),
            QStringLiteral("SELECT %1 FROM (SELECT ? AS t)")
                .arg(slotExpression(QStringLiteral("t"))),
            {ms})
            .toLongLong();
    };
    QCOMPARE(slot(0), qint64(0));
    QCOMPARE(slot(SlotMs - 1), qint64(0));
    QCOMPARE(slot(SlotMs), SlotMs);
    QCOMPARE(slot(-1), -SlotMs);
    QCOMPARE(slot(-SlotMs), -SlotMs);
    const qint64 t = at("2024-05-01T10:20:00Z").toMSecsSinceEpoch();
    QCOMPARE(slot(t), at("2024-05-01T10:15:00Z").toMSecsSinceEpoch());
}

void ChartQueriesTest::emptyResult()
{
    const Charts c = compute(m_db->db(), {}, at("2024-06-01T00:00:00Z"));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.count, qint64(0));
    QVERIFY(c.bounds.isEmpty());
    QVERIFY(c.totals.isEmpty());
    QVERIFY(c.providers.isEmpty());
}

void ChartQueriesTest::totalsPerDay()
{
    add("d1", "paid", QStringLiteral("USD"), qlonglong(1000), "2024-05-01T10:00:00Z");
    add("d2", "paid", QStringLiteral("USD"), qlonglong(500), "2024-05-01T23:59:59.999Z");
    add("d3", "partially_refunded", QStringLiteral("USD"), qlonglong(2000), "2024-05-02T00:00:00Z",
        qlonglong(400));
    add("d4", "refunded", QStringLiteral("USD"), qlonglong(700), "2024-05-03T12:00:00Z",
        qlonglong(700));
    add("d5", "pending", QStringLiteral("USD"), qlonglong(10000), "2024-05-03T13:00:00Z");
    Stored neverPaid;
    neverPaid.externalId = QStringLiteral("d6");
    neverPaid.status = QStringLiteral("canceled");
    neverPaid.amount = qlonglong(800);
    neverPaid.donatedAt = QStringLiteral("2024-05-04T00:00:00Z");
    neverPaid.neverPaid = true;
    insert(neverPaid);
    add("d7", "paid", QStringLiteral("EUR"), qlonglong(300), "2024-05-02T08:00:00Z");
    // 18 decimals, beyond 64 bits, in one bucket: 21.345678901234567890 ETH.
    add("d8", "paid", QStringLiteral("ETH"), QStringLiteral("12345678901234567890"),
        "2024-05-05T01:00:00Z");
    add("d9", "paid", QStringLiteral("ETH"), qlonglong(9000000000000000000LL),
        "2024-05-05T02:00:00Z");
    // Outside [May 1, May 8).
    add("d10", "paid", QStringLiteral("USD"), qlonglong(100), "2024-05-08T00:00:00Z");
    add("d11", "paid", QStringLiteral("USD"), qlonglong(200), "2024-04-30T23:59:59.999Z");

    const Charts c = compute(m_db->db(),
        range(at("2024-05-01T00:00:00Z"), at("2024-05-08T00:00:00Z")), at("2024-06-01T00:00:00Z"));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.bucket, Bucket::Day);
    QCOMPARE(c.bounds.size(), 8);
    QCOMPARE(c.count, qint64(9));
    QCOMPARE(c.totals.size(), 3);
    // Most donations first.
    QCOMPARE(c.totals.at(0).currency, QStringLiteral("USD"));
    QCOMPARE(c.totals.at(1).currency, QStringLiteral("ETH"));
    QCOMPARE(c.totals.at(2).currency, QStringLiteral("EUR"));
    QCOMPARE(describe(c.totals.at(0)),
        (QStringList {QStringLiteral("0:2/15.00/0.00"), QStringLiteral("1:1/16.00/4.00"),
            QStringLiteral("2:2/0.00/7.00"), QStringLiteral("3:1/0.00/0.00")}));
    QCOMPARE(describe(c.totals.at(1)),
        QStringList {QStringLiteral("4:2/21.345678901234567890/0.000000000000000000")});
    QCOMPARE(describe(c.totals.at(2)), QStringList {QStringLiteral("1:1/3.00/0.00")});
    QCOMPARE(money(c.totals.at(0).total.kept, QStringLiteral("USD")), QStringLiteral("31.00"));
    QCOMPARE(money(c.totals.at(0).total.returned, QStringLiteral("USD")), QStringLiteral("11.00"));
    QCOMPARE(c.totals.at(0).total.count, qint64(6));
    for (const CurrencySeries &s : c.totals)
        QCOMPARE(s.buckets.size(), 7);
}

void ChartQueriesTest::totalsPerHourInLocalTime()
{
    LocalZone zone("America/New_York");
    add("h1", "paid", QStringLiteral("USD"), qlonglong(100), "2024-05-01T04:10:00Z"); // 00:10 EDT
    add("h2", "paid", QStringLiteral("USD"), qlonglong(200),
        "2024-05-02T03:59:59.999Z"); // 23:59:59.999
    add("h3", "paid", QStringLiteral("USD"), qlonglong(400), "2024-05-02T04:00:00Z"); // May 2
    add("h4", "paid", QStringLiteral("USD"), qlonglong(800), "2024-05-01T16:45:00Z"); // 12:45 EDT
    const Charts c =
        compute(m_db->db(), range(QDate(2024, 5, 1).startOfDay(), QDate(2024, 5, 2).startOfDay()),
            at("2024-06-01T00:00:00Z"));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.bucket, Bucket::Hour);
    QCOMPARE(c.bounds.size(), 25);
    QCOMPARE(StorageTest::utc(c.bounds.first()), QStringLiteral("2024-05-01T04:00:00Z"));
    QCOMPARE(describe(c.totals.first()),
        (QStringList {QStringLiteral("0:1/1.00/0.00"), QStringLiteral("12:1/8.00/0.00"),
            QStringLiteral("23:1/2.00/0.00")}));
}

void ChartQueriesTest::localDayBoundary()
{
    // 03:30 UTC on May 2 is still May 1 in New York, and already May 2 in UTC.
    add("late", "paid", QStringLiteral("USD"), qlonglong(100), "2024-05-02T03:30:00Z");
    add("early", "paid", QStringLiteral("USD"), qlonglong(200), "2024-05-02T04:30:00Z");
    {
        LocalZone zone("America/New_York");
        const Charts c = compute(m_db->db(),
            range(QDate(2024, 5, 1).startOfDay(), QDate(2024, 5, 8).startOfDay()),
            at("2024-06-01T00:00:00Z"));
        QCOMPARE(describe(c.totals.first()),
            (QStringList {QStringLiteral("0:1/1.00/0.00"), QStringLiteral("1:1/2.00/0.00")}));
    }
    {
        LocalZone zone("UTC");
        const Charts c = compute(m_db->db(),
            range(QDate(2024, 5, 1).startOfDay(), QDate(2024, 5, 8).startOfDay()),
            at("2024-06-01T00:00:00Z"));
        QCOMPARE(describe(c.totals.first()), QStringList {QStringLiteral("1:2/3.00/0.00")});
    }
}

void ChartQueriesTest::openRangeUsesTheData()
{
    add("old", "paid", QStringLiteral("USD"), qlonglong(100), "2022-01-15T12:00:00Z");
    add("new", "paid", QStringLiteral("USD"), qlonglong(200), "2024-03-10T12:00:00Z");
    Charts c = compute(m_db->db(), {}, at("2024-06-01T00:00:00Z"));
    QCOMPARE(c.bucket, Bucket::Month);
    QCOMPARE(StorageTest::utc(c.bounds.first()), QStringLiteral("2022-01-01T00:00:00Z"));
    QCOMPARE(StorageTest::utc(c.bounds.last()), QStringLiteral("2024-04-01T00:00:00Z"));
    QCOMPARE(c.bounds.size(), 28);
    QCOMPARE(describe(c.totals.first()),
        (QStringList {QStringLiteral("0:1/1.00/0.00"), QStringLiteral("26:1/2.00/0.00")}));

    // Only a start: up to the last donation.
    DonationFilter f;
    f.fromTime = at("2024-03-01T00:00:00Z");
    c = compute(m_db->db(), f, at("2024-06-01T00:00:00Z"));
    QCOMPARE(c.bucket, Bucket::Day);
    QCOMPARE(utc({c.bounds.first(), c.bounds.last()}),
        (QStringList {
            QStringLiteral("2024-03-01T00:00:00Z"), QStringLiteral("2024-03-11T00:00:00Z")}));
    // A command-line style date filter (inclusive UTC days) works too.
    f = {};
    f.from = QDate(2024, 3, 10);
    f.to = QDate(2024, 3, 10);
    c = compute(m_db->db(), f, at("2024-06-01T00:00:00Z"));
    QCOMPARE(c.bucket, Bucket::Hour);
    QCOMPARE(c.bounds.size(), 25);
    QCOMPARE(describe(c.totals.first()), QStringList {QStringLiteral("12:1/2.00/0.00")});
}

void ChartQueriesTest::pointCountsStayCapped()
{
    // Three years of donations, two an hour at most: months, and every series is short.
    for (int e = 0; e < 14; ++e)
        endpointId(QStringLiteral("Widget %1").arg(e));
    QVERIFY(m_db->db().transaction());
    const QDateTime start = at("2021-06-01T00:00:00Z");
    const char *currencies[] = {"USD", "EUR", "BTC"};
    for (int i = 0; i < 3000; ++i) {
        Stored s;
        s.externalId = QStringLiteral("m%1").arg(i);
        s.currency = QLatin1String(currencies[i % 3]);
        s.amount = qlonglong(100 + i);
        s.donatedAt = Timestamps::toIsoUtc(start.addSecs(qint64(i) * 9 * 3600 + 1800));
        s.endpoint = QStringLiteral("Widget %1").arg(i % 14);
        insert(s);
    }
    QVERIFY(m_db->db().commit());
    const Charts c = compute(m_db->db(), {}, at("2025-01-01T00:00:00Z"));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.count, qint64(3000));
    QCOMPARE(c.bucket, Bucket::Month);
    QVERIFY(c.bounds.size() <= 40);
    qint64 counted = 0;
    for (const CurrencySeries &s : c.totals) {
        QCOMPARE(s.buckets.size(), c.bounds.size() - 1);
        counted += s.total.count;
    }
    QCOMPARE(counted, qint64(3000));
    for (const CurrencyStates &s : c.recordStates)
        QCOMPARE(s.points.size(), c.bounds.size() - 1);
    // 14 endpoints: nine and "other".
    QCOMPARE(c.endpoints.size(), 10);
    QVERIFY(c.endpoints.last().key.isEmpty());
    qint64 sum = 0;
    for (const Slice &s : c.endpoints)
        sum += s.count;
    QCOMPARE(sum, qint64(3000));
}

void ChartQueriesTest::recordStatesOverTime()
{
    auto add = [this](const char *id, const char *status, qlonglong amount, const char *donated,
                   const char *record, const char *reversed = "", const char *paid = "") {
        Stored s;
        s.externalId = QLatin1String(id);
        s.status = QLatin1String(status);
        s.amount = amount;
        s.refunded = QLatin1String(status) == u"refunded" ? amount : 0;
        s.donatedAt = QLatin1String(donated);
        s.recordDate = QLatin1String(record);
        s.reversedAt = QLatin1String(reversed);
        s.paidAt = QLatin1String(paid);
        insert(s);
    };
    add("s1", "paid", 1000, "2024-05-01T10:00:00Z", "2024-05-03T10:00:00Z");
    add("s2", "paid", 2000, "2024-05-02T10:00:00Z", "2024-05-10T00:00:00Z");
    // Refunded before its record date: pre-record until May 4, noon.
    add("s3", "refunded", 3000, "2024-05-02T12:00:00Z", "2024-05-09T00:00:00Z",
        "2024-05-04T12:00:00Z");
    // Refunded after its record date: stays post-record.
    add("s4", "refunded", 4000, "2024-05-01T08:00:00Z", "2024-05-02T08:00:00Z",
        "2024-05-05T00:00:00Z");
    // Paid after its record date: post-record from its payment, never pre-record.
    add("s5", "paid", 5000, "2024-05-03T00:00:00Z", "2024-05-03T12:00:00Z", "",
        "2024-05-04T00:00:00Z");
    add("s6", "pending", 6000, "2024-05-03T00:00:00Z", "2024-05-03T00:00:00Z");

    const QDateTime now = at("2024-05-05T12:00:00Z");
    const Charts c =
        compute(m_db->db(), range(at("2024-05-01T00:00:00Z"), at("2024-05-08T00:00:00Z")), now);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.recordStates.size(), 1);
    // Points at the last moment of each day begun by now; the last one is now.
    QCOMPARE(describe(c.recordStates.first()),
        (QStringList {
            QStringLiteral("2024-05-01T23:59:59.999Z pre 50.00 post 0.00"),
            QStringLiteral("2024-05-02T23:59:59.999Z pre 60.00 post 40.00"),
            QStringLiteral("2024-05-03T23:59:59.999Z pre 50.00 post 50.00"),
            QStringLiteral("2024-05-04T23:59:59.999Z pre 20.00 post 100.00"),
            QStringLiteral("2024-05-05T12:00:00Z pre 20.00 post 100.00"),
        }));
    // Each point agrees with the record state SQL computes as of its moment.
    for (const StatePoint &p : c.recordStates.first().points) {
        auto sum = [&](const char *state) {
            return StorageTest::scalar(m_db->db(),
                QStringLiteral("SELECT dd_sum(d.amount_units) FROM donations d WHERE ")
                    + DonationQuery::recordStateExpression() + QStringLiteral(" = ?"),
                {p.at.toMSecsSinceEpoch(), QLatin1String(state)});
        };
        QCOMPARE(money(unitsFromSql(sum("pre-record")).value_or(0), QStringLiteral("USD")),
            money(p.preRecord, QStringLiteral("USD")));
        QCOMPARE(money(unitsFromSql(sum("post-record")).value_or(0), QStringLiteral("USD")),
            money(p.postRecord, QStringLiteral("USD")));
    }
    // Before the range has begun: no points.
    const Charts early = compute(m_db->db(),
        range(at("2024-05-01T00:00:00Z"), at("2024-05-08T00:00:00Z")), at("2024-04-01T00:00:00Z"));
    QVERIFY(early.recordStates.first().points.isEmpty());
}

void ChartQueriesTest::breakdowns()
{
    auto add = [this](const char *id, const char *endpoint, const char *provider,
                   const char *status, const char *currency, qlonglong amount,
                   qlonglong refunded = 0) {
        Stored s;
        s.externalId = QLatin1String(id);
        s.endpoint = QLatin1String(endpoint);
        s.provider = QLatin1String(provider);
        s.status = QLatin1String(status);
        s.currency = QLatin1String(currency);
        s.amount = amount;
        s.refunded = refunded;
        s.donatedAt = QStringLiteral("2024-05-02T10:00:00Z");
        insert(s);
    };
    add("1", "Gala", "changeup", "paid", "USD", 1000);
    add("2", "Gala", "changeup", "paid", "EUR", 500);
    add("3", "Gala", "changeup", "partially_refunded", "USD", 1000, 250);
    add("4", "Spring", "givecloud", "refunded", "USD", 300, 300);
    add("5", "Spring", "givecloud", "pending", "USD", 9900);
    add("6", "Crypto", "inqud", "paid", "BTC", 12345);
    add("7", "Tiny", "inqud", "failed", "BTC", 1);
    const DonationFilter f = range(at("2024-05-01T00:00:00Z"), at("2024-05-08T00:00:00Z"));
    Charts c = compute(m_db->db(), f, at("2024-06-01T00:00:00Z"));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(describe(c.providers),
        (QStringList {
            QStringLiteral("changeup 3 [5.00 EUR,17.50 USD]"),
            QStringLiteral("givecloud 2 []"),
            QStringLiteral("inqud 2 [0.00012345 BTC]"),
        }));
    QCOMPARE(describe(c.statuses),
        (QStringList {
            QStringLiteral("paid 3 [0.00012345 BTC,5.00 EUR,10.00 USD]"),
            QStringLiteral("failed 1 []"),
            QStringLiteral("partially_refunded 1 [7.50 USD]"),
            QStringLiteral("pending 1 []"),
            QStringLiteral("refunded 1 []"),
        }));
    QCOMPARE(describe(c.endpoints),
        (QStringList {
            QStringLiteral("Gala 3 [5.00 EUR,17.50 USD]"),
            QStringLiteral("Spring 2 []"),
            QStringLiteral("Crypto 1 [0.00012345 BTC]"),
            QStringLiteral("Tiny 1 []"),
        }));
    QCOMPARE(c.endpoints.first().key, QString::number(m_endpoints.value(QStringLiteral("Gala"))));
    // At most three slices: the rest is one.
    c = compute(m_db->db(), f, at("2024-06-01T00:00:00Z"), 3);
    QCOMPARE(describe(c.endpoints),
        (QStringList {
            QStringLiteral("Gala 3 [5.00 EUR,17.50 USD]"),
            QStringLiteral("Spring 2 []"),
            QStringLiteral("<other> 2 [0.00012345 BTC]"),
        }));
}

void ChartQueriesTest::followsTheFilter()
{
    add("p1", "paid", QStringLiteral("USD"), qlonglong(1000), "2024-05-02T10:00:00Z");
    add("p2", "pending", QStringLiteral("USD"), qlonglong(2000), "2024-05-02T11:00:00Z");
    Stored b;
    b.externalId = QStringLiteral("p3");
    b.endpoint = QStringLiteral("Widget B");
    b.amount = qlonglong(4000);
    b.donatedAt = QStringLiteral("2024-05-03T10:00:00Z");
    insert(b);
    DonationFilter f = range(at("2024-05-01T00:00:00Z"), at("2024-05-08T00:00:00Z"));
    f.statuses = {DonationStatus::Paid};
    Charts c = compute(m_db->db(), f, at("2024-06-01T00:00:00Z"));
    QCOMPARE(c.count, qint64(2));
    QCOMPARE(describe(c.statuses), QStringList {QStringLiteral("paid 2 [50.00 USD]")});
    f.endpointIds = {m_endpoints.value(QStringLiteral("Widget B"))};
    c = compute(m_db->db(), f, at("2024-06-01T00:00:00Z"));
    QCOMPARE(c.count, qint64(1));
    QCOMPARE(describe(c.totals.first()), QStringList {QStringLiteral("2:1/40.00/0.00")});
    f = range(at("2024-05-01T00:00:00Z"), at("2024-05-08T00:00:00Z"));
    f.search = QStringLiteral("p2");
    c = compute(m_db->db(), f, at("2024-06-01T00:00:00Z"));
    QCOMPARE(c.count, qint64(1));
    // Record states of the filter are as of `now`.
    f = range(at("2024-05-01T00:00:00Z"), at("2024-05-08T00:00:00Z"));
    f.recordStates = {RecordState::PostRecord};
    QCOMPARE(compute(m_db->db(), f, at("2024-06-01T00:00:00Z")).count, qint64(2));
    QCOMPARE(compute(m_db->db(), f, at("2024-05-02T10:30:00Z")).count, qint64(1));
}

QTEST_GUILESS_MAIN(ChartQueriesTest)
#include "tst_chartqueries.moc"
