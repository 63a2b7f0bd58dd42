#include "money/currency.h"
#include "reports/reconciliation.h"
#include "storage/donationprocessor.h"
#include "storagetest.h"

#include <QtTest>

#include <ctime>

using StorageTest::at;
using namespace Reconciliation;

namespace {

// A donation row as the processor would have stored it; tests set what they are about.
struct Stored
{
    QString endpoint = QStringLiteral("Widget A");
    QString kind = QStringLiteral("donation");
    QString externalId;
    QString status = QStringLiteral("paid");
    QString currency = QStringLiteral("USD");
    QVariant amount = qlonglong(0); // qlonglong, or digits as text beyond 64 bits
    QVariant refunded = qlonglong(0);
    QString donor;
    const char *donatedAt = "2024-05-10T12:00:00Z";
    const char *recordDate = nullptr; // default: donatedAt
    const char *paidAt = nullptr; // default: donatedAt when the status holds or reversed money
    const char *reversedAt = nullptr;
    const char *statusAt = nullptr; // default: reversedAt, else donatedAt
    bool isTest = false;
};

QString money(Int128 units, const QString &currency)
{
    return formatUnits(units, Currency::scale(currency));
}

// Figures as text, so a failure shows every number at once.
QString describe(const CurrencyFigures &f)
{
    return QStringLiteral("%1 pre %2/%3 (refunded %4) post %5/%6 reversed %7/%8 adj %9/%10 net %11")
        .arg(f.currency)
        .arg(f.preRecordCount)
        .arg(money(f.preRecordTotal, f.currency), money(f.preRecordRefunded, f.currency))
        .arg(f.postRecordCount)
        .arg(money(f.postRecordTotal, f.currency))
        .arg(f.reversedCount)
        .arg(money(f.reversedTotal, f.currency))
        .arg(f.adjustmentCount)
        .arg(money(f.adjustmentTotal, f.currency), money(f.netActualised(), f.currency));
}

QStringList describe(const Report &r)
{
    QStringList out;
    for (const CurrencyFigures &f : r.currencies)
        out << describe(f);
    return out;
}

QStringList describe(const QList<ScheduleEntry> &schedule)
{
    QStringList out;
    for (const ScheduleEntry &e : schedule)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(e.day.toString(Qt::ISODate), e.currency)
                   .arg(e.count)
                   .arg(money(e.total, e.currency));
    return out;
}

// Sets the process's time zone for Qt's local time (and restores it).
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

class ReconciliationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyDatabase();
    void figuresAsOf_data();
    void figuresAsOf();
    void scheduleByRecordDate();
    void scheduleInLocalDays();
    void allEndpointsAndPeriod();
    void exactBeyond64Bits();
    void rowsBehindEachFigure_data();
    void rowsBehindEachFigure();
    void rowsAddUpToTheFigures_data();
    void rowsAddUpToTheFigures();
    void rowsLimited();
    void exportFilterMatchesTheFigures();
    void processedWebhooks();
    void figureNames();

private:
    void insert(const Stored &row);
    void seedMay();
    qint64 endpointId(const QString &name);
    Query may(const char *asOf) const;
    qint64 id(const QString &externalId);

    std::unique_ptr<StorageTest::TempDatabase> m_db;
    QHash<QString, qint64> m_endpoints;
};

void ReconciliationTest::initTestCase()
{
    // Expectations are in UTC local days unless a test sets another zone (LocalZone).
    qputenv("TZ", "UTC");
    tzset();
}

void ReconciliationTest::init()
{
    m_db = std::make_unique<StorageTest::TempDatabase>();
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_endpoints.clear();
}

void ReconciliationTest::cleanup()
{
    m_db.reset();
}

qint64 ReconciliationTest::endpointId(const QString &name)
{
    if (!m_endpoints.contains(name)) {
        EndpointConfig e = StorageTest::endpoint(name, QStringLiteral("changeup"));
        m_endpoints.insert(name, StorageTest::addEndpoint(m_db->db(), e));
    }
    return m_endpoints.value(name);
}

qint64 ReconciliationTest::id(const QString &externalId)
{
    return StorageTest::scalar(
        m_db->db(), QStringLiteral("SELECT id FROM donations WHERE external_id = ?"), {externalId})
        .toLongLong();
}

