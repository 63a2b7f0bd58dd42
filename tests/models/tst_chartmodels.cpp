#include "charts/donationcharts.h"
#include "donations/donationfilterobject.h"
#include "reconciliationtestdb.h"
#include "storage/backgrounddatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtTest>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;

// The Charts view's data object: loads from a real database off the UI thread, follows a
// DonationFilter object, and fills QtCharts series with bounded, exact-then-plotted values.
class ChartModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void currencyModel();
    void loadsAndFollowsTheFilter();
    void fillsSeries();
    void oneLoadAtATime();
    void tooltips();
    void niceCeiling_data();
    void niceCeiling();

private:
    bool settle(DonationCharts &charts);

    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, qint64> m_endpoints;
    std::unique_ptr<BackgroundDatabase> m_database;
    int m_databases = 0;
};

void ChartModelsTest::initTestCase()
{
    // The expected figures are written for local days in UTC (the data's dates are UTC).
    qputenv("TZ", "UTC");
    tzset();
}

void ChartModelsTest::init()
{
    m_path = m_dir.filePath(u"charts-%1.sqlite"_s.arg(++m_databases));
    m_endpoints = ReconciliationTestDb::create(m_path);
    m_database = std::make_unique<BackgroundDatabase>(m_path);
}

void ChartModelsTest::cleanup()
{
    m_database.reset();
}

bool ChartModelsTest::settle(DonationCharts &charts)
{
    return QTest::qWaitFor([&] { return charts.isReady() && !charts.isLoading(); }, 10000)
        && QTest::qWaitFor(
            [&] {
                QTest::qWait(250);
                return !charts.isLoading();
            },
            10000);
}

void ChartModelsTest::currencyModel()
{
    ChartCurrencyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    ChartQueries::CurrencySeries usd;
    usd.currency = u"USD"_s;
    usd.total = {3, 12500, 500};
    ChartQueries::CurrencySeries eth;
    eth.currency = u"ETH"_s;
    eth.total = {1, Int128(1) << 70, 0};
    model.setSeries({usd, eth});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.get(0).value(u"kept"_s).toString(), u"125.00"_s);
    QCOMPARE(model.get(0).value(u"returned"_s).toString(), u"5.00"_s);
    QCOMPARE(model.get(1).value(u"kept"_s).toString(), u"1180.591620717411303424"_s);
    QCOMPARE(model.indexOf(u"ETH"_s), 1);
    // Same currencies: in place.
    usd.total.count = 4;
    model.setSeries({usd, eth});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.get(0).value(u"count"_s).toLongLong(), qint64(4));
    model.setSeries({eth});
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 1);
    model.setSeries({});
    QCOMPARE(model.rowCount(), 0);
}

