#include "demo/demodata.h"
#include "domain/donationstatus.h"
#include "providers/provideradapter.h"
#include "storage/endpointstore.h"
#include "storagetest.h"

#include <QtTest>

#include <algorithm>
#include <numeric>

using StorageTest::at;
using StorageTest::dump;
using StorageTest::scalar;

namespace {

const QDateTime Now = at("2025-06-15T14:30:00Z");
constexpr int Count = 2000;

// Rows of a two-column query as a map: "paid" -> 1234.
QHash<QString, qint64> counts(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QHash<QString, qint64> out;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

QString describe(const QHash<QString, qint64> &map)
{
    QStringList parts;
    for (auto it = map.begin(); it != map.end(); ++it)
        parts << it.key() + u'=' + QString::number(it.value());
    parts.sort();
    return parts.join(QStringLiteral(", "));
}

} // namespace

// The demo data generator: endpoints of every provider, webhooks as providers send them, run
// through the real processor, so that donations, histories, dedupe keys, dead letters and the
// request log look like live traffic — the same for the same seed and time.
class TestDemoData : public QObject
{
    Q_OBJECT

private:
    StorageTest::TempDatabase m_db;
    DemoData::Summary m_summary;
    QList<qint64> m_progress;

    static bool generate(QSqlDatabase &db, int count, quint32 seed, DemoData::Summary *summary,
        QString *error, const DemoData::Progress &progress = {})
    {
        DemoData::Options o;
        o.count = count;
        o.seed = seed;
        o.now = Now;
        return DemoData::generate(db, o, error, progress, summary);
    }

    // What a user sees of the donations, row ids included: equal dumps are equal data. Not the
    // endpoint tokens and secrets (random, as they must be), nor what derives from them: masked
    // targets, signatures, NationBuilder's token in the body.
    static QStringList everything(QSqlDatabase &db)
    {
        return dump(db, QStringLiteral("SELECT * FROM donations ORDER BY id"))
            + dump(db,
                QStringLiteral(
                    "SELECT id, donation_id, inbox_id, dedupe_key, event, status_before, "
                    "status_after, provider_status, duplicate, note FROM "
                    "donation_events ORDER BY id"))
            + dump(db,
                QStringLiteral("SELECT id, endpoint_id, received_at, peer, state, error, "
                               "CASE WHEN endpoint_id NOT IN (SELECT id FROM endpoints WHERE "
                               "provider = 'nationbuilder') THEN body END "
                               "FROM inbox ORDER BY id"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(&error), qPrintable(error));
        QVERIFY2(generate(m_db.db(), Count, 1, &m_summary, &error,
                     [this](qint64 done, qint64 total) {
                         m_progress << done;
                         return done <= total;
                     }),
            qPrintable(error));
    }

    void summaryMatchesTheDatabase()
    {
        QSqlDatabase &db = m_db.db();
        // About the count asked for: a batch planned last may carry a few more.
        QVERIFY2(m_summary.donations >= Count && m_summary.donations < Count + 8,
            qPrintable(QString::number(m_summary.donations)));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM donations")).toLongLong(),
            m_summary.donations);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM inbox")).toLongLong(),
            m_summary.requests);
        QCOMPARE(
            m_summary.processed + m_summary.ignored + m_summary.deadLetters, m_summary.requests);
        QCOMPARE(m_summary.endpointsCreated, 10);
        QCOMPARE(m_summary.endpointsReused, 0);
        QVERIFY(!m_progress.isEmpty());
        QCOMPARE(m_progress.last(), qint64(m_summary.donations));
        QVERIFY(std::is_sorted(m_progress.cbegin(), m_progress.cend()));
    }

