#include "donationtestdb.h"

#include "donations/donationfilterobject.h"
#include "donations/donationtablemodel.h"
#include "money/decimal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

// The Donations table over a database filled with ties: keyset paging returns every row once,
// in the order one big sorted query gives, for every column and both directions; filters give
// the rows SQL written by hand gives; stale results are dropped; evicted pages come back.
class DonationTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void pagesEveryRowOnceInOrder_data();
    void pagesEveryRowOnceInOrder();
    void sortByClickReverses();
    void filters_data();
    void filters();
    void searchIgnoresCaseBeyondAscii();
    void dateRangeInLocalDays();
    void staleResultsAreDropped();
    void evictedPagesComeBack();
    void rowDataMatchesTheDatabase();
    void countsAndEnd();
    void newDonationsAreCountedNotInserted();
    void followLiveReloadsTheTop();
    void followLiveKeepsTheTotalExact_data();
    void followLiveKeepsTheTotalExact();
    void bigDatabase(); // measurements; only with DD_BIG_DB=<path of a large database copy>

private:
    // Loads every page; the tester watches throughout.
    bool loadAll(DonationTableModel &model, int timeoutMs = 20000);
    std::unique_ptr<DonationTableModel> newModel(
        DonationFilterObject *filter = nullptr, int pageSize = 37);
    QList<qint64> oracle(int column, const QString &extraWhere = {}, const QVariantList &binds = {},
        const QDateTime &asOf = {});

    DonationTestDb m_db;
    std::unique_ptr<BackgroundDatabase> m_background;
    int m_rows = 1200;
};

void DonationTableModelTest::initTestCase()
{
    QVERIFY(m_db.create(m_rows));
    m_background = std::make_unique<BackgroundDatabase>(m_db.path);
}

void DonationTableModelTest::cleanupTestCase()
{
    m_background.reset();
}

std::unique_ptr<DonationTableModel> DonationTableModelTest::newModel(
    DonationFilterObject *filter, int pageSize)
{
    auto model = std::make_unique<DonationTableModel>();
    model->setDatabase(m_background.get());
    model->setPageSize(pageSize);
    model->setFilter(filter);
    return model;
}

bool DonationTableModelTest::loadAll(DonationTableModel &model, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (model.isReady() && !model.isLoading() && !model.atEnd() && model.canFetchMore({}))
            model.fetchMore({});
        if (model.isReady() && !model.isLoading() && model.atEnd())
            return true;
        QTest::qWait(5);
    }
    return false;
}

// The order of each column as one query over everything (ascending; descending is its exact
// reverse). Amounts are compared as exact integers here, not as the model's REAL sort value.
QList<qint64> DonationTableModelTest::oracle(
    int column, const QString &extraWhere, const QVariantList &binds, const QDateTime &asOf)
{
    const QString where = QStringLiteral(" WHERE d.is_test = 0")
        + (extraWhere.isEmpty() ? QString() : QStringLiteral(" AND ") + extraWhere);
    const QString from =
        QStringLiteral(" FROM donations d JOIN endpoints e ON e.id = d.endpoint_id");
    const QString state = QStringLiteral(
        "dd_record_state(d.status, d.donated_at, d.record_date, d.paid_at, d.reversed_at, %1)")
                              .arg((asOf.isValid() ? asOf : m_db.now).toMSecsSinceEpoch());
    QString order;
    switch (column) {
    case DonationPages::Time:
        order = QStringLiteral("d.donated_at, d.id");
        break;
    case DonationPages::Endpoint:
        order = QStringLiteral("e.name COLLATE NOCASE, e.name, e.id, d.donated_at, d.id");
        break;
    case DonationPages::Provider:
        order =
            QStringLiteral("e.provider, e.name COLLATE NOCASE, e.name, e.id, d.donated_at, d.id");
        break;
    case DonationPages::Donor:
        order = QStringLiteral("d.donor_name COLLATE NOCASE, d.id");
        break;
    case DonationPages::Email:
        order = QStringLiteral("d.donor_email COLLATE NOCASE, d.id");
        break;
    case DonationPages::Currency:
        order = QStringLiteral("d.currency, d.donated_at, d.id");
        break;
    case DonationPages::Status:
        order = QStringLiteral("d.status, d.donated_at, d.id");
        break;
    case DonationPages::RecordState:
        order = state + QStringLiteral(", d.donated_at, d.id");
        break;
    case DonationPages::Campaign:
        order = QStringLiteral("d.campaign COLLATE NOCASE, d.id");
        break;
    case DonationPages::Amount: {
        struct Item
        {
            qint64 id;
            QString currency;
            std::optional<Int128> units;
        };
        QList<Item> items;
        QSqlQuery q(m_db.connection->db());
        q.prepare(QStringLiteral("SELECT d.id, d.currency, d.amount_units") + from + where);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            qWarning() << q.lastError().text();
        while (q.next())
            items << Item {
                q.value(0).toLongLong(), q.value(1).toString(), unitsFromSql(q.value(2))};
        std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
            if (a.currency != b.currency)
                return a.currency.toUtf8() < b.currency.toUtf8();
            if (a.units != b.units) {
                if (!a.units || !b.units)
                    return !a.units; // unknown amounts first
                return *a.units < *b.units;
            }
            return a.id < b.id;
        });
        QList<qint64> out;
        for (const Item &i : items)
            out << i.id;
        return out;
    }
    }
    return m_db.ids(
        QStringLiteral("SELECT d.id") + from + where + QStringLiteral(" ORDER BY ") + order, binds);
}

