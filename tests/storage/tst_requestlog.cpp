// The request inspector's queries over demo traffic (accepted, redelivered, ignored, dead and
// refused requests of every provider): pages cover every request once, newest first; each
// filter selects exactly what independent SQL counts; the detail and the cURL command carry
// the exact bytes.

#include "demo/demodata.h"
#include "reports/requestlog.h"
#include "storagetest.h"

#include <QProcess>
#include <QSet>
#include <QtTest>

using namespace StorageTest;

class TestRequestLog : public QObject
{
    Q_OBJECT

    TempDatabase m_db;

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        return scalar(m_db.db(), sql, binds).toLongLong();
    }

    QList<RequestLog::Entry> all(const RequestLog::Filter &filter, int pageSize)
    {
        QList<RequestLog::Entry> out;
        std::optional<RequestLog::Cursor> cursor;
        for (int guard = 0; guard < 100000; ++guard) {
            const RequestLog::Page p = RequestLog::page(m_db.db(), filter, cursor, pageSize);
            if (!p.error.isEmpty()) {
                qWarning() << p.error;
                return {};
            }
            out += p.entries;
            if (!p.more)
                break;
            cursor = RequestLog::Cursor::after(p.entries.last());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(&error), qPrintable(error));
        DemoData::Options o;
        o.count = 800;
        o.seed = 3;
        o.now = at("2026-03-01T12:00:00Z");
        DemoData::Summary summary;
        QVERIFY2(DemoData::generate(m_db.db(), o, &error, {}, &summary), qPrintable(error));
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM request_log")) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM inbox WHERE state = 'dead'")) > 0);
    }

    void pagesCoverEveryRequestOnceNewestFirst()
    {
        const QList<RequestLog::Entry> rows = all({}, 37);
        const qint64 expected = count(QStringLiteral("SELECT count(*) FROM inbox"))
            + count(QStringLiteral("SELECT count(*) FROM request_log"));
        QCOMPARE(rows.size(), expected);
        QSet<QPair<bool, qint64>> seen;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QVERIFY(!seen.contains({rows.at(i).refused, rows.at(i).id}));
            seen.insert({rows.at(i).refused, rows.at(i).id});
            if (i > 0)
                QVERIFY(rows.at(i - 1).receivedAt >= rows.at(i).receivedAt);
        }
        // One large page gives the same rows as many small ones.
        const QList<RequestLog::Entry> one = all({}, 100000);
        QCOMPARE(one.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(one.at(i).id, rows.at(i).id);
    }

    void entriesSayWhatBecameOfEachRequest()
    {
        const QList<RequestLog::Entry> rows = all({}, 500);
        int withDonations = 0;
        for (const RequestLog::Entry &e : rows) {
            if (e.refused) {
                QCOMPARE(e.result, RequestLog::Result::Refused);
                QVERIFY(e.httpStatus >= 400);
                QVERIFY(!e.reason.isEmpty());
                QVERIFY(!e.category.isEmpty());
            } else {
                QCOMPARE(e.httpStatus, 200);
                QVERIFY(e.endpointId > 0);
                QVERIFY(!e.endpointName.isEmpty());
                QVERIFY(!e.provider.isEmpty());
                QCOMPARE(e.size,
                    count(QStringLiteral("SELECT length(body) FROM inbox WHERE id = ?"), {e.id}));
                if (e.result == RequestLog::Result::Dead)
                    QVERIFY(!e.reason.isEmpty());
                if (e.donations > 0)
                    ++withDonations;
            }
            QVERIFY(e.target.startsWith(QLatin1String("/")));
        }
        QVERIFY(withDonations > 0);
    }

    void filtersMatchIndependentCounts_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("sql");
        QTest::newRow("dead") << "dead"
                              << "SELECT count(*) FROM inbox WHERE state = 'dead'";
        QTest::newRow("ignored") << "ignored"
                                 << "SELECT count(*) FROM inbox WHERE state = 'ignored'";
        QTest::newRow("duplicate")
            << "duplicate"
            << "SELECT count(*) FROM inbox i WHERE state = 'processed' AND EXISTS (SELECT 1 FROM "
               "donation_events WHERE inbox_id = i.id) AND NOT EXISTS (SELECT 1 FROM "
               "donation_events WHERE inbox_id = i.id AND duplicate = 0)";
        QTest::newRow("accepted")
            << "accepted"
            << "SELECT count(*) FROM inbox i WHERE state IN ('processed', 'pending') AND NOT "
               "(EXISTS (SELECT 1 FROM donation_events WHERE inbox_id = i.id) AND NOT EXISTS "
               "(SELECT 1 FROM donation_events WHERE inbox_id = i.id AND duplicate = 0))";
        QTest::newRow("signature")
            << "refused-signature"
            << "SELECT count(*) FROM request_log WHERE category = 'signature'";
        QTest::newRow("token") << "refused-token"
                               << "SELECT count(*) FROM request_log WHERE category = 'token'";
        QTest::newRow("malformed") << "refused-malformed"
                                   << "SELECT count(*) FROM request_log WHERE category IN "
                                      "('malformed', 'framing', 'method')";
        QTest::newRow("other")
            << "refused-other"
            << "SELECT count(*) FROM request_log WHERE category NOT IN ('signature', 'token', "
               "'size', 'headers', 'malformed', 'framing', 'method')";
    }

    void filtersMatchIndependentCounts()
    {
        QFETCH(QString, filter);
        QFETCH(QString, sql);
        RequestLog::Filter f;
        f.results = {filter};
        const QList<RequestLog::Entry> rows = all(f, 50);
        QCOMPARE(rows.size(), count(sql));
        if (filter == u"duplicate" || filter == u"signature" || filter == u"refused-signature")
            QVERIFY2(!rows.isEmpty(), "the demo has some of these");
    }

    void filtersCombine()
    {
        const qint64 endpointId = count(QStringLiteral(
            "SELECT endpoint_id FROM inbox GROUP BY endpoint_id ORDER BY count(*) DESC LIMIT 1"));
        RequestLog::Filter f;
        f.endpointIds = {endpointId};
        const QList<RequestLog::Entry> mine = all(f, 100);
        QCOMPARE(mine.size(),
            count(QStringLiteral("SELECT count(*) FROM inbox WHERE endpoint_id = ?"), {endpointId})
                + count(QStringLiteral("SELECT count(*) FROM request_log WHERE endpoint_id = ?"),
                    {endpointId}));
        for (const auto &e : mine)
            QCOMPARE(e.endpointId, endpointId);
        // Two results: their union.
        f.results = {QStringLiteral("dead"), QStringLiteral("refused-signature")};
        const QList<RequestLog::Entry> both = all(f, 100);
        f.results = {QStringLiteral("dead")};
        const qsizetype dead = all(f, 100).size();
        f.results = {QStringLiteral("refused-signature")};
        QCOMPARE(both.size(), dead + all(f, 100).size());
    }

    void searchLooksInHeadersAndBodies()
    {
        // A donor's name from one body, in another case.
        const QString email = scalar(m_db.db(),
            QStringLiteral("SELECT donor_email FROM donations WHERE donor_email LIKE '%@%' "
                           "ORDER BY id LIMIT 1"))
                                  .toString();
        QVERIFY(!email.isEmpty());
        RequestLog::Filter f;
        f.search = email.toUpper();
        const QList<RequestLog::Entry> rows = all(f, 100);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.size(),
            count(QStringLiteral(
                      "SELECT count(*) FROM inbox WHERE instr(lower(CAST(body AS TEXT)), ?) "
                      "OR instr(lower(CAST(headers AS TEXT)), ?)"),
                {email.toLower(), email.toLower()})
                + count(QStringLiteral("SELECT count(*) FROM request_log WHERE "
                                       "instr(lower(CAST(body AS TEXT)), ?) OR "
                                       "instr(lower(CAST(headers AS TEXT)), ?)"),
                    {email.toLower(), email.toLower()}));
        // A header.
        f.search = QStringLiteral("x-givecloud-event");
        const QList<RequestLog::Entry> gc = all(f, 100);
        QVERIFY(!gc.isEmpty());
        for (const auto &e : gc)
            QVERIFY2(e.provider == u"givecloud" || e.refused, qPrintable(e.provider));
        f.search = QStringLiteral("no such text anywhere 7f3a");
        QVERIFY(all(f, 100).isEmpty());
    }

    void detailOfAnAcceptedRequest()
    {
        const qint64 id = count(QStringLiteral(
            "SELECT inbox_id FROM donation_events WHERE duplicate = 0 ORDER BY id LIMIT 1"));
        const RequestLog::Detail d = RequestLog::detail(m_db.db(), false, id);
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QCOMPARE(d.entry.id, id);
        QCOMPARE(d.body,
            scalar(m_db.db(), QStringLiteral("SELECT body FROM inbox WHERE id = ?"), {id})
                .toByteArray());
        QVERIFY(!d.headers.isEmpty());
        QVERIFY(!d.touched.isEmpty());
        QVERIFY(!d.touched.first().statusAfter.isEmpty());
        QVERIFY(d.touched.first().donationId > 0);
        QVERIFY(!d.bodyCut);
    }

    void detailOfARefusal()
    {
        const qint64 id = count(QStringLiteral(
            "SELECT id FROM request_log WHERE category = 'signature' ORDER BY id LIMIT 1"));
        QVERIFY(id > 0);
        const RequestLog::Detail d = RequestLog::detail(m_db.db(), true, id);
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QVERIFY(d.entry.refused);
        QCOMPARE(d.entry.httpStatus, 401);
        QVERIFY2(d.entry.reason.contains(QLatin1String("signature")), qPrintable(d.entry.reason));
        QVERIFY(d.touched.isEmpty());
        QVERIFY(!RequestLog::detail(m_db.db(), true, 99999999).error.isEmpty());
    }

    void curlSendsTheSameBytes()
    {
        RequestLog::Detail d;
        d.entry.method = QStringLiteral("POST");
        d.entry.target = QStringLiteral("/hooks/abc...");
        d.headers = {{"Host", "127.0.0.1:8787"}, {"Content-Type", "application/json"},
            {"Content-Length", "31"}, {"X-Sig", "it's \"quoted\""}};
        d.body = R"({"name":"O'Brien","amount":1})";
        const QString cmd =
            RequestLog::curlCommand(d, QStringLiteral("http://127.0.0.1:8787"), "/hooks/abcdef");
        QVERIFY(cmd.startsWith(QLatin1String("curl -X POST 'http://127.0.0.1:8787/hooks/abcdef'")));
        QVERIFY(!cmd.contains(QLatin1String("Host:")));
        QVERIFY(!cmd.contains(QLatin1String("Content-Length")));
        // The shell gives back exactly the bytes: ask it.
        QProcess sh;
        sh.start(QStringLiteral("sh"),
            {QStringLiteral("-c"),
                QString(cmd).replace(QLatin1String("curl "), QLatin1String("printf '%s\\n' "))});
        QVERIFY(sh.waitForFinished(5000));
        const QByteArray out = sh.readAllStandardOutput();
        QVERIFY2(out.contains("X-Sig: it's \"quoted\"\n"), out.constData());
        QVERIFY2(out.contains(QByteArray(d.body + '\n')), out.constData());
        QVERIFY2(out.contains("Content-Type: application/json\n"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