void ReconciliationTest::insert(const Stored &row)
{
    auto ms = [](const char *iso) {
        return iso ? QVariant(at(iso).toMSecsSinceEpoch())
                   : QVariant(QMetaType(QMetaType::LongLong));
    };
    const auto status = Status::fromString(row.status);
    QVERIFY(status);
    const bool paid = Status::holdsMoney(*status) || Status::isReversal(*status);
    const char *paidAt = row.paidAt ? row.paidAt : (paid ? row.donatedAt : nullptr);
    const char *statusAt =
        row.statusAt ? row.statusAt : (row.reversedAt ? row.reversedAt : row.donatedAt);
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral(
        "INSERT INTO donations (endpoint_id, provider, kind, external_id, status, currency, "
        "amount_units, refunded_units, donor_name, donated_at, record_rule, record_date, paid_at, "
        "reversed_at, status_at, is_test, created_at, updated_at) "
        "VALUES (?, 'changeup', ?, ?, ?, ?, ?, ?, ?, ?, 'delay:0', ?, ?, ?, ?, ?, 0, 0)"));
    q.addBindValue(endpointId(row.endpoint));
    q.addBindValue(row.kind);
    q.addBindValue(row.externalId);
    q.addBindValue(row.status);
    q.addBindValue(row.currency);
    q.addBindValue(row.amount);
    q.addBindValue(row.refunded);
    q.addBindValue(row.donor.isNull() ? row.externalId : row.donor);
    q.addBindValue(ms(row.donatedAt));
    q.addBindValue(ms(row.recordDate ? row.recordDate : row.donatedAt));
    q.addBindValue(ms(paidAt));
    q.addBindValue(ms(row.reversedAt));
    q.addBindValue(ms(statusAt));
    q.addBindValue(row.isTest ? 1 : 0);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

// The May book of Widget A (and a little of Widget B), each donation a case of the rules.
// Record dates are given; the endpoint's own policy does not matter once they are stored.
void ReconciliationTest::seedMay()
{
    auto add = [this](const char *id, const char *status, qlonglong amount, const char *donated,
                   const char *record, const char *reversed = nullptr, qlonglong refunded = 0,
                   const char *statusAt = nullptr) {
        Stored s;
        s.externalId = QLatin1String(id);
        s.status = QLatin1String(status);
        s.amount = amount;
        s.refunded = refunded;
        s.donatedAt = donated;
        s.recordDate = record;
        s.reversedAt = reversed;
        s.statusAt = statusAt;
        insert(s);
    };
    // Paid, record date passed by June.
    add("a1", "paid", 2500, "2024-05-10T00:00:00Z", "2024-05-24T00:00:00Z");
    // Paid, record date in June.
    add("a2", "paid", 10000, "2024-05-20T00:00:00Z", "2024-06-03T00:00:00Z");
    // Refunded before its record date: reversed.
    add("a3", "refunded", 6000, "2024-05-12T00:00:00Z", "2024-05-26T00:00:00Z",
        "2024-05-15T00:00:00Z", 6000);
    // Refunded after its record date: post-record, a 40.00 adjustment from May 25.
    add("a4", "refunded", 4000, "2024-05-05T00:00:00Z", "2024-05-19T00:00:00Z",
        "2024-05-25T00:00:00Z", 4000);
    // Partially refunded (30.00) on May 10, before its record date: 50.00 is actualised.
    add("a5", "partially_refunded", 8000, "2024-05-08T00:00:00Z", "2024-05-22T00:00:00Z", nullptr,
        3000, "2024-05-10T00:00:00Z");
    // Partially refunded (10.00) on May 20, after its record date: an adjustment.
    add("a6", "partially_refunded", 9000, "2024-05-02T00:00:00Z", "2024-05-16T00:00:00Z", nullptr,
        1000, "2024-05-20T00:00:00Z");
    // Voided the day after, before its record date.
    add("a7", "voided", 1500, "2024-05-25T00:00:00Z", "2024-06-08T00:00:00Z",
        "2024-05-26T00:00:00Z");
    // Canceled after its record date (the same day as the donation): the full amount is an
    // adjustment, although canceled donations carry no refunded amount.
    add("a8", "canceled", 500, "2024-05-01T00:00:00Z", "2024-05-01T00:00:00Z",
        "2024-05-03T00:00:00Z");
    // Never counted.
    add("a9", "pending", 3000, "2024-05-11T00:00:00Z", "2024-05-25T00:00:00Z");
    add("a10", "failed", 2000, "2024-05-11T00:00:00Z", "2024-05-25T00:00:00Z");
    // Another currency.
    Stored eur;
    eur.externalId = QStringLiteral("a11");
    eur.currency = QStringLiteral("EUR");
    eur.amount = qlonglong(4000);
    eur.donatedAt = "2024-05-15T00:00:00Z";
    eur.recordDate = "2024-05-29T00:00:00Z";
    insert(eur);
    // Outside the period.
    add("a14", "paid", 100000, "2024-06-02T00:00:00Z", "2024-06-02T00:00:00Z");
    add("a0", "paid", 100000, "2024-04-30T23:59:59.999Z", "2024-04-30T23:59:59.999Z");
    // Another widget.
    Stored b;
    b.endpoint = QStringLiteral("Widget B");
    b.externalId = QStringLiteral("b1");
    b.amount = qlonglong(700);
    b.donatedAt = "2024-05-10T00:00:00Z";
    insert(b);
    // A test event and a commitment: never in the figures.
    Stored t;
    t.externalId = QStringLiteral("test-1");
    t.amount = qlonglong(100);
    t.isTest = true;
    insert(t);
    Stored pledge;
    pledge.externalId = QStringLiteral("pledge-1");
    pledge.kind = QStringLiteral("pledge");
    pledge.amount = qlonglong(99900);
    insert(pledge);
}