void DonationTableModelTest::pagesEveryRowOnceInOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (int c = 0; c < DonationPages::ColumnCount; ++c) {
        for (bool desc : {false, true}) {
            QTest::addRow("%d-%s", c, desc ? "desc" : "asc") << c << desc;
        }
    }
}

void DonationTableModelTest::pagesEveryRowOnceInOrder()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    auto model = newModel();
    QAbstractItemModelTester tester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setSortColumn(column);
    model->setSortOrder(descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QVERIFY(loadAll(*model));
    QCOMPARE(model->error(), QString());

    QList<qint64> expected = oracle(column, {}, {}, model->asOf());
    if (descending)
        std::reverse(expected.begin(), expected.end());
    const QList<qint64> got = toIds(model->donationIds());
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(QSet<qint64>(got.begin(), got.end()).size(), got.size()); // every row once
    QCOMPARE(got, expected);
    QCOMPARE(model->totalCount(), qint64(expected.size()));
}

void DonationTableModelTest::sortByClickReverses()
{
    auto model = newModel(nullptr, 50);
    QAbstractItemModelTester tester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(*model));
    QCOMPARE(model->sortColumn(), int(DonationPages::Time));
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder); // newest first by default
    model->sortBy(DonationPages::Donor);
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
    QVERIFY(loadAll(*model));
    const QList<qint64> ascending = toIds(model->donationIds());
    model->sortBy(DonationPages::Donor);
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QVERIFY(loadAll(*model));
    QList<qint64> descending = toIds(model->donationIds());
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(descending, ascending);
}