    void storedAsTheListenerStoresRequests()
    {
        QSqlDatabase &db = m_db.db();
        // Everything processed, as after a quiet moment of live traffic.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM inbox WHERE state = 'pending'"))
                     .toInt(),
            0);
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT count(*) FROM inbox WHERE method <> 'POST' OR target "
                                    "NOT GLOB '/hooks/????...' OR CAST(headers AS TEXT) NOT LIKE "
                                    "'%Content-Length: %' OR peer NOT LIKE '%.%.%.%:%'"))
                     .toInt(),
            0);
        // Arrival order is time order, none after `now`, the oldest about 13 months back.
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT count(*) FROM inbox a JOIN inbox b ON b.id = a.id + 1 "
                                    "WHERE b.received_at < a.received_at"))
                     .toInt(),
            0);
        QVERIFY(scalar(db, QStringLiteral("SELECT max(received_at) FROM inbox")).toLongLong()
            <= Now.toMSecsSinceEpoch());
        const qint64 oldest =
            scalar(db, QStringLiteral("SELECT min(donated_at) FROM donations")).toLongLong();
        QVERIFY(oldest >= Now.addDays(-400).toMSecsSinceEpoch());
        QVERIFY(oldest <= Now.addDays(-330).toMSecsSinceEpoch());
        // Something today and in the last hour, for the live views.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM inbox WHERE received_at >= ?"),
                    {Now.addSecs(-3600).toMSecsSinceEpoch()})
                    .toInt()
            > 0);
        // Signed providers carry their signature headers.
        QCOMPARE(
            scalar(db,
                QStringLiteral("SELECT count(*) FROM inbox i JOIN endpoints e ON e.id = "
                               "i.endpoint_id WHERE e.provider = 'givecloud' AND (CAST(i.headers "
                               "AS TEXT) NOT LIKE '%X-Givecloud-Signature: %' OR "
                               "CAST(i.headers AS TEXT) NOT LIKE "
                               "'%X-Givecloud-Event: %')"))
                .toInt(),
            0);
        QCOMPARE(
            scalar(db,
                QStringLiteral("SELECT count(*) FROM inbox i JOIN endpoints e ON e.id = "
                               "i.endpoint_id WHERE e.provider = 'standard' AND CAST(i.headers "
                               "AS TEXT) NOT LIKE '%webhook-signature: v1,%'"))
                .toInt(),
            0);
    }

    void everyProviderAndEndpoint()
    {
        QSqlDatabase &db = m_db.db();
        const auto providers = counts(
            db, QStringLiteral("SELECT provider, count(*) FROM donations GROUP BY provider"));
        for (const QString &p : Providers::ids())
            QVERIFY2(providers.value(p) > 0, qPrintable(p + u' ' + describe(providers)));
        const auto byEndpoint = counts(db,
            QStringLiteral("SELECT e.name, count(d.id) FROM endpoints e LEFT JOIN donations d "
                           "ON d.endpoint_id = e.id GROUP BY e.id"));
        QCOMPARE(byEndpoint.size(), 10);
        for (auto it = byEndpoint.begin(); it != byEndpoint.end(); ++it)
            QVERIFY2(it.value() > 0, qPrintable(it.key()));
        const auto policies =
            counts(db, QStringLiteral("SELECT record_rule, count(*) FROM endpoints GROUP BY 1"));
        for (const char *rule : {"delay:0", "delay:7", "delay:14", "delay:30"})
            QVERIFY2(policies.contains(QLatin1String(rule)), rule);
        QCOMPARE(
            scalar(db,
                QStringLiteral("SELECT count(*) FROM endpoints WHERE record_rule LIKE 'date:%'"))
                .toInt(),
            2);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT currency FROM endpoints WHERE provider = 'donary'"))
                .toString(),
            QStringLiteral("USD"));
        QVERIFY(
            scalar(db, QStringLiteral("SELECT secret FROM endpoints WHERE provider = 'standard'"))
                .toString()
                .startsWith(QLatin1String("whsec_")));
    }

    void currencies()
    {
        QSqlDatabase &db = m_db.db();
        const auto byCurrency = counts(
            db, QStringLiteral("SELECT currency, count(*) FROM donations GROUP BY currency"));
        for (const char *c : {"USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CHF", "BTC", "USDT"})
            QVERIFY2(byCurrency.value(QLatin1String(c)) > 0,
                qPrintable(QLatin1String(c) + u' ' + describe(byCurrency)));
        // Mostly dollars.
        QVERIFY(byCurrency.value(QStringLiteral("USD")) * 2 > m_summary.donations);
        // Yen without decimals, bitcoin with its eight.
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT count(*) FROM donations WHERE currency = 'JPY' AND "
                                    "amount_text GLOB '*.*'"))
                     .toInt(),
            0);
        QVERIFY(scalar(db,
                    QStringLiteral("SELECT count(*) FROM donations WHERE currency = 'BTC' AND "
                                   "length(substr(amount_text, instr(amount_text, '.') + 1)) = 8"))
                    .toInt()
            > 0);
        // From a dollar to large gifts.
        QVERIFY(scalar(db,
                    QStringLiteral("SELECT min(amount_units) FROM donations WHERE currency = "
                                   "'USD' AND kind = 'donation' AND amount_units > 0"))
                    .toLongLong()
            >= 100);
        QVERIFY(scalar(db,
                    QStringLiteral("SELECT max(amount_units) FROM donations WHERE currency = "
                                   "'USD' AND kind = 'donation'"))
                    .toLongLong()
            >= 500'000);
    }

    void everyStatusInAReasonableMix()
    {
        QSqlDatabase &db = m_db.db();
        const auto byStatus =
            counts(db, QStringLiteral("SELECT status, count(*) FROM donations GROUP BY status"));
        for (const QString &s : Status::allNames())
            QVERIFY2(byStatus.value(s) > 0, qPrintable(s + u' ' + describe(byStatus)));
        // Most donations are simply paid; reversals and failures are a small share.
        const qint64 paid = byStatus.value(QStringLiteral("paid"));
        QVERIFY2(paid * 10 > m_summary.donations * 7, qPrintable(describe(byStatus)));
        QVERIFY2(byStatus.value(QStringLiteral("refunded")) * 20 < m_summary.donations,
            qPrintable(describe(byStatus)));
        const auto kinds =
            counts(db, QStringLiteral("SELECT kind, count(*) FROM donations GROUP BY kind"));
        QVERIFY(kinds.value(QStringLiteral("schedule")) > 0);
        QVERIFY(kinds.value(QStringLiteral("pledge")) > 0);
        // A Donary schedule's first payment is a donation linked to it.
        QVERIFY(scalar(db,
                    QStringLiteral("SELECT count(*) FROM donations d JOIN donations s ON s.id = "
                                   "d.parent_id WHERE s.kind = 'schedule' AND d.status = 'paid'"))
                    .toInt()
            > 0);
    }

    void everyRecordStateAsOfNow()
    {
        const auto byState = counts(m_db.db(),
            QStringLiteral("SELECT dd_record_state(status, donated_at, record_date, paid_at, "
                           "reversed_at, ?), count(*) FROM donations GROUP BY 1"),
            {Now.toMSecsSinceEpoch()});
        for (const char *s : {"pre-record", "post-record", "reversed", "none"})
            QVERIFY2(byState.value(QLatin1String(s)) > 0,
                qPrintable(QLatin1String(s) + u' ' + describe(byState)));
        QVERIFY(byState.value(QStringLiteral("post-record"))
            > byState.value(QStringLiteral("reversed")));
    }

    void historiesDuplicatesDeadLettersAndRefusals()
    {
        QSqlDatabase &db = m_db.db();
        // Stories of several events: pending then paid, paid then refunded, NEW -> COMPLETED.
        QVERIFY(scalar(db,
                    QStringLiteral("SELECT count(*) FROM (SELECT donation_id FROM donation_events "
                                   "WHERE duplicate = 0 GROUP BY donation_id HAVING count(*) > 1)"))
                    .toInt()
            > 20);
        QVERIFY(scalar(db,
                    QStringLiteral("SELECT count(*) FROM donations d WHERE provider = 'inqud' AND "
                                   "status = 'paid' AND (SELECT count(*) FROM donation_events e "
                                   "WHERE e.donation_id = d.id AND e.duplicate = 0) >= 3"))
                    .toInt()
            > 0);
        QVERIFY(
            scalar(db, QStringLiteral("SELECT count(*) FROM donation_events WHERE duplicate = 1"))
                .toInt()
            > 0);
        // Givecloud recurring batches: one request, several donations.
        QVERIFY(scalar(db,
                    QStringLiteral("SELECT count(*) FROM (SELECT inbox_id FROM donation_events e "
                                   "JOIN donations d ON d.id = e.donation_id WHERE d.provider = "
                                   "'givecloud' GROUP BY inbox_id HAVING count(*) > 1)"))
                    .toInt()
            > 0);
        // NationBuilder in both shapes.
        QVERIFY(scalar(db,
                    QStringLiteral("SELECT count(*) FROM donations WHERE provider = "
                                   "'nationbuilder' AND details LIKE '%\"legacy\":true%'"))
                    .toInt()
            > 0);
        QVERIFY(scalar(db,
                    QStringLiteral("SELECT count(*) FROM donations WHERE provider = "
                                   "'nationbuilder' AND details NOT LIKE '%\"legacy\"%'"))
                    .toInt()
            > 0);

        const auto dead = counts(db,
            QStringLiteral("SELECT error, count(*) FROM inbox WHERE state = 'dead' GROUP BY 1"));
        QCOMPARE(
            qint64(std::accumulate(dead.cbegin(), dead.cend(), qint64(0))), m_summary.deadLetters);
        QVERIFY2(dead.size() >= 4, qPrintable(describe(dead)));
        QVERIFY2(dead.contains(QStringLiteral("currency: \"US Dollar\" is not a currency code")),
            qPrintable(describe(dead)));
        QVERIFY(m_summary.ignored > 0); // Givecloud supporter events

        const auto refused = counts(
            db, QStringLiteral("SELECT category, count(*) FROM request_log GROUP BY category"));
        QCOMPARE(qint64(std::accumulate(refused.cbegin(), refused.cend(), qint64(0))),
            m_summary.refusals);
        for (const char *c : {"signature", "token", "malformed", "method"})
            QVERIFY2(refused.value(QLatin1String(c)) > 0, qPrintable(describe(refused)));
        QVERIFY(scalar(db,
                    QStringLiteral("SELECT count(*) FROM request_log WHERE reason LIKE "
                                   "'signature mismatch:%'"))
                    .toInt()
            > 0);
    }

    void donorsInManyScripts()
    {
        QSqlDatabase &db = m_db.db();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT donor_name FROM donations")));
        QSet<QChar::Script> scripts;
        while (q.next()) {
            for (const QChar ch : q.value(0).toString()) {
                if (ch.isLetter())
                    scripts.insert(ch.script());
            }
        }
        for (QChar::Script s :
            {QChar::Script_Latin, QChar::Script_Cyrillic, QChar::Script_Greek, QChar::Script_Arabic,
                QChar::Script_Hebrew, QChar::Script_Han, QChar::Script_Devanagari})
            QVERIFY2(scripts.contains(s), qPrintable(QString::number(int(s))));
        QVERIFY(
            scalar(db,
                QStringLiteral("SELECT count(*) FROM donations WHERE donor_name GLOB '*[éüøçñ]*'"))
                .toInt()
            > 0);
        QVERIFY(scalar(db,
                    QStringLiteral("SELECT count(*) FROM donations WHERE donor_email LIKE '%@%.%'"))
                    .toInt()
            > m_summary.donations / 2);
    }

    void deterministic()
    {
        StorageTest::TempDatabase a;
        StorageTest::TempDatabase b;
        QString error;
        QVERIFY2(a.open(&error), qPrintable(error));
        QVERIFY2(b.open(&error), qPrintable(error));
        DemoData::Summary sa, sb;
        QVERIFY2(generate(a.db(), 600, 7, &sa, &error), qPrintable(error));
        QVERIFY2(generate(b.db(), 600, 7, &sb, &error), qPrintable(error));
        const QStringList da = everything(a.db());
        const QStringList db = everything(b.db());
        QVERIFY(da.size() > 600);
        QCOMPARE(da, db);

        // Another seed, other data.
        StorageTest::TempDatabase c;
        QVERIFY2(c.open(&error), qPrintable(error));
        DemoData::Summary sc;
        QVERIFY2(generate(c.db(), 600, 8, &sc, &error), qPrintable(error));
        QVERIFY(everything(c.db()) != da);
    }

    void runningTwiceAddsAndReuses()
    {
        StorageTest::TempDatabase t;
        QString error;
        QVERIFY2(t.open(&error), qPrintable(error));
        DemoData::Summary first, second;
        QVERIFY2(generate(t.db(), 500, 3, &first, &error), qPrintable(error));
        const QStringList endpointsBefore = dump(
            t.db(), QStringLiteral("SELECT id, name, provider, token FROM endpoints ORDER BY id"));
        // The same seed again: new ids, so new donations rather than redeliveries.
        QVERIFY2(generate(t.db(), 500, 3, &second, &error), qPrintable(error));
        QCOMPARE(second.endpointsCreated, 0);
        QCOMPARE(second.endpointsReused, 10);
        QCOMPARE(dump(t.db(),
                     QStringLiteral("SELECT id, name, provider, token FROM endpoints ORDER BY id")),
            endpointsBefore);
        QVERIFY(second.donations >= 500);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM donations")).toLongLong(),
            first.donations + second.donations);
        QCOMPARE(scalar(t.db(),
                     QStringLiteral("SELECT count(*) FROM donation_events WHERE duplicate = 1"))
                     .toLongLong(),
            scalar(t.db(),
                QStringLiteral("SELECT count(*) FROM donation_events e JOIN inbox i ON i.id = "
                               "e.inbox_id WHERE e.duplicate = 1"))
                .toLongLong());
        // The connection's settings are as they were.
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA synchronous")).toInt(), 2);
    }

    void stopsWhenAskedWithEverythingProcessed()
    {
        StorageTest::TempDatabase t;
        QString error;
        QVERIFY2(t.open(&error), qPrintable(error));
        DemoData::Summary s;
        int calls = 0;
        QVERIFY2(generate(t.db(), 30000, 1, &s, &error,
                     [&](qint64, qint64) {
                         ++calls;
                         return false;
                     }),
            qPrintable(error));
        QCOMPARE(calls, 1);
        QVERIFY(s.donations > 0 && s.donations < 30000);
        QCOMPARE(
            scalar(t.db(), QStringLiteral("SELECT count(*) FROM inbox WHERE state = 'pending'"))
                .toInt(),
            0);
    }

    void refusesBadOptions()
    {
        QString error;
        DemoData::Summary s;
        QVERIFY(!generate(m_db.db(), 0, 1, &s, &error));
        QVERIFY2(error.contains(QLatin1String("count")), qPrintable(error));
        DemoData::Options o;
        o.count = 10;
        error.clear();
        QVERIFY(!DemoData::generate(m_db.db(), o, &error));
        QVERIFY(!error.isEmpty());
    }

    void endpointNamesFollowTheCalendar()
    {
        const QStringList names = DemoData::endpointNames(Now);
        QCOMPARE(names.size(), 10);
        QVERIFY(names.contains(QStringLiteral("Gala 2025 tickets")));
        QVERIFY(DemoData::endpointNames(at("2025-11-01T00:00:00Z"))
                    .contains(QStringLiteral("Gala 2026 tickets")));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