void ChartModelsTest::loadsAndFollowsTheFilter()
{
    DonationFilterObject filter;
    filter.setRange(u"custom"_s);
    filter.setFromDate(QDate(2024, 5, 1));
    filter.setToDate(QDate(2024, 5, 31));
    DonationCharts charts;
    QAbstractItemModelTester tester(
        charts.currencies(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    charts.setDatabase(m_database.get());
    charts.setFilter(&filter);
    QVERIFY(settle(charts));
    QVERIFY2(charts.error().isEmpty(), qPrintable(charts.error()));
    QCOMPARE(charts.count(), qint64(7));
    QCOMPARE(charts.bucket(), u"day"_s);
    QCOMPARE(charts.bucketCount(), 31);
    QCOMPARE(charts.rangeStart(), QDate(2024, 5, 1).startOfDay());
    QCOMPARE(charts.rangeEnd(), QDate(2024, 6, 1).startOfDay());
    QCOMPARE(charts.currencies()->rowCount(), 2);
    QCOMPARE(charts.currency(), u"USD"_s); // most donations
    QCOMPARE(charts.currencies()->get(0).value(u"kept"_s).toString(), u"132.00"_s); // r1, r2, r6
    QCOMPARE(charts.currencies()->get(0).value(u"returned"_s).toString(), u"100.00"_s); // r3, r4
    QCOMPARE(charts.providerLabels(), QStringList {u"changeup"_s});
    QCOMPARE(charts.providerCounts(), QVariantList {7});
    QCOMPARE(charts.endpointLabels(), (QStringList {u"Widget A"_s, u"Widget B"_s}));
    QCOMPARE(charts.endpointCounts(), (QVariantList {6, 1}));
    QCOMPARE(charts.statusKeys(), (QStringList {u"paid"_s, u"refunded"_s, u"pending"_s}));
    QCOMPARE(charts.countMax(), 7.0);

    // A choice of currency sticks across reloads.
    QSignalSpy currency(&charts, &DonationCharts::currencyChanged);
    charts.setCurrency(u"EUR"_s);
    QCOMPARE(currency.size(), 1);
    charts.setCurrency(u"GBP"_s); // not charted: ignored
    QCOMPARE(charts.currency(), u"EUR"_s);

    // The filter changes: the charts follow.
    filter.setEndpointIds({m_endpoints.value(u"Widget B"_s)});
    QVERIFY(settle(charts));
    QCOMPARE(charts.count(), qint64(1));
    QCOMPARE(charts.currency(), u"USD"_s); // EUR is gone
    QCOMPARE(charts.endpointLabels(), QStringList {u"Widget B"_s});
    filter.clear();
    filter.setStatuses({u"paid"_s});
    QVERIFY(settle(charts));
    QCOMPARE(charts.count(), qint64(4));
    // No date range: the months the data spans (May only, 31 days: days).
    QCOMPARE(charts.bucket(), u"day"_s);
    QCOMPARE(charts.rangeStart(), QDate(2024, 5, 10).startOfDay());
    filter.setSearch(u"nobody at all"_s);
    QVERIFY(settle(charts));
    QCOMPARE(charts.count(), qint64(0));
    QCOMPARE(charts.currencies()->rowCount(), 0);
    QVERIFY(charts.currency().isEmpty());
}

void ChartModelsTest::fillsSeries()
{
    DonationFilterObject filter;
    filter.setRange(u"custom"_s);
    filter.setFromDate(QDate(2024, 5, 1));
    filter.setToDate(QDate(2024, 5, 31));
    DonationCharts charts;
    charts.setDatabase(m_database.get());
    charts.setFilter(&filter);
    QVERIFY(settle(charts));

    QLineSeries kept, base, top, pre, post;
    charts.fillTotals(&kept, &base, &top);
    // USD money on May 5 (r4, returned), 10 (r1, r6), 12 (r3, returned), 20 (r2): four bars of
    // four points each.
    QCOMPARE(kept.count(), 16);
    QCOMPARE(base.count(), 16);
    QCOMPARE(top.count(), 16);
    const double may10 = double(QDate(2024, 5, 10).startOfDay().toMSecsSinceEpoch());
    const double may11 = double(QDate(2024, 5, 11).startOfDay().toMSecsSinceEpoch());
    // The second bar: May 10, 32.00 kept, nothing returned; inside the day.
    QVERIFY(kept.at(5).x() > may10 && kept.at(6).x() < may11);
    QCOMPARE(kept.at(5).y(), 32.0);
    QCOMPARE(top.at(5).y(), 32.0);
    // May 5: nothing kept, 40.00 returned on top.
    QCOMPARE(kept.at(1).y(), 0.0);
    QCOMPARE(top.at(1).y(), 40.0);
    QCOMPARE(charts.totalsMax(), 100.0);

    charts.fillRecordStates(&pre, &post);
    QCOMPARE(pre.count(), 31); // every day of May has begun
    QCOMPARE(post.count(), 31);
    // At the end of May: r2 pre-record (100.00); r1, r4, r6 post-record (72.00).
    QCOMPARE(pre.at(30).y(), 100.0);
    QCOMPARE(post.at(30).y(), 72.0);

    QPieSeries pie;
    charts.fillStatuses(&pie);
    QCOMPARE(pie.count(), 3);
    QCOMPARE(pie.slices().at(0)->label(), u"paid"_s);
    QCOMPARE(pie.slices().at(0)->value(), 4.0);
    charts.fillStatuses(&pie); // again: replaced, not appended
    QCOMPARE(pie.count(), 3);

    // Another currency, other points; a series of the wrong kind is left alone.
    charts.setCurrency(u"EUR"_s);
    charts.fillTotals(&kept, &pie, &top);
    QCOMPARE(kept.count(), 4);
    QCOMPARE(kept.at(1).y(), 40.0);
    QCOMPARE(pie.count(), 3);
}

void ChartModelsTest::oneLoadAtATime()
{
    DonationFilterObject filter;
    DonationCharts charts;
    charts.setDatabase(m_database.get());
    charts.setFilter(&filter);
    QVERIFY(settle(charts));
    QSignalSpy loaded(&charts, &DonationCharts::loaded);
    charts.reload(); // in flight
    filter.setStatuses({u"pending"_s}); // the result in flight is of the old filter now
    charts.reload(); // waits for the one in flight
    QVERIFY(charts.isLoading());
    QVERIFY(settle(charts));
    // The stale result was dropped, and the requests made one load, with the new filter.
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(charts.count(), qint64(1));
}

void ChartModelsTest::tooltips()
{
    DonationFilterObject filter;
    filter.setRange(u"custom"_s);
    filter.setFromDate(QDate(2024, 5, 1));
    filter.setToDate(QDate(2024, 5, 31));
    DonationCharts charts;
    charts.setDatabase(m_database.get());
    charts.setFilter(&filter);
    QVERIFY(settle(charts));
    const QVariantMap b =
        charts.bucketAt(double(QDateTime(QDate(2024, 5, 10), QTime(15, 0)).toMSecsSinceEpoch()));
    QCOMPARE(b.value(u"count"_s).toLongLong(), qint64(2));
    QCOMPARE(b.value(u"kept"_s).toString(), u"32.00"_s);
    QCOMPARE(b.value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(b.value(u"start"_s).toDateTime(), QDate(2024, 5, 10).startOfDay());
    QVERIFY(charts.bucketAt(0).isEmpty());
    const QVariantMap e = charts.sliceAt(u"endpoints"_s, 0);
    QCOMPARE(e.value(u"label"_s).toString(), u"Widget A"_s);
    QCOMPARE(e.value(u"count"_s).toLongLong(), qint64(6));
    const QVariantList keptPerCurrency = e.value(u"kept"_s).toList();
    QCOMPARE(keptPerCurrency.size(), 2);
    QCOMPARE(keptPerCurrency.at(0).toMap().value(u"amount"_s).toString(), u"40.00"_s);
    QCOMPARE(keptPerCurrency.at(1).toMap().value(u"amount"_s).toString(), u"125.00"_s);
    QVERIFY(charts.sliceAt(u"endpoints"_s, 9).isEmpty());
    QVERIFY(charts.sliceAt(u"planets"_s, 0).isEmpty());
}

void ChartModelsTest::niceCeiling_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("ceiling");
    QTest::newRow("zero") << 0.0 << 1.0;
    QTest::newRow("exact") << 100.0 << 100.0;
    QTest::newRow("just above") << 101.0 << 200.0;
    QTest::newRow("2.5") << 230.0 << 250.0;
    QTest::newRow("5") << 4100.0 << 5000.0;
    QTest::newRow("small") << 0.00046 << 0.0005;
}

void ChartModelsTest::niceCeiling()
{
    QFETCH(double, value);
    QFETCH(double, ceiling);
    QCOMPARE(DonationCharts::niceCeiling(value), ceiling);
}

QTEST_MAIN(ChartModelsTest)
#include "tst_chartmodels.moc"
