#include "donationtestdb.h"

#include "donations/donationfilterobject.h"
#include "donations/donationtablemodel.h"
#include "export/exportjob.h"
#include "reports/donationexport.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

// The Donations view's export: exactly the rows the table shows under the same filter, in the
// command line's format; cancel leaves no file, before or during the writing.
class ExportJobTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void writesWhatTheViewShows_data();
    void writesWhatTheViewShows();
    void cancelBeforeItStarts();
    void cancelWhileWriting();
    void unwritableFile();
    void suggestsADatedName();

private:
    QList<qint64> viewIds(DonationFilterObject *filter, QDateTime *asOf);

    DonationTestDb m_db;
    std::unique_ptr<BackgroundDatabase> m_background;
    QTemporaryDir m_out;
};

void ExportJobTest::initTestCase()
{
    // Enough rows that writing takes a while (for the cancel in the middle).
    QVERIFY(m_db.create(60000));
    m_background = std::make_unique<BackgroundDatabase>(m_db.path);
}

void ExportJobTest::cleanupTestCase()
{
    m_background.reset();
}

QList<qint64> ExportJobTest::viewIds(DonationFilterObject *filter, QDateTime *asOf)
{
    DonationTableModel model;
    model.setDatabase(m_background.get());
    model.setPageSize(2000);
    model.setFilter(filter);
    if (!QTest::qWaitFor(
            [&] {
                if (model.isReady() && !model.isLoading() && !model.atEnd())
                    model.loadMore();
                return model.isReady() && !model.isLoading() && model.atEnd();
            },
            60000))
        return {};
    *asOf = model.asOf();
    return toIds(model.donationIds());
}

void ExportJobTest::writesWhatTheViewShows_data()
{
    QTest::addColumn<QVariantMap>("filter");
    QTest::newRow("endpoint and status")
        << QVariantMap {{QStringLiteral("endpointIds"), QVariantList {m_db.endpoints.at(1).id}},
               {QStringLiteral("statuses"),
                   QStringList {QStringLiteral("refunded"), QStringLiteral("canceled")}}};
    QTest::newRow("record state and currency") << QVariantMap {
        {QStringLiteral("recordStates"), QStringList {QStringLiteral("pre-record")}},
        {QStringLiteral("currencies"), QStringList {QStringLiteral("EUR")}}};
    QTest::newRow("search") << QVariantMap {{QStringLiteral("search"), QStringLiteral("T123")}};
    QTest::newRow("nothing") << QVariantMap {
        {QStringLiteral("search"), QStringLiteral("no such donor")}};
}

void ExportJobTest::writesWhatTheViewShows()
{
    QFETCH(QVariantMap, filter);
    DonationFilterObject filterObject;
    filterObject.fromMap(filter);
    QDateTime asOf;
    const QList<qint64> shown = viewIds(&filterObject, &asOf);
    QVERIFY(asOf.isValid());

    ExportJob job;
    job.setDatabase(m_background.get());
    QSignalSpy finished(&job, &ExportJob::finished);
    const QString path = m_out.filePath(QStringLiteral("export-%1.csv")
                                            .arg(QString::fromUtf8(QTest::currentDataTag()))
                                            .replace(u' ', u'-'));
    job.start(QUrl::fromLocalFile(path), &filterObject, asOf);
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(job.error(), QString());
    QCOMPARE(job.rowsWritten(), qint64(shown.size()));
    QCOMPARE(job.rowsTotal(), qint64(shown.size()));

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.endsWith("\r\n"));
    QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // after the last CRLF
    QCOMPARE(lines.size(), shown.size() + 1); // header and one line per row
    QCOMPARE(lines.first(), DonationExport::columns().join(u',').toUtf8() + '\r');
    QSet<qint64> written;
    for (qsizetype i = 1; i < lines.size(); ++i)
        written << lines.at(i).left(lines.at(i).indexOf(',')).toLongLong();
    QCOMPARE(written, QSet<qint64>(shown.begin(), shown.end()));
}

void ExportJobTest::cancelBeforeItStarts()
{
    DonationFilterObject filterObject;
    ExportJob job;
    job.setDatabase(m_background.get());
    QSignalSpy finished(&job, &ExportJob::finished);
    const QString path = m_out.filePath(QStringLiteral("canceled-early.csv"));
    job.start(QUrl::fromLocalFile(path), &filterObject);
    job.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(job.isCanceled());
    QVERIFY(!job.isRunning());
    QVERIFY(!QFile::exists(path));
}

void ExportJobTest::cancelWhileWriting()
{
    DonationFilterObject filterObject;
    ExportJob job;
    job.setDatabase(m_background.get());
    QSignalSpy finished(&job, &ExportJob::finished);
    const QString path = m_out.filePath(QStringLiteral("canceled-midway.csv"));
    // Cancel as soon as the total is known: the rows are being written then.
    connect(&job, &ExportJob::progressChanged, &job, [&job] {
        if (job.rowsTotal() > 0)
            job.cancel();
    });
    job.start(QUrl::fromLocalFile(path), &filterObject);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(job.isCanceled());
    QVERIFY(job.rowsTotal() > 50000);
    QVERIFY(!QFile::exists(path));
    // No temporary file left behind either.
    QCOMPARE(QDir(m_out.path()).entryList({QStringLiteral("canceled-midway*")}, QDir::Files),
        QStringList());
}

void ExportJobTest::unwritableFile()
{
    DonationFilterObject filterObject;
    ExportJob job;
    job.setDatabase(m_background.get());
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start(
        QUrl::fromLocalFile(m_out.filePath(QStringLiteral("no/such/folder/x.csv"))), &filterObject);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!job.isCanceled());
    QVERIFY(!job.error().isEmpty());
}

void ExportJobTest::suggestsADatedName()
{
    const QUrl url = ExportJob::suggestedFile(QStringLiteral("donations"));
    QVERIFY(url.isLocalFile());
    QCOMPARE(url.fileName(),
        QStringLiteral("donations-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
}

QTEST_MAIN(ExportJobTest)
#include "tst_exportjob.moc"