Query ReconciliationTest::may(const char *asOf) const
{
    Query q;
    q.endpointIds = {m_endpoints.value(QStringLiteral("Widget A"))};
    q.from = at("2024-05-01T00:00:00Z");
    q.to = at("2024-06-01T00:00:00Z");
    q.asOf = at(asOf);
    return q;
}

void ReconciliationTest::emptyDatabase()
{
    Query q;
    q.asOf = at("2024-06-01T00:00:00Z");
    const Report r = compute(m_db->db(), q);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.currencies.isEmpty());
    QVERIFY(r.schedule.isEmpty());
}

void ReconciliationTest::figuresAsOf_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QStringList>("expected");

    // After the period and every May record date but a2's (June 3): a4's refund, a6's partial
    // refund and a8's cancellation are adjustments; a5 is actualised net of its earlier partial
    // refund.
    QTest::newRow("June 1") << "2024-06-01T00:00:00Z"
                            << QStringList {
                                   QStringLiteral("EUR pre 0/0.00 (refunded 0.00) post 1/40.00 "
                                                  "reversed 0/0.00 adj 0/0.00 net 40.00"),
                                   QStringLiteral("USD pre 1/100.00 (refunded 0.00) post 5/210.00 "
                                                  "reversed 2/75.00 adj 3/55.00 net 155.00"),
                               };
    // a1, a2, a5 (net of the 30.00 refunded on May 10) still wait; a4 is actualised and its
    // refund (May 25) has not happened yet; a6's partial refund of May 20 has; a7 is not made.
    QTest::newRow("May 21") << "2024-05-21T00:00:00Z"
                            << QStringList {
                                   QStringLiteral("EUR pre 1/40.00 (refunded 0.00) post 0/0.00 "
                                                  "reversed 0/0.00 adj 0/0.00 net 0.00"),
                                   QStringLiteral("USD pre 3/175.00 (refunded 30.00) post 3/135.00 "
                                                  "reversed 1/60.00 adj 2/15.00 net 120.00"),
                               };
    // The record date itself is post-record (a1's record date is May 24, 00:00).
    QTest::newRow("a1's record date")
        << "2024-05-24T00:00:00Z"
        << QStringList {
               QStringLiteral("EUR pre 1/40.00 (refunded 0.00) post 0/0.00 reversed 0/0.00 adj "
                              "0/0.00 net 0.00"),
               QStringLiteral("USD pre 1/100.00 (refunded 0.00) post 5/210.00 reversed 1/60.00 adj "
                              "2/15.00 net 195.00"),
           };
    QTest::newRow("a millisecond before")
        << "2024-05-23T23:59:59.999Z"
        << QStringList {
               QStringLiteral("EUR pre 1/40.00 (refunded 0.00) post 0/0.00 reversed 0/0.00 adj "
                              "0/0.00 net 0.00"),
               QStringLiteral("USD pre 2/125.00 (refunded 0.00) post 4/185.00 reversed 1/60.00 adj "
                              "2/15.00 net 170.00"),
           };
    // Early: a5's partial refund (May 10) and a6's (May 20) have not happened; a4 waits for its
    // record date; a8 is actualised and canceled.
    QTest::newRow("May 9, noon") << "2024-05-09T12:00:00Z"
                                 << QStringList {
                                        QStringLiteral(
                                            "USD pre 3/210.00 (refunded 0.00) post 1/5.00 reversed "
                                            "0/0.00 adj 1/5.00 net 0.00"),
                                    };
    // a7 was made but not yet voided: pre-record until May 26.
    QTest::newRow("May 25, noon")
        << "2024-05-25T12:00:00Z"
        << QStringList {
               QStringLiteral("EUR pre 1/40.00 (refunded 0.00) post 0/0.00 reversed 0/0.00 adj "
                              "0/0.00 net 0.00"),
               QStringLiteral("USD pre 2/115.00 (refunded 0.00) post 5/210.00 reversed 1/60.00 adj "
                              "3/55.00 net 155.00"),
           };
    QTest::newRow("before everything") << "2024-04-01T00:00:00Z" << QStringList();
}

