#include "donations/donationfilterobject.h"
#include "export/exportjob.h"
#include "reconciliation/reconciliationreport.h"
#include "reconciliationtestdb.h"
#include "storage/backgrounddatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using Reconciliation::CurrencyFigures;
using Reconciliation::ScheduleEntry;

namespace {

CurrencyFigures figures(const QString &currency, qint64 pre, Int128 preTotal)
{
    CurrencyFigures f;
    f.currency = currency;
    f.preRecordCount = pre;
    f.preRecordTotal = preTotal;
    return f;
}

} // namespace

// The Reconciliation view's models (each under QAbstractItemModelTester) and its controller,
// which loads them off the UI thread from a real database.
class ReconciliationModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void figuresModel();
    void scheduleModel();
    void rowsModel();
    void reportLoads();
    void rowsBehindAFigure();
    void endpointAndPeriod();
    void asOfMoves();
    void invalidCustomPeriod();
    void oneLoadAtATime();
    void exportWritesWhatTheViewCounts();

private:
    // Waits until the report has loaded with its current settings.
    bool settle(ReconciliationReport &report);

    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, qint64> m_endpoints;
    std::unique_ptr<BackgroundDatabase> m_database;
    int m_databases = 0;
};

void ReconciliationModelsTest::initTestCase()
{
    // The expected figures are written for local days in UTC (the data's dates are UTC).
    qputenv("TZ", "UTC");
    tzset();
}

void ReconciliationModelsTest::init()
{
    m_path = m_dir.filePath(u"reconciliation-%1.sqlite"_s.arg(++m_databases));
    m_endpoints = ReconciliationTestDb::create(m_path);
    m_database = std::make_unique<BackgroundDatabase>(m_path);
}

void ReconciliationModelsTest::cleanup()
{
    m_database.reset();
}

bool ReconciliationModelsTest::settle(ReconciliationReport &report)
{
    // The debounce timer first, then the load it starts.
    return QTest::qWaitFor([&] { return report.isReady() && !report.isLoading(); }, 10000)
        && QTest::qWaitFor(
            [&] {
                QTest::qWait(200);
                return !report.isLoading();
            },
            10000);
}

void ReconciliationModelsTest::figuresModel()
{
    ReconciliationFiguresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    model.setFigures({figures(u"EUR"_s, 1, 4000), figures(u"USD"_s, 2, 12500)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.get(1).value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(model.get(1).value(u"preRecordTotal"_s).toString(), u"125.00"_s);
    QCOMPARE(model.get(1).value(u"preRecordCount"_s).toLongLong(), qint64(2));
    QCOMPARE(model.get(0).value(u"netActualised"_s).toString(), u"0.00"_s);
    QCOMPARE(model.indexOf(u"USD"_s), 1);
    QCOMPARE(model.indexOf(u"GBP"_s), -1);
    QVERIFY(model.get(5).isEmpty());

    // The same currencies: changed rows only, in place.
    model.setFigures({figures(u"EUR"_s, 1, 4000), figures(u"USD"_s, 3, 13000)});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.data(model.index(1), ReconciliationFiguresModel::PreRecordTotalRole).toString(),
        u"130.00"_s);

    // Other currencies: a reset. An 18-decimal total beyond 64 bits stays exact.
    Int128 big = Int128(1) << 70;
    model.setFigures({figures(u"ETH"_s, 1, big)});
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.get(0).value(u"preRecordTotal"_s).toString(), u"1180.591620717411303424"_s);
    model.setFigures({});
    QCOMPARE(model.rowCount(), 0);
}