void DonationTableModelTest::filters_data()
{
    QTest::addColumn<QVariantMap>("filter");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("binds");
    QTest::addColumn<int>("column");

    const qint64 beta = m_db.endpoints.at(0).id;
    const qint64 gamma = m_db.endpoints.at(2).id;
    const qint64 zeta = m_db.endpoints.at(3).id;
    // %ASOF%: the model's moment, known once it has loaded.
    const QString state = QStringLiteral(
        "dd_record_state(d.status, d.donated_at, d.record_date, d.paid_at, d.reversed_at, %ASOF%)");
    QTest::newRow("one endpoint") << QVariantMap {{QStringLiteral("endpointIds"),
        QVariantList {beta}}} << QStringLiteral("d.endpoint_id = ?")
                                  << QVariantList {beta} << int(DonationPages::Time);
    QTest::newRow("two endpoints, by donor")
        << QVariantMap {{QStringLiteral("endpointIds"), QVariantList {gamma, zeta}}}
        << QStringLiteral("d.endpoint_id IN (?, ?)") << QVariantList {gamma, zeta}
        << int(DonationPages::Donor);
    QTest::newRow("provider, by provider")
        << QVariantMap {{QStringLiteral("providers"), QStringList {QStringLiteral("changeup")}}}
        << QStringLiteral("d.provider = 'changeup'") << QVariantList {}
        << int(DonationPages::Provider);
    QTest::newRow("statuses, by status") << QVariantMap {{QStringLiteral("statuses"),
        QStringList {QStringLiteral("refunded"), QStringLiteral("voided")}}}
                                         << QStringLiteral("d.status IN ('refunded', 'voided')")
                                         << QVariantList {} << int(DonationPages::Status);
    QTest::newRow("record state, by record state")
        << QVariantMap {{QStringLiteral("recordStates"),
               QStringList {QStringLiteral("pre-record"), QStringLiteral("reversed")}}}
        << state + QStringLiteral(" IN ('pre-record', 'reversed')") << QVariantList {}
        << int(DonationPages::RecordState);
    QTest::newRow("currency, by amount") << QVariantMap {{QStringLiteral("currencies"),
        QStringList {QStringLiteral("ETH"), QStringLiteral("JPY")}}}
                                         << QStringLiteral("d.currency IN ('ETH', 'JPY')")
                                         << QVariantList {} << int(DonationPages::Amount);
    // A named currency no donation has is a segment of its own that yields nothing.
    QTest::newRow("currency named twice and one absent, by amount")
        << QVariantMap {{QStringLiteral("currencies"),
               QStringList {QStringLiteral("XAU"), QStringLiteral("EUR"), QStringLiteral("EUR")}}}
        << QStringLiteral("d.currency IN ('XAU', 'EUR')") << QVariantList {}
        << int(DonationPages::Amount);
    QTest::newRow("currency, by currency")
        << QVariantMap {{QStringLiteral("currencies"), QStringList {QStringLiteral("EUR")}}}
        << QStringLiteral("d.currency = 'EUR'") << QVariantList {} << int(DonationPages::Currency);
    QTest::newRow("kinds") << QVariantMap {{QStringLiteral("kinds"),
        QStringList {QStringLiteral("schedule"), QStringLiteral("pledge")}}}
                           << QStringLiteral("d.kind IN ('schedule', 'pledge')") << QVariantList {}
                           << int(DonationPages::Time);
    QTest::newRow("search, by campaign")
        << QVariantMap {{QStringLiteral("search"), QStringLiteral("T11")}}
        << QStringLiteral("d.external_id LIKE '%T11%'") << QVariantList {}
        << int(DonationPages::Campaign);
    QTest::newRow("everything together, by endpoint")
        << QVariantMap {{QStringLiteral("endpointIds"), QVariantList {beta, gamma}},
               {QStringLiteral("statuses"), QStringList {QStringLiteral("paid")}},
               {QStringLiteral("currencies"), QStringList {QStringLiteral("USD")}}}
        << QStringLiteral("d.endpoint_id IN (?, ?) AND d.status = 'paid' AND d.currency = 'USD'")
        << QVariantList {beta, gamma} << int(DonationPages::Endpoint);
    QTest::newRow("nothing matches, by status")
        << QVariantMap {{QStringLiteral("statuses"), QStringList {QStringLiteral("expired")}}}
        << QStringLiteral("d.status = 'expired'") << QVariantList {} << int(DonationPages::Status);
}

void DonationTableModelTest::filters()
{
    QFETCH(QVariantMap, filter);
    QFETCH(QString, sql);
    QFETCH(QVariantList, binds);
    QFETCH(int, column);
    DonationFilterObject filterObject;
    filterObject.fromMap(filter);
    auto model = newModel(&filterObject, 23);
    QAbstractItemModelTester tester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setSortColumn(column);
    model->setSortOrder(Qt::AscendingOrder);
    QVERIFY(loadAll(*model));
    QCOMPARE(model->error(), QString());
    const QString asOf = QString::number(model->asOf().toMSecsSinceEpoch());
    const QList<qint64> expected =
        oracle(column, QString(sql).replace(QStringLiteral("%ASOF%"), asOf), binds, model->asOf());
    QCOMPARE(toIds(model->donationIds()), expected);
}