void ReconciliationTest::figuresAsOf()
{
    QFETCH(QString, asOf);
    QFETCH(QStringList, expected);
    seedMay();
    const Report r = compute(m_db->db(), may(asOf.toLatin1().constData()));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(describe(r), expected);
}

void ReconciliationTest::scheduleByRecordDate()
{
    seedMay();
    Report r = compute(m_db->db(), may("2024-05-21T00:00:00Z"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(describe(r.schedule),
        (QStringList {
            QStringLiteral("2024-05-22 USD 1 50.00"), // a5, net of its refund
            QStringLiteral("2024-05-24 USD 1 25.00"),
            QStringLiteral("2024-05-29 EUR 1 40.00"),
            QStringLiteral("2024-06-03 USD 1 100.00"),
        }));
    // Pre-record totals and the schedule agree.
    Int128 usd = 0;
    for (const ScheduleEntry &e : r.schedule)
        usd += e.currency == u"USD" ? e.total : 0;
    QCOMPARE(money(usd, QStringLiteral("USD")),
        money(r.currencies.last().preRecordTotal, QStringLiteral("USD")));

    r = compute(m_db->db(), may("2024-06-01T00:00:00Z"));
    QCOMPARE(describe(r.schedule), QStringList {QStringLiteral("2024-06-03 USD 1 100.00")});
}

void ReconciliationTest::scheduleInLocalDays()
{
    // Record dates fall on local days: 02:00 UTC on May 24 is May 23 in New York, and two
    // record dates three hours apart in UTC are on one local day or two.
    LocalZone zone("America/New_York");
    auto add = [this](const char *id, qlonglong amount, const char *record) {
        Stored s;
        s.externalId = QLatin1String(id);
        s.amount = amount;
        s.donatedAt = "2024-05-10T12:00:00Z";
        s.recordDate = record;
        insert(s);
    };
    add("late", 100, "2024-05-24T02:00:00Z"); // May 23, 22:00 EDT
    add("evening", 200, "2024-05-23T23:00:00Z"); // May 23, 19:00 EDT
    add("morning", 400, "2024-05-24T05:00:00Z"); // May 24, 01:00 EDT
    add("boundary", 800, "2024-05-24T04:00:00Z"); // May 24, 00:00 EDT: the new day
    Query q = may("2024-05-20T00:00:00Z");
    q.from = QDate(2024, 5, 1).startOfDay();
    q.to = QDate(2024, 6, 1).startOfDay();
    const Report r = compute(m_db->db(), q);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(describe(r.schedule),
        (QStringList {
            QStringLiteral("2024-05-23 USD 2 3.00"),
            QStringLiteral("2024-05-24 USD 2 12.00"),
        }));
    // And a day's rows are that local day's.
    const auto ids =
        donationIds(m_db->db(), q, Figure::PreRecord, QStringLiteral("USD"), QDate(2024, 5, 24));
    QVERIFY(ids);
    QCOMPARE(*ids, (QList<qint64> {id(QStringLiteral("morning")), id(QStringLiteral("boundary"))}));
}

void ReconciliationTest::allEndpointsAndPeriod()
{
    seedMay();
    Query q = may("2024-06-01T00:00:00Z");
    q.endpointIds.clear();
    Report r = compute(m_db->db(), q);
    // Widget B's 7.00 joins the post-record USD.
    QCOMPARE(describe(r).last(),
        QStringLiteral("USD pre 1/100.00 (refunded 0.00) post 6/217.00 reversed 2/75.00 adj "
                       "3/55.00 net 162.00"));
    // Both widgets named: the same.
    q.endpointIds = {m_endpoints.value(QStringLiteral("Widget A")),
        m_endpoints.value(QStringLiteral("Widget B"))};
    QCOMPARE(describe(compute(m_db->db(), q)), describe(r));

    // The period is [from, to): a0 (a millisecond before May) and a14 (June 2) stay out until
    // the period takes them in.
    q.from = at("2024-04-30T23:59:59.999Z");
    q.to = at("2024-06-02T00:00:00.001Z");
    q.asOf = at("2024-06-03T00:00:00Z");
    r = compute(m_db->db(), q);
    QCOMPARE(r.currencies.last().postRecordCount, qint64(9)); // a0, a1, a2, a4, a5, a6, a8, a14, b1
    // Open ends.
    q.from = QDateTime();
    q.to = QDateTime();
    QCOMPARE(describe(compute(m_db->db(), q)), describe(r));
}

void ReconciliationTest::exactBeyond64Bits()
{
    // ETH has 18 decimals: 12.345678901234567890 ETH is 12345678901234567890 units, beyond
    // 64 bits (stored as text); with 9 ETH the total is 21.345678901234567890.
    Stored big;
    big.externalId = QStringLiteral("eth-1");
    big.currency = QStringLiteral("ETH");
    big.amount = QStringLiteral("12345678901234567890");
    big.donatedAt = "2024-05-03T00:00:00Z";
    big.recordDate = "2024-05-10T00:00:00Z";
    insert(big);
    Stored nine = big;
    nine.externalId = QStringLiteral("eth-2");
    nine.amount = qlonglong(9000000000000000000LL);
    insert(nine);
    Stored refunded = big;
    refunded.externalId = QStringLiteral("eth-3");
    refunded.status = QStringLiteral("partially_refunded");
    refunded.amount = QStringLiteral("20000000000000000000"); // 20 ETH
    refunded.refunded = QStringLiteral("10000000000000000001"); // after the record date
    refunded.statusAt = "2024-05-20T00:00:00Z";
    insert(refunded);
    endpointId(QStringLiteral("Widget A"));

    Report r = compute(m_db->db(), may("2024-05-09T00:00:00Z"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(describe(r),
        QStringList {QStringLiteral("ETH pre 3/41.345678901234567890 (refunded "
                                    "0.000000000000000000) post 0/0.000000000000000000 "
                                    "reversed 0/0.000000000000000000 adj 0/0.000000000000000000 "
                                    "net 0.000000000000000000")});
    r = compute(m_db->db(), may("2024-06-01T00:00:00Z"));
    QCOMPARE(describe(r),
        QStringList {QStringLiteral("ETH pre 0/0.000000000000000000 (refunded "
                                    "0.000000000000000000) post 3/41.345678901234567890 "
                                    "reversed 0/0.000000000000000000 adj 1/10.000000000000000001 "
                                    "net 31.345678901234567889")});
}

void ReconciliationTest::rowsBehindEachFigure_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expectedIds"); // external ids, oldest donation first

    QTest::newRow("pre") << "2024-06-01T00:00:00Z"
                         << "pre-record"
                         << "USD"
                         << "a2";
    QTest::newRow("post") << "2024-06-01T00:00:00Z"
                          << "post-record"
                          << "USD"
                          << "a8 a6 a4 a5 a1";
    QTest::newRow("reversed") << "2024-06-01T00:00:00Z"
                              << "reversed"
                              << "USD"
                              << "a3 a7";
    QTest::newRow("adjustments") << "2024-06-01T00:00:00Z"
                                 << "adjustments"
                                 << "USD"
                                 << "a8 a6 a4";
    QTest::newRow("adjustments May 21") << "2024-05-21T00:00:00Z"
                                        << "adjustments"
                                        << "USD"
                                        << "a8 a6";
    QTest::newRow("pre May 21") << "2024-05-21T00:00:00Z"
                                << "pre-record"
                                << "USD"
                                << "a5 a1 a2";
    QTest::newRow("EUR") << "2024-05-21T00:00:00Z"
                         << "pre-record"
                         << "EUR"
                         << "a11";
    QTest::newRow("none in GBP") << "2024-05-21T00:00:00Z"
                                 << "pre-record"
                                 << "GBP"
                                 << "";
}

void ReconciliationTest::rowsBehindEachFigure()
{
    QFETCH(QString, asOf);
    QFETCH(QString, figure);
    QFETCH(QString, currency);
    QFETCH(QString, expectedIds);
    const QStringList expected = expectedIds.split(u' ', Qt::SkipEmptyParts);
    seedMay();
    const auto f = figureFromName(figure);
    QVERIFY(f);
    const Query q = may(asOf.toLatin1().constData());
    const Rows rows = Reconciliation::rows(m_db->db(), q, *f, currency);
    QVERIFY2(rows.error.isEmpty(), qPrintable(rows.error));
    QStringList got;
    for (const Row &r : rows.rows)
        got << r.externalId;
    QCOMPARE(got, expected);
    QCOMPARE(rows.total, qint64(expected.size()));

    const auto ids = donationIds(m_db->db(), q, *f, currency);
    QVERIFY(ids);
    QList<qint64> want;
    for (const QString &e : expected)
        want << id(e);
    QCOMPARE(*ids, want);
}

void ReconciliationTest::rowsAddUpToTheFigures_data()
{
    QTest::addColumn<QString>("asOf");
    for (const char *t : {"2024-05-01T00:00:00Z", "2024-05-09T12:00:00Z", "2024-05-16T00:00:00Z",
             "2024-05-21T00:00:00Z", "2024-05-25T12:00:00Z", "2024-06-01T00:00:00Z",
             "2025-01-01T00:00:00Z"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void ReconciliationTest::rowsAddUpToTheFigures()
{
    // Each row's part, computed in C++, adds up to the figure SQL computed.
    QFETCH(QString, asOf);
    seedMay();
    const Query q = may(asOf.toLatin1().constData());
    const Report r = compute(m_db->db(), q);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    for (const CurrencyFigures &f : r.currencies) {
        const std::pair<Figure, std::pair<qint64, Int128>> figures[] = {
            {Figure::PreRecord, {f.preRecordCount, f.preRecordTotal}},
            {Figure::PostRecord, {f.postRecordCount, f.postRecordTotal}},
            {Figure::Reversed, {f.reversedCount, f.reversedTotal}},
            {Figure::Adjustments, {f.adjustmentCount, f.adjustmentTotal}},
        };
        for (const auto &[figure, expected] : figures) {
            const Rows rows = Reconciliation::rows(m_db->db(), q, figure, f.currency);
            Int128 sum = 0;
            for (const Row &row : rows.rows)
                sum += row.counted;
            const QString what = figureName(figure) + u' ' + f.currency;
            QVERIFY2(rows.total == expected.first, qPrintable(what));
            QVERIFY2(sum == expected.second,
                qPrintable(what + u' ' + money(sum, f.currency) + QStringLiteral(" != ")
                    + money(expected.second, f.currency)));
        }
    }
}

void ReconciliationTest::rowsLimited()
{
    seedMay();
    const Query q = may("2024-06-01T00:00:00Z");
    Rows rows =
        Reconciliation::rows(m_db->db(), q, Figure::PostRecord, QStringLiteral("USD"), {}, 2);
    QCOMPARE(rows.rows.size(), 2);
    QCOMPARE(rows.total, qint64(5));
    QCOMPARE(rows.rows.first().externalId, QStringLiteral("a8"));
    rows = Reconciliation::rows(m_db->db(), q, Figure::PostRecord, QStringLiteral("USD"), {}, 0);
    QCOMPARE(rows.rows.size(), 0);
    QCOMPARE(rows.total, qint64(5));

    // What a row carries.
    rows = Reconciliation::rows(m_db->db(), q, Figure::Adjustments, QStringLiteral("USD"));
    QCOMPARE(rows.rows.size(), 3);
    const Row &a6 = rows.rows.at(1);
    QCOMPARE(a6.externalId, QStringLiteral("a6"));
    QCOMPARE(a6.endpointName, QStringLiteral("Widget A"));
    QCOMPARE(a6.status, QStringLiteral("partially_refunded"));
    QCOMPARE(a6.recordState, QStringLiteral("post-record"));
    QCOMPARE(StorageTest::units(a6.amount), QStringLiteral("9000"));
    QCOMPARE(StorageTest::units(a6.refunded), QStringLiteral("1000"));
    QCOMPARE(StorageTest::units(a6.counted), QStringLiteral("1000"));
    QCOMPARE(StorageTest::utc(a6.recordDate), QStringLiteral("2024-05-16T00:00:00Z"));
    QCOMPARE(StorageTest::utc(a6.donatedAt), QStringLiteral("2024-05-02T00:00:00Z"));
    QCOMPARE(StorageTest::units(rows.rows.at(0).counted),
        QStringLiteral("500")); // a8: canceled, in full
}

void ReconciliationTest::exportFilterMatchesTheFigures()
{
    // The export's filter keeps exactly the rows behind the figures.
    seedMay();
    for (const char *asOf :
        {"2024-05-09T12:00:00Z", "2024-05-21T00:00:00Z", "2024-06-01T00:00:00Z"}) {
        const Query q = may(asOf);
        const Report r = compute(m_db->db(), q);
        qint64 counted = 0;
        for (const CurrencyFigures &f : r.currencies)
            counted += f.preRecordCount + f.postRecordCount + f.reversedCount;
        const DonationQuery::Where w = DonationQuery::where(filter(q, true), q.asOf);
        const QVariant n = StorageTest::scalar(m_db->db(),
            QStringLiteral(
                "SELECT count(*) FROM donations d JOIN endpoints e ON e.id = d.endpoint_id WHERE ")
                + w.sql,
            w.binds);
        QCOMPARE(n.toLongLong(), counted);
    }
    const DonationFilter f = filter(may("2024-06-01T00:00:00Z"), false);
    QVERIFY(f.recordStates.isEmpty());
    QCOMPARE(f.kinds, QStringList {QStringLiteral("donation")});
    QCOMPARE(f.fromTime, at("2024-05-01T00:00:00Z"));
    QCOMPARE(f.toTime, at("2024-06-01T00:00:00Z"));
    QVERIFY(!f.includeTests);
}

void ReconciliationTest::processedWebhooks()
{
    // Real native-format requests through the processor, endpoint record delay 14 days.
    EndpointConfig e = StorageTest::endpoint(
        QStringLiteral("Appeal"), QStringLiteral("changeup"), {}, RecordPolicy::delay(14));
    const qint64 endpoint = StorageTest::addEndpoint(m_db->db(), e);
    auto deliver = [&](const char *json, const char *receivedAt) {
        StorageTest::insertInbox(m_db->db(), endpoint, QByteArray(json), {}, at(receivedAt));
    };
    // Paid May 1 (record May 15), refunded May 20: an adjustment.
    deliver(
        R"({"transactionId":"t1","amount":"25.00","currency":"USD","transactionOrderDate":"2024-05-01T10:00:00Z"})",
        "2024-05-01T10:00:01Z");
    deliver(
        R"({"transactionId":"t1","amount":"25.00","currency":"USD","transactionOrderDate":"2024-05-01T10:00:00Z",)"
        R"("status":"refunded","refundedAt":"2024-05-20T00:00:00Z"})",
        "2024-05-20T00:00:01Z");
    // Paid May 2 (record May 16), 20.00 of it refunded May 3: 30.00 is actualised.
    deliver(
        R"({"transactionId":"t2","amount":"50.00","currency":"USD","transactionOrderDate":"2024-05-02T10:00:00Z"})",
        "2024-05-02T10:00:01Z");
    deliver(
        R"({"transactionId":"t2","amount":"50.00","currency":"USD","transactionOrderDate":"2024-05-02T10:00:00Z",)"
        R"("status":"partially_refunded","refundedAmount":"20.00","updatedAt":"2024-05-03T00:00:00Z"})",
        "2024-05-03T00:00:01Z");
    // Paid May 3, canceled May 4: reversed.
    deliver(
        R"({"transactionId":"t3","amount":"10.00","currency":"USD","transactionOrderDate":"2024-05-03T10:00:00Z"})",
        "2024-05-03T10:00:01Z");
    deliver(
        R"({"transactionId":"t3","amount":"10.00","currency":"USD","transactionOrderDate":"2024-05-03T10:00:00Z",)"
        R"("status":"cancelled","cancelledAt":"2024-05-04T00:00:00Z"})",
        "2024-05-04T00:00:01Z");
    // An 18-decimal token, beyond 64 bits, record date overridden to 30 days.
    deliver(R"({"transactionId":"t4","amount":"18.446744073709551616","currency":"ETH",)"
            R"("transactionOrderDate":"2024-05-05T00:00:00Z","delayReportBy":30})",
        "2024-05-05T00:00:01Z");
    // Pending: never counted.
    deliver(
        R"({"transactionId":"t5","amount":"99.00","currency":"USD","transactionOrderDate":"2024-05-06T00:00:00Z","status":"pending"})",
        "2024-05-06T00:00:01Z");
    const auto summary = DonationProcessor(m_db->db()).processPending(100);
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.dead, 0);

    Query q;
    q.endpointIds = {endpoint};
    q.from = at("2024-05-01T00:00:00Z");
    q.to = at("2024-06-01T00:00:00Z");
    q.asOf = at("2024-06-01T00:00:00Z");
    Report r = compute(m_db->db(), q);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(describe(r),
        (QStringList {
            QStringLiteral("ETH pre 1/18.446744073709551616 (refunded 0.000000000000000000) post "
                           "0/0.000000000000000000 "
                           "reversed 0/0.000000000000000000 adj 0/0.000000000000000000 net "
                           "0.000000000000000000"),
            QStringLiteral("USD pre 0/0.00 (refunded 0.00) post 2/55.00 reversed 1/10.00 adj "
                           "1/25.00 net 30.00"),
        }));
    QCOMPARE(describe(r.schedule),
        QStringList {QStringLiteral("2024-06-04 ETH 1 18.446744073709551616")});

    // Before t1's refund and t2's record date.
    q.asOf = at("2024-05-10T00:00:00Z");
    r = compute(m_db->db(), q);
    QCOMPARE(describe(r).last(),
        QStringLiteral(
            "USD pre 2/55.00 (refunded 20.00) post 0/0.00 reversed 1/10.00 adj 0/0.00 net 0.00"));
    // Between t1's record date (May 15) and its refund (May 20).
    q.asOf = at("2024-05-17T00:00:00Z");
    r = compute(m_db->db(), q);
    QCOMPARE(describe(r).last(),
        QStringLiteral(
            "USD pre 0/0.00 (refunded 0.00) post 2/55.00 reversed 1/10.00 adj 0/0.00 net 55.00"));
}

void ReconciliationTest::figureNames()
{
    for (Figure f : {Figure::PreRecord, Figure::PostRecord, Figure::Reversed, Figure::Adjustments})
        QCOMPARE(figureFromName(figureName(f)), std::optional<Figure>(f));
    QCOMPARE(figureFromName(u"net"), std::optional<Figure>());
}

QTEST_GUILESS_MAIN(ReconciliationTest)
#include "tst_reconciliation.moc"