void ReconciliationModelsTest::scheduleModel()
{
    ReconciliationScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(
        {{QDate(2024, 6, 3), u"USD"_s, 2, 10050}, {QDate(2024, 6, 4), u"BTC"_s, 1, 120000}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.get(0).value(u"day"_s).toString(), u"2024-06-03"_s);
    QCOMPARE(model.get(0).value(u"total"_s).toString(), u"100.50"_s);
    QCOMPARE(model.get(1).value(u"total"_s).toString(), u"0.00120000"_s);
    QCOMPARE(model.get(0).value(u"dayStart"_s).toDateTime(), QDate(2024, 6, 3).startOfDay());
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void ReconciliationModelsTest::rowsModel()
{
    ReconciliationRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Reconciliation::Row r;
    r.id = 7;
    r.donorName = u"Ada"_s;
    r.currency = u"USD"_s;
    r.amount = 8000;
    r.refunded = 3000;
    r.counted = 5000;
    r.status = u"partially_refunded"_s;
    model.setRows({r, r});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.get(0).value(u"amount"_s).toString(), u"80.00"_s);
    QCOMPARE(model.get(0).value(u"counted"_s).toString(), u"50.00"_s);
    QCOMPARE(model.get(0).value(u"refunded"_s).toString(), u"30.00"_s);
    r.amount.reset();
    model.setRows({r});
    QCOMPARE(model.get(0).value(u"amount"_s).toString(), QString());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void ReconciliationModelsTest::reportLoads()
{
    ReconciliationReport report;
    QAbstractItemModelTester figuresTester(
        report.figures(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester scheduleTester(
        report.schedule(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    report.setDatabase(m_database.get());
    report.setEndpointId(m_endpoints.value(u"Widget A"_s));
    report.setPeriod(u"custom"_s);
    report.setFromDate(u"2024-05-01"_s);
    report.setToDate(u"2024-05-31"_s);
    QVERIFY(report.setAsOfLocal(u"2024-06-01"_s, u"0:00"_s));
    QVERIFY(!report.asOfNow());
    QVERIFY(settle(report));
    QVERIFY2(report.error().isEmpty(), qPrintable(report.error()));
    QCOMPARE(
        report.computedAsOf().toUTC(), QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(report.figures()->rowCount(), 2);
    const QVariantMap usd = report.figures()->get(1);
    QCOMPARE(usd.value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(usd.value(u"preRecordCount"_s).toLongLong(), qint64(1));
    QCOMPARE(usd.value(u"preRecordTotal"_s).toString(), u"100.00"_s);
    QCOMPARE(usd.value(u"postRecordCount"_s).toLongLong(), qint64(2));
    QCOMPARE(usd.value(u"postRecordTotal"_s).toString(), u"65.00"_s);
    QCOMPARE(usd.value(u"reversedTotal"_s).toString(), u"60.00"_s);
    QCOMPARE(usd.value(u"adjustmentCount"_s).toLongLong(), qint64(1));
    QCOMPARE(usd.value(u"adjustmentTotal"_s).toString(), u"40.00"_s);
    QCOMPARE(usd.value(u"netActualised"_s).toString(), u"25.00"_s);
    QCOMPARE(report.figures()->get(0).value(u"postRecordTotal"_s).toString(), u"40.00"_s);
    QCOMPARE(report.schedule()->rowCount(), 1);
    QCOMPARE(report.schedule()->get(0).value(u"day"_s).toString(), u"2024-06-03"_s);
    QCOMPARE(report.periodStart(), QDate(2024, 5, 1).startOfDay());
    QCOMPARE(report.periodEnd(), QDate(2024, 6, 1).startOfDay());
}

void ReconciliationModelsTest::rowsBehindAFigure()
{
    ReconciliationReport report;
    QAbstractItemModelTester tester(
        report.rows(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    report.setDatabase(m_database.get());
    report.setEndpointId(m_endpoints.value(u"Widget A"_s));
    report.setPeriod(u"custom"_s);
    report.setFromDate(u"2024-05-01"_s);
    report.setToDate(u"2024-05-31"_s);
    QVERIFY(report.setAsOfLocal(u"2024-06-01"_s, u"00:00"_s));
    QVERIFY(settle(report));

    auto show = [&](const QString &figure, const QString &currency, const QString &day = {}) {
        report.showRows(figure, currency, day);
        return QTest::qWaitFor([&] { return !report.isRowsLoading(); }, 10000);
    };
    auto ids = [&] {
        QStringList out;
        for (int i = 0; i < report.rows()->rowCount(); ++i)
            out << report.rows()->get(i).value(u"externalId"_s).toString();
        return out;
    };
    QVERIFY(show(u"post-record"_s, u"USD"_s));
    QCOMPARE(report.selectedFigure(), u"post-record"_s);
    QCOMPARE(ids(), (QStringList {u"r4"_s, u"r1"_s}));
    QCOMPARE(report.rowsTotal(), qint64(2));
    QVERIFY(show(u"adjustments"_s, u"USD"_s));
    QCOMPARE(ids(), QStringList {u"r4"_s});
    QCOMPARE(report.rows()->get(0).value(u"counted"_s).toString(), u"40.00"_s);
    QCOMPARE(report.rows()->get(0).value(u"recordState"_s).toString(), u"post-record"_s);
    QCOMPARE(report.rows()->get(0).value(u"donorName"_s).toString(), u"Émilie du Châtelet"_s);
    // Net actualised lists the post-record rows.
    QVERIFY(show(u"net"_s, u"USD"_s));
    QCOMPARE(ids(), (QStringList {u"r4"_s, u"r1"_s}));
    QVERIFY(show(u"reversed"_s, u"USD"_s));
    QCOMPARE(ids(), QStringList {u"r3"_s});
    // A day of the schedule.
    QVERIFY(show(u"pre-record"_s, u"USD"_s, u"2024-06-03"_s));
    QCOMPARE(report.selectedDay(), u"2024-06-03"_s);
    QCOMPARE(ids(), QStringList {u"r2"_s});
    QVERIFY(show(u"pre-record"_s, u"USD"_s, u"2024-06-04"_s));
    QCOMPARE(ids(), QStringList {});
    // Nonsense clears the selection.
    report.showRows(u"everything"_s, u"USD"_s);
    QVERIFY(report.selectedFigure().isEmpty());
    QCOMPARE(report.rows()->rowCount(), 0);

    // The selection follows a reload: other as-of, other rows.
    QVERIFY(show(u"adjustments"_s, u"USD"_s));
    QVERIFY(report.setAsOfLocal(u"2024-05-24"_s, u"12:00"_s)); // before r4's refund
    QVERIFY(settle(report));
    QVERIFY(QTest::qWaitFor(
        [&] { return !report.isRowsLoading() && report.rows()->rowCount() == 0; }, 10000));
    report.clearSelection();
    QVERIFY(report.selectedFigure().isEmpty());
}

void ReconciliationModelsTest::endpointAndPeriod()
{
    ReconciliationReport report;
    QAbstractItemModelTester tester(
        report.figures(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    report.setDatabase(m_database.get());
    report.setPeriod(u"custom"_s);
    report.setFromDate(u"2024-05-01"_s);
    report.setToDate(u"2024-05-31"_s);
    QVERIFY(report.setAsOfLocal(u"2024-06-01"_s, u"00:00"_s));
    // All endpoints: Widget B's 7.00 too.
    QCOMPARE(report.endpointId(), qint64(0));
    QVERIFY(settle(report));
    QCOMPARE(report.figures()->get(1).value(u"postRecordTotal"_s).toString(), u"72.00"_s);
    // Widget B alone; edits in quick succession load once with the last settings.
    report.setEndpointId(m_endpoints.value(u"Widget A"_s));
    report.setEndpointId(m_endpoints.value(u"Widget B"_s));
    QVERIFY(settle(report));
    QCOMPARE(report.figures()->rowCount(), 1);
    QCOMPARE(report.figures()->get(0).value(u"postRecordTotal"_s).toString(), u"7.00"_s);
    // A period without donations.
    report.setFromDate(u"2024-04-01"_s);
    report.setToDate(u"2024-04-30"_s);
    QVERIFY(settle(report));
    QCOMPARE(report.figures()->rowCount(), 0);
    // The presets resolve against today.
    report.setPeriod(u"lastMonth"_s);
    const QDate first(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    QCOMPARE(report.periodStart(), first.addMonths(-1).startOfDay());
    QCOMPARE(report.periodEnd(), first.startOfDay());
    report.setPeriod(u"thisMonth"_s);
    QCOMPARE(report.periodStart(), first.startOfDay());
    QCOMPARE(report.periodEnd(), first.addMonths(1).startOfDay());
    QVERIFY(settle(report));
}

void ReconciliationModelsTest::asOfMoves()
{
    ReconciliationReport report;
    report.setDatabase(m_database.get());
    report.setEndpointId(m_endpoints.value(u"Widget A"_s));
    report.setPeriod(u"custom"_s);
    report.setFromDate(u"2024-05-01"_s);
    report.setToDate(u"2024-05-31"_s);
    // Before r1's record date (May 24) and r4's refund (May 25); after r4's record date.
    QVERIFY(report.setAsOfLocal(u"2024-05-23"_s, u"23:59"_s));
    QVERIFY(settle(report));
    QVariantMap usd = report.figures()->get(report.figures()->indexOf(u"USD"_s));
    QCOMPARE(usd.value(u"preRecordTotal"_s).toString(), u"125.00"_s); // r1, r2
    QCOMPARE(usd.value(u"postRecordTotal"_s).toString(), u"40.00"_s); // r4
    QCOMPARE(usd.value(u"adjustmentCount"_s).toLongLong(), qint64(0));
    QCOMPARE(usd.value(u"reversedTotal"_s).toString(), u"60.00"_s);
    // Now: everything is past its record date.
    report.setAsOfNow(true);
    QVERIFY(settle(report));
    QVERIFY(qAbs(report.computedAsOf().secsTo(QDateTime::currentDateTime())) < 60);
    usd = report.figures()->get(report.figures()->indexOf(u"USD"_s));
    QCOMPARE(usd.value(u"preRecordCount"_s).toLongLong(), qint64(0));
    QCOMPARE(usd.value(u"postRecordTotal"_s).toString(), u"165.00"_s);
    QCOMPARE(usd.value(u"netActualised"_s).toString(), u"125.00"_s);
    QVERIFY(!report.setAsOfLocal(u"2024-02-30"_s, u"10:00"_s));
    QVERIFY(!report.setAsOfLocal(u"2024-05-01"_s, u"25:00"_s));
    QVERIFY(report.asOfNow());
}

void ReconciliationModelsTest::invalidCustomPeriod()
{
    ReconciliationReport report;
    report.setDatabase(m_database.get());
    report.setPeriod(u"custom"_s);
    report.setFromDate(u"2024-05-31"_s);
    report.setToDate(u"2024-05-01"_s);
    QVERIFY(!report.periodError().isEmpty());
    QVERIFY(!report.periodStart().isValid());
    QVERIFY(settle(report));
    QCOMPARE(report.figures()->rowCount(), 0);
    report.setToDate(u"2024-13-01"_s);
    QVERIFY(!report.periodError().isEmpty());
    // The export matches nothing either.
    const DonationFilter f = report.exportFilter()->filter();
    QVERIFY(f.fromTime.isValid() && f.toTime.isValid() && f.fromTime >= f.toTime);
    report.setToDate(u"2024-06-30"_s);
    QVERIFY(report.periodError().isEmpty());
}

void ReconciliationModelsTest::oneLoadAtATime()
{
    ReconciliationReport report;
    report.setDatabase(m_database.get());
    report.setPeriod(u"custom"_s);
    report.setFromDate(u"2024-05-01"_s);
    report.setToDate(u"2024-05-31"_s);
    QVERIFY(report.setAsOfLocal(u"2024-06-01"_s, u"00:00"_s));
    QVERIFY(settle(report));
    QSignalSpy loaded(&report, &ReconciliationReport::loaded);
    report.reload(); // in flight
    report.setEndpointId(m_endpoints.value(u"Widget B"_s)); // the result in flight is stale now
    report.reload(); // waits for the one in flight
    QVERIFY(settle(report));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(report.figures()->rowCount(), 1);
    QCOMPARE(report.figures()->get(0).value(u"postRecordTotal"_s).toString(), u"7.00"_s);
}

void ReconciliationModelsTest::exportWritesWhatTheViewCounts()
{
    ReconciliationReport report;
    report.setDatabase(m_database.get());
    report.setEndpointId(m_endpoints.value(u"Widget A"_s));
    report.setPeriod(u"custom"_s);
    report.setFromDate(u"2024-05-01"_s);
    report.setToDate(u"2024-05-31"_s);
    QVERIFY(report.setAsOfLocal(u"2024-05-23"_s, u"23:59"_s));
    QVERIFY(settle(report));

    const DonationFilter f = report.exportFilter()->filter();
    QCOMPARE(f.endpointIds, QList<qint64> {m_endpoints.value(u"Widget A"_s)});
    QCOMPARE(f.kinds, QStringList {u"donation"_s});
    QCOMPARE(f.recordStates.size(), 3);
    QCOMPARE(f.fromTime, QDate(2024, 5, 1).startOfDay().toUTC());
    QCOMPARE(f.toTime, QDate(2024, 6, 1).startOfDay().toUTC());

    ExportJob job;
    job.setDatabase(m_database.get());
    QSignalSpy finished(&job, &ExportJob::finished);
    const QString file = m_dir.filePath(u"reconciliation.csv"_s);
    job.start(QUrl::fromLocalFile(file), report.exportFilter(), report.computedAsOf());
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(job.error()));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    // Header, the counted donations (not the pending one), and the empty end.
    QStringList got;
    for (qsizetype i = 1; i < lines.size() - 1; ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        got << QString::fromUtf8(cells.at(3) + ' ' + cells.last());
    }
    qint64 counted = 0;
    for (int i = 0; i < report.figures()->rowCount(); ++i) {
        const QVariantMap m = report.figures()->get(i);
        counted += m.value(u"preRecordCount"_s).toLongLong()
            + m.value(u"postRecordCount"_s).toLongLong() + m.value(u"reversedCount"_s).toLongLong();
    }
    QCOMPARE(qint64(got.size()), counted);
    QCOMPARE(got,
        (QStringList {u"r4 post-record"_s, u"r1 pre-record"_s, u"r3 reversed"_s, u"r5 pre-record"_s,
            u"r2 pre-record"_s}));
}

QTEST_MAIN(ReconciliationModelsTest)
#include "tst_reconciliationmodels.moc"
