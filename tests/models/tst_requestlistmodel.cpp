#include "demo/demodata.h"
#include "inspector/requestdetail.h"
#include "inspector/requestlistmodel.h"
#include "storage/backgrounddatabase.h"
#include "storage/database.h"
#include "time/timestamps.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// The request inspector's list and detail over demo traffic: pages off the UI thread, filters,
// new requests at the top, the detail of either kind of request; the list checked by
// QAbstractItemModelTester through every change.
class RequestListModelTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<BackgroundDatabase> m_database;

    qint64 scalar(const QString &sql)
    {
        DbConnection db(m_path);
        QString error;
        if (!db.open(&error))
            return -1;
        QSqlQuery q(db.db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    static bool settle(RequestListModel &m)
    {
        return QTest::qWaitFor([&] { return m.isLoaded() && !m.isLoading(); }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("requests.sqlite"));
        DbConnection db(m_path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        DemoData::Options o;
        o.count = 500;
        o.seed = 11;
        o.now = Timestamps::parse(QStringLiteral("2026-02-01T09:00:00Z")).value();
        QVERIFY2(DemoData::generate(db.db(), o, &error), qPrintable(error));
        m_database = std::make_unique<BackgroundDatabase>(m_path);
    }

    void cleanupTestCase() { m_database.reset(); }

    void pagesToTheEnd()
    {
        RequestListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setPageSize(60);
        m.setDatabase(m_database.get());
        QVERIFY(settle(m));
        QCOMPARE(m.rowCount(), 60);
        QVERIFY(m.hasMore());
        QVERIFY(m.canFetchMore({}));
        const qint64 total = scalar(QStringLiteral(
            "SELECT (SELECT count(*) FROM inbox) + (SELECT count(*) FROM request_log)"));
        for (int guard = 0; m.hasMore() && guard < 1000; ++guard) {
            m.fetchMore({});
            QVERIFY(QTest::qWaitFor([&] { return !m.isLoading(); }, 10000));
        }
        QCOMPARE(m.rowCount(), total);
        QVERIFY(!m.canFetchMore({}));
        // Newest first.
        for (int i = 1; i < m.rowCount(); ++i)
            QVERIFY(m.index(i - 1).data(RequestListModel::ReceivedAtRole).toDateTime()
                >= m.index(i).data(RequestListModel::ReceivedAtRole).toDateTime());
        QCOMPARE(m.get(0).value(QStringLiteral("requestId")),
            m.index(0).data(RequestListModel::RequestIdRole));
        QVERIFY(m.get(-1).isEmpty());
    }

    void filtersReload()
    {
        RequestListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDatabase(m_database.get());
        QVERIFY(settle(m));
        QSignalSpy filterChanged(&m, &RequestListModel::filterChanged);
        m.setResults({QStringLiteral("refused-signature"), QStringLiteral("not-a-result")});
        QCOMPARE(m.results(), QStringList {QStringLiteral("refused-signature")});
        QCOMPARE(filterChanged.size(), 1);
        QVERIFY(m.isLoading());
        QVERIFY(settle(m));
        QCOMPARE(m.rowCount(),
            scalar(
                QStringLiteral("SELECT count(*) FROM request_log WHERE category = 'signature'")));
        QVERIFY(m.rowCount() > 0);
        for (int i = 0; i < m.rowCount(); ++i) {
            QCOMPARE(m.index(i).data(RequestListModel::ResultRole).toString(),
                QStringLiteral("refused"));
            QCOMPARE(m.index(i).data(RequestListModel::ResultLabelRole).toString(),
                RequestListModel::tr("Refused: signature"));
            QCOMPARE(m.index(i).data(RequestListModel::HttpStatusRole).toInt(), 401);
        }
        const qint64 endpoint = scalar(QStringLiteral(
            "SELECT endpoint_id FROM inbox GROUP BY endpoint_id ORDER BY count(*) LIMIT 1"));
        m.setResults({});
        m.setEndpointId(endpoint);
        QVERIFY(settle(m));
        QCOMPARE(m.rowCount(),
            scalar(QStringLiteral("SELECT (SELECT count(*) FROM inbox WHERE endpoint_id = %1) + "
                                  "(SELECT count(*) FROM request_log WHERE endpoint_id = %1)")
                       .arg(endpoint)));
        m.setEndpointId(0);
        m.setSearch(QStringLiteral("zz-nothing-matches-zz"));
        QVERIFY(settle(m));
        QCOMPARE(m.rowCount(), 0);
        m.setSearch({});
        QVERIFY(settle(m));
        QVERIFY(m.rowCount() > 0);
    }

    void newRequestsAtTheTopOrStale()
    {
        RequestListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setPageSize(1000);
        m.setDatabase(m_database.get());
        QVERIFY(settle(m));
        const int before = m.rowCount();
        {
            DbConnection db(m_path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QSqlQuery q(db.db());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO request_log (received_at, peer, method, target, "
                               "http_status, category, reason) "
                               "VALUES (4102444800000, '203.0.113.9:1', 'POST', '/hooks/zz...', "
                               "404, 'token', 'no endpoint has this URL')")));
        }
        // Only the first page is loaded: the new request comes in at the top.
        m.setRevision(m.revision() + 1);
        QVERIFY(settle(m));
        QTRY_COMPARE(m.rowCount(), before + 1);
        QCOMPARE(m.index(0).data(RequestListModel::ReasonRole).toString(),
            QStringLiteral("no endpoint has this URL"));
        QVERIFY(!m.isStale());

        // Scrolled beyond the first page: the place is kept and the list says it is stale.
        RequestListModel paged;
        paged.setPageSize(50);
        paged.setDatabase(m_database.get());
        QVERIFY(settle(paged));
        paged.fetchMore({});
        QVERIFY(QTest::qWaitFor([&] { return !paged.isLoading(); }, 10000));
        const int rows = paged.rowCount();
        QVERIFY(rows > 50);
        QSignalSpy stale(&paged, &RequestListModel::staleChanged);
        paged.setRevision(paged.revision() + 1);
        QVERIFY(paged.isStale());
        QCOMPARE(paged.rowCount(), rows);
        paged.reload();
        QVERIFY(settle(paged));
        QVERIFY(!paged.isStale());
        QCOMPARE(paged.rowCount(), 50);
    }

    void detailOfBothKinds()
    {
        RequestDetail d;
        d.setDatabase(m_database.get());
        d.setBaseUrl(QStringLiteral("http://127.0.0.1:9999"));
        const qint64 inboxId = scalar(
            QStringLiteral("SELECT inbox_id FROM donation_events WHERE duplicate = 0 LIMIT 1"));
        QSignalSpy loaded(&d, &RequestDetail::loaded);
        d.show(false, inboxId);
        QTRY_VERIFY(d.isFound() && !d.isLoading());
        QCOMPARE(d.entry().value(QStringLiteral("requestId")).toLongLong(), inboxId);
        QVERIFY(!d.touched().isEmpty());
        QVERIFY(d.headers().contains(QLatin1String("Content-Type")));
        QVERIFY(!d.bodyExact().isEmpty());
        QVERIFY(d.curl().startsWith(QLatin1String("curl -X POST 'http://127.0.0.1:9999/hooks/")));
        const QString token = [&] {
            DbConnection db(m_path);
            QString error;
            db.open(&error);
            QSqlQuery q(db.db());
            q.exec(QStringLiteral("SELECT e.token FROM inbox i JOIN endpoints e ON e.id = "
                                  "i.endpoint_id WHERE i.id = %1")
                       .arg(inboxId));
            q.next();
            return q.value(0).toString();
        }();
        QVERIFY2(d.curl().contains(token), qPrintable(d.curl()));

        const qint64 refusalId = scalar(
            QStringLiteral("SELECT id FROM request_log WHERE category = 'signature' LIMIT 1"));
        d.show(true, refusalId);
        QVERIFY(!d.isFound()); // cleared at once: never the previous request's data
        QTRY_VERIFY(d.isFound() && !d.isLoading());
        QVERIFY(d.entry().value(QStringLiteral("refused")).toBool());
        QCOMPARE(d.entry().value(QStringLiteral("httpStatus")).toInt(), 401);
        QVERIFY(!d.entry().value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(d.touched().isEmpty());

        d.show(true, 987654321);
        QTRY_VERIFY(!d.isLoading() && !d.error().isEmpty());
        QVERIFY(!d.isFound());
        d.clear();
        QVERIFY(!d.isFound());
        QVERIFY(d.curl().isEmpty());
    }
};

QTEST_MAIN(RequestListModelTest)
#include "tst_requestlistmodel.moc"