void DonationTableModelTest::searchIgnoresCaseBeyondAscii()
{
    DonationFilterObject filterObject;
    filterObject.setSearch(QStringLiteral("ÉMILIE"));
    auto model = newModel(&filterObject);
    QVERIFY(loadAll(*model));
    const QList<qint64> expected =
        m_db.ids(QStringLiteral("SELECT id FROM donations WHERE is_test = 0 AND (donor_name LIKE "
                                "'%milie%' OR donor_email LIKE '%milie%') "
                                "ORDER BY donated_at DESC, id DESC"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(toIds(model->donationIds()), expected);
}

void DonationTableModelTest::dateRangeInLocalDays()
{
    DonationFilterObject filterObject;
    const QDate today = QDate::currentDate();
    filterObject.setRange(QStringLiteral("custom"));
    filterObject.setFromDate(today.addDays(-9));
    filterObject.setToDate(today.addDays(-3));
    auto model = newModel(&filterObject);
    model->sortBy(DonationPages::Donor); // another order under a date range: A to Z
    QVERIFY(loadAll(*model));
    const qint64 from = QDateTime(today.addDays(-9), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 to = QDateTime(today.addDays(-2), QTime(0, 0)).toMSecsSinceEpoch();
    const QList<qint64> expected = oracle(
        DonationPages::Donor, QStringLiteral("d.donated_at >= ? AND d.donated_at < ?"), {from, to});
    QVERIFY(!expected.isEmpty());
    QCOMPARE(toIds(model->donationIds()), expected);

    filterObject.setRange(QStringLiteral("today"));
    QVERIFY(loadAll(*model));
    const qint64 start = QDateTime(today, QTime(0, 0)).toMSecsSinceEpoch();
    QCOMPARE(toIds(model->donationIds()),
        oracle(DonationPages::Donor, QStringLiteral("d.donated_at >= ? AND d.donated_at < ?"),
            {start, QDateTime(today.addDays(1), QTime(0, 0)).toMSecsSinceEpoch()}));
}

void DonationTableModelTest::staleResultsAreDropped()
{
    DonationFilterObject filterObject;
    auto model = newModel(&filterObject, 40);
    QAbstractItemModelTester tester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(*model));

    const qint64 alpha = m_db.endpoints.at(1).id;
    const qint64 gamma = m_db.endpoints.at(2).id;
    const QList<qint64> expected =
        oracle(DonationPages::Time, QStringLiteral("d.endpoint_id = ?"), {gamma});
    const QSet<qint64> allowed(expected.begin(), expected.end());
    // Whatever the model shows from now on belongs to the last filter.
    bool foreignRows = false;
    connect(model.get(), &QAbstractItemModel::modelReset, this, [&] {
        for (qint64 id : toIds(model->donationIds()))
            foreignRows = foreignRows || !allowed.contains(id);
    });
    QSignalSpy dropped(model.get(), &DonationTableModel::staleResultDropped);
    QSignalSpy reloaded(model.get(), &DonationTableModel::reloaded);

    // Two queries on their way at once: the first must never show.
    filterObject.setEndpointIds({alpha});
    model->reload();
    filterObject.setEndpointIds({gamma});
    model->reload();
    QTRY_VERIFY(!model->isLoading() && reloaded.count() >= 1);
    QVERIFY(dropped.count() >= 1);
    QCOMPARE(reloaded.count(), 1);
    QVERIFY(!foreignRows);
    QVERIFY(loadAll(*model));
    QVERIFY(!foreignRows);
    QCOMPARE(toIds(model->donationIds()), [&] {
        QList<qint64> r = expected;
        std::reverse(r.begin(), r.end());
        return r;
    }());
}

void DonationTableModelTest::evictedPagesComeBack()
{
    auto model = newModel(nullptr, 20);
    QAbstractItemModelTester tester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setMaxCachedPages(3);
    model->setSortColumn(DonationPages::Donor);
    model->setSortOrder(Qt::AscendingOrder);
    QVERIFY(loadAll(*model));
    const int rows = model->rowCount();
    QVERIFY(rows > 20 * 10);
    // Everything was paged through, yet only a few pages of data are held.
    model->noteVisibleRows(rows - 10, rows - 1);
    QTRY_VERIFY(model->cachedPageCount() <= 3);
    const int middle = rows / 2; // far from both ends: evicted
    QVERIFY(!model->data(model->index(middle, 0), DonationTableModel::LoadedRole).toBool());

    // Scrolling back there fetches its page again, by id, with the right rows.
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    model->noteVisibleRows(middle, middle + 15);
    QTRY_VERIFY(model->data(model->index(middle, 0), DonationTableModel::LoadedRole).toBool());
    QVERIFY(changed.count() >= 1);
    QTRY_VERIFY(model->cachedPageCount() <= 3);
    const QList<qint64> expected = oracle(DonationPages::Donor);
    QCOMPARE(toIds(model->donationIds()), expected);
    for (int row : {middle, middle + 7, middle + 15}) {
        QTRY_VERIFY(model->data(model->index(row, 0), DonationTableModel::LoadedRole).toBool());
        const QModelIndex i = model->index(row, DonationPages::Donor);
        QSqlQuery q(m_db.connection->db());
        q.prepare(QStringLiteral("SELECT donor_name FROM donations WHERE id = ?"));
        q.addBindValue(expected.at(row));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(model->data(i).toString(), q.value(0).toString());
        QCOMPARE(model->data(i, DonationTableModel::DonationIdRole).toLongLong(), expected.at(row));
    }

    // Without a view telling what it shows, a row read through data() is fetched again too.
    auto plain = newModel(nullptr, 20);
    plain->setMaxCachedPages(3);
    plain->setSortColumn(DonationPages::Donor);
    plain->setSortOrder(Qt::AscendingOrder);
    QVERIFY(loadAll(*plain));
    QTRY_VERIFY(plain->cachedPageCount() <= 3);
    // Reading the last row moves the focus there; the first pages are then the farthest.
    const int last = plain->rowCount() - 1;
    plain->data(plain->index(last, 0));
    QTRY_VERIFY(plain->data(plain->index(last, 0), DonationTableModel::LoadedRole).toBool());
    QVERIFY(plain->cachedPageCount() <= 3);
    const int far = 5; // page 0, evicted for the last page
    QVERIFY(!plain->data(plain->index(far, 0), DonationTableModel::LoadedRole).toBool());
    QTRY_VERIFY(plain->data(plain->index(far, 0), DonationTableModel::LoadedRole).toBool());
    QCOMPARE(plain->data(plain->index(far, DonationPages::Donor), DonationTableModel::DonorNameRole)
                 .toString(),
        plain->data(plain->index(far, DonationPages::Donor)).toString());
    QCOMPARE(plain->data(plain->index(far, 0), DonationTableModel::DonationIdRole).toLongLong(),
        expected.at(far));
}

void DonationTableModelTest::rowDataMatchesTheDatabase()
{
    auto model = newModel();
    QVERIFY(loadAll(*model));
    // A donation with an amount beyond 64 bits, and one whose amount is not known.
    const qint64 huge =
        m_db.ids(QStringLiteral("SELECT id FROM donations WHERE typeof(amount_units) = 'text' AND "
                                "is_test = 0 LIMIT 1"))
            .value(0);
    const qint64 unknown =
        m_db.ids(QStringLiteral(
                     "SELECT id FROM donations WHERE amount_units IS NULL AND is_test = 0 LIMIT 1"))
            .value(0);
    QVERIFY(huge > 0 && unknown > 0);
    model->noteVisibleRows(model->rowOfDonation(huge), model->rowOfDonation(huge));
    QTRY_VERIFY(model->get(model->rowOfDonation(huge)).value(QStringLiteral("loaded")).toBool());
    const QVariantMap h = model->get(model->rowOfDonation(huge));
    QCOMPARE(h.value(QStringLiteral("currency")).toString(), QStringLiteral("ETH"));
    QSqlQuery units(m_db.connection->db());
    units.prepare(QStringLiteral("SELECT amount_units FROM donations WHERE id = ?"));
    units.addBindValue(huge);
    QVERIFY(units.exec() && units.next());
    QCOMPARE(h.value(QStringLiteral("amount")).toString(),
        formatUnits(*unitsFromSql(units.value(0)), 18));
    model->noteVisibleRows(model->rowOfDonation(unknown), model->rowOfDonation(unknown));
    QTRY_VERIFY(model->get(model->rowOfDonation(unknown)).value(QStringLiteral("loaded")).toBool());
    const QVariantMap u = model->get(model->rowOfDonation(unknown));
    QCOMPARE(u.value(QStringLiteral("amount")).toString(), QString());
    // Every role of a row against its stored values.
    const int row = 3;
    model->noteVisibleRows(0, 10);
    QTRY_VERIFY(model->get(row).value(QStringLiteral("loaded")).toBool());
    const QVariantMap r = model->get(row);
    QSqlQuery q(m_db.connection->db());
    q.prepare(
        QStringLiteral("SELECT d.external_id, e.name, d.status, d.currency, d.donor_email, "
                       "d.campaign, d.donated_at "
                       "FROM donations d JOIN endpoints e ON e.id = d.endpoint_id WHERE d.id = ?"));
    q.addBindValue(r.value(QStringLiteral("donationId")));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(r.value(QStringLiteral("externalId")).toString(), q.value(0).toString());
    QCOMPARE(r.value(QStringLiteral("endpointName")).toString(), q.value(1).toString());
    QCOMPARE(r.value(QStringLiteral("status")).toString(), q.value(2).toString());
    QCOMPARE(r.value(QStringLiteral("currency")).toString(), q.value(3).toString());
    QCOMPARE(r.value(QStringLiteral("donorEmail")).toString(), q.value(4).toString());
    QCOMPARE(r.value(QStringLiteral("campaign")).toString(), q.value(5).toString());
    QCOMPARE(r.value(QStringLiteral("donatedAt")).toDateTime().toMSecsSinceEpoch(),
        q.value(6).toLongLong());
    QCOMPARE(model->headerData(DonationPages::Amount, Qt::Horizontal).toString(),
        QStringLiteral("Amount"));
}

void DonationTableModelTest::countsAndEnd()
{
    auto model = newModel(nullptr, 30);
    QTRY_VERIFY(model->isReady());
    QVERIFY(!model->atEnd());
    QCOMPARE(model->rowCount(), 30);
    // Counted off the UI thread while only the first page is loaded.
    QTRY_VERIFY(!model->isCounting());
    const qint64 total =
        m_db.ids(QStringLiteral("SELECT count(*) FROM donations WHERE is_test = 0")).value(0);
    QCOMPARE(model->totalCount(), total);
    QVERIFY(model->currencies().contains(QStringLiteral("ETH")));
}

void DonationTableModelTest::newDonationsAreCountedNotInserted()
{
    auto model = newModel();
    QAbstractItemModelTester tester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(*model));
    const int before = model->rowCount();
    const QList<qint64> shown = toIds(model->donationIds());
    QVERIFY(m_db.insert(0, QStringLiteral("NEW-")));
    QVERIFY(m_db.insert(1, QStringLiteral("NEW-")));
    model->setDataRevision(model->dataRevision() + 1);
    QTRY_COMPARE(model->newCount(), 2);
    QCOMPARE(model->rowCount(), before); // the user's rows stay where they are
    QCOMPARE(toIds(model->donationIds()), shown);
    model->reload();
    QVERIFY(loadAll(*model));
    QCOMPARE(model->rowCount(), before + 2);
    QCOMPARE(model->newCount(), 0);
}

void DonationTableModelTest::followLiveReloadsTheTop()
{
    auto model = newModel();
    QVERIFY(loadAll(*model));
    model->setFollowLive(true);
    QSignalSpy reloaded(model.get(), &DonationTableModel::reloaded);
    QVERIFY(m_db.insert(0, QStringLiteral("TOP-"))); // dated now: the newest
    const qint64 id = m_db.ids(QStringLiteral("SELECT max(id) FROM donations")).value(0);
    model->setDataRevision(model->dataRevision() + 1);
    QTRY_VERIFY(reloaded.count() >= 1);
    // Newest first: the new donation (dated now) is among the first rows.
    QTRY_VERIFY(model->rowOfDonation(id) >= 0);
    QVERIFY(model->rowOfDonation(id) < 40);
}

namespace {

qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

void DonationTableModelTest::followLiveKeepsTheTotalExact_data()
{
    QTest::addColumn<QVariantMap>("filter");
    QTest::addColumn<QString>("sql");
    // Adds the new donations to the count it had (matches never stop matching).
    QTest::newRow("no filter") << QVariantMap {} << QStringLiteral("1 = 1");
    QTest::newRow("provider") << QVariantMap {{QStringLiteral("providers"),
        QStringList {QStringLiteral("changeup")}}}
                              << QStringLiteral("d.provider = 'changeup'");
    // Counts again (a status can change).
    QTest::newRow("status") << QVariantMap {{QStringLiteral("statuses"),
        QStringList {QStringLiteral("paid")}}}
                            << QStringLiteral("d.status = 'paid'");
}

// Each live reload leaves the total what counting every match gives, with donations arriving
// and existing ones changing status in between.
void DonationTableModelTest::followLiveKeepsTheTotalExact()
{
    QFETCH(QVariantMap, filter);
    QFETCH(QString, sql);
    DonationFilterObject filterObject;
    filterObject.fromMap(filter);
    auto model = newModel(&filterObject);
    QVERIFY(loadAll(*model));
    model->setFollowLive(true);
    auto truth = [&] {
        return m_db
            .ids(QStringLiteral("SELECT count(*) FROM donations d WHERE is_test = 0 AND ") + sql)
            .value(0);
    };
    QTRY_COMPARE(model->totalCount(), truth());
    for (int round = 0; round < 3; ++round) {
        QSignalSpy reloaded(model.get(), &DonationTableModel::reloaded);
        QVERIFY(m_db.insert(0,
            QStringLiteral("LIVE-%1-%2-").arg(QLatin1String(QTest::currentDataTag())).arg(round)));
        // An existing paid donation is refunded: it leaves the "paid" matches.
        QVERIFY(QSqlQuery(m_db.connection->db())
                    .exec(QStringLiteral("UPDATE donations SET status = 'refunded' WHERE id = "
                                         "(SELECT min(id) FROM donations WHERE status = 'paid')")));
        model->setDataRevision(model->dataRevision() + 1);
        QTRY_VERIFY(reloaded.count() >= 1);
        QTRY_COMPARE(model->totalCount(), truth());
    }
}

void DonationTableModelTest::bigDatabase()
{
    const QString path = qEnvironmentVariable("DD_BIG_DB");
    if (path.isEmpty())
        QSKIP("set DD_BIG_DB to a copy of a large database to measure");
    {
        DbConnection migrate(path); // the indexes of the current schema
        QString error;
        QVERIFY2(migrate.open(&error), qPrintable(error));
    }
    BackgroundDatabase db(path);
    auto timed = [&](int column, Qt::SortOrder order, DonationFilterObject *filter) {
        DonationTableModel model;
        model.setDatabase(&db);
        model.setFilter(filter);
        model.setSortColumn(column);
        model.setSortOrder(order);
        QElapsedTimer t;
        t.start();
        if (!QTest::qWaitFor([&] { return model.isReady() && !model.isLoading(); }, 60000))
            return QStringLiteral("timeout");
        const qint64 first = t.elapsed();
        t.restart();
        for (int i = 0; i < 20 && !model.atEnd(); ++i) {
            model.loadMore();
            if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 60000))
                return QStringLiteral("timeout");
        }
        const qint64 pages = t.elapsed();
        if (!QTest::qWaitFor([&] { return !model.isCounting(); }, 60000))
            return QStringLiteral("count timeout");
        return QStringLiteral("%1 %2: first page %3 ms, next 20 pages %4 ms, %5 rows, count %6")
            .arg(model.columnTitle(column),
                order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"))
            .arg(first)
            .arg(pages)
            .arg(model.rowCount())
            .arg(model.totalCount());
    };
    for (int c = 0; c < DonationPages::ColumnCount; ++c) {
        qInfo().noquote() << timed(c, DonationTableModel::naturalOrder(c), nullptr);
        qInfo().noquote() << timed(c,
            DonationTableModel::naturalOrder(c) == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                      : Qt::AscendingOrder,
            nullptr);
    }
    DonationFilterObject f;
    f.setCurrencies({QStringLiteral("ETH")});
    qInfo().noquote() << "ETH only:" << timed(DonationPages::Time, Qt::DescendingOrder, &f);
    f.clear();
    f.setEndpointIds({3, 4});
    qInfo().noquote() << "two endpoints:" << timed(DonationPages::Time, Qt::DescendingOrder, &f);
    f.clear();
    f.setSearch(QStringLiteral("lamarr"));
    qInfo().noquote() << "search:" << timed(DonationPages::Donor, Qt::AscendingOrder, &f);
    f.clear();
    f.setRange(QStringLiteral("last7"));
    qInfo().noquote() << "last 7 days by donor:"
                      << timed(DonationPages::Donor, Qt::AscendingOrder, &f);

    // Scroll through everything, as a view would: memory holds ids, not rows.
    DonationTableModel model;
    model.setDatabase(&db);
    QVERIFY(QTest::qWaitFor([&] { return model.isReady() && !model.isLoading(); }, 60000));
    const qint64 before = residentKiB();
    QElapsedTimer t;
    t.start();
    while (!model.atEnd()) {
        model.noteVisibleRows(qMax(0, model.rowCount() - 40), model.rowCount() - 1);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 60000));
    }
    qInfo().noquote() << QStringLiteral(
        "all %1 rows in %2 ms; resident %3 MiB before, %4 MiB after; %5 pages cached")
                             .arg(model.rowCount())
                             .arg(t.elapsed())
                             .arg(before / 1024)
                             .arg(residentKiB() / 1024)
                             .arg(model.cachedPageCount());
    QVERIFY(model.cachedPageCount() <= model.maxCachedPages());
}

QTEST_MAIN(DonationTableModelTest)
#include "tst_donationtablemodel.moc"
