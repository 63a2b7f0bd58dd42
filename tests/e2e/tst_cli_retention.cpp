#include "clitest.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <csignal>

using Cli::Result;

// `retention`, `purge` and `erase-donor` as a script runs them: the setting shared through the
// database, what a purge erases (and what a dry run only counts), a donor's data erased with
// their amounts kept, every bad argument refused before anything changes, and `serve` applying
// the retention by itself.
class TestCliRetention : public QObject
{
    Q_OBJECT

private:
    Cli::Sandbox m_sandbox;
    QString m_db;
    EndpointConfig m_widget;
    static constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

    Result cli(const char *words, const QStringList &more = {}) const
    {
        return m_sandbox.run(Cli::words(words) + more + QStringList {QStringLiteral("--db"), m_db});
    }

    static int number(const Result &r, const char *key)
    {
        return r.jsonObject().value(QLatin1String(key)).toInt(-1);
    }

    // SQL straight on the database (no server is running when the tests write).
    QVariant sql(const QString &statement, const QVariantList &binds = {}) const
    {
        DbConnection::Options options;
        options.migrate = false;
        DbConnection db(m_db, options);
        QString error;
        if (!db.open(&error))
            qFatal("cannot open %s: %s", qPrintable(m_db), qPrintable(error));
        QSqlQuery q(db.db());
        q.prepare(statement);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        return q.next() ? q.value(0) : QVariant();
    }

    QStringList everything() const
    {
        QStringList out;
        for (const char *table : {"donations", "inbox", "request_log", "settings"}) {
            DbConnection::Options options;
            options.migrate = false;
            DbConnection db(m_db, options);
            QString error;
            if (!db.open(&error))
                return {error};
            QSqlQuery q(db.db());
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i).toString();
                out << row.join(u'|');
            }
        }
        return out;
    }

    static QByteArray donation(
        const char *id, const char *status, const char *name, const char *email, const char *amount)
    {
        return QByteArray("{\"transactionId\":\"") + id + "\",\"amount\":\"" + amount
            + "\",\"currency\":\"EUR\",\"transactionOrderDate\":\"2024-05-01T10:00:00Z\","
              "\"status\":\""
            + status + "\",\"donorName\":\"" + name + "\",\"donorEmail\":\"" + email + "\"}";
    }

    // Stored and processed by a running `serve`.
    void deliver(const QList<QByteArray> &bodies, const QList<QByteArray> &refused = {})
    {
        Cli::Server server(m_sandbox);
        QString error;
        QVERIFY2(server.start(m_db, &error), qPrintable(error));
        int n = 0;
        for (const QByteArray &body : bodies) {
            const Cli::HttpAnswer a =
                server.post(m_widget, body, {}, "msg_retention_" + QByteArray::number(++n));
            QVERIFY2(a.status == 200, a.describe().constData());
        }
        for (const QByteArray &body : refused) {
            const Cli::HttpAnswer a = server.post(m_widget, body);
            QVERIFY2(a.status == 400, a.describe().constData());
        }
        QVERIFY2(server.waitUntilProcessed(&error), qPrintable(error));
        QVERIFY2(server.stop(SIGINT, &error), qPrintable(error));
        QCOMPARE(server.exitCode(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(Cli::binary()).isExecutable(), qPrintable(Cli::binary()));
        QVERIFY(m_sandbox.isValid());
        m_db = m_sandbox.path(QStringLiteral("retention.sqlite"));
        const Result added = cli("endpoint add --provider changeup --name widget --json");
        QVERIFY2(added.exitCode == 0, added.describe().constData());
        m_widget = Cli::endpointFromJson(added.jsonObject());

        deliver({donation("A-1", "completed", "Ada Lovelace", "ada@example.org", "20.00"),
                    donation("A-1", "refunded", "Ada Lovelace", "ada@example.org", "20.00"),
                    donation("G-1", "completed", "Grace Hopper", "grace@example.org", "100.00")},
            {"{\"donorEmail\":\"ada@example.org\", "});
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM inbox")).toInt(), 3);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM request_log")).toInt(), 1);
        // Ada's first request, Grace's and the refusal arrived 40 days ago.
        sql(QStringLiteral("UPDATE inbox SET received_at = received_at - ? WHERE id IN (1, 3)"),
            {40 * DayMs});
        sql(QStringLiteral("UPDATE request_log SET received_at = received_at - ?"), {40 * DayMs});
    }

    void retentionIsShownAndSet()
    {
        Result r = cli("retention");
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QCOMPARE(r.out, QByteArray("Raw requests are kept for ever (retention 0 days).\n"));
        QCOMPARE(cli("retention --json").out, QByteArray("{\"days\":0}\n"));

        r = cli("retention --days 30");
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QVERIFY2(r.out.startsWith("Raw requests are kept for 30 days:"), r.out.constData());
        QVERIFY2(r.out.contains("donationdesk purge"), r.out.constData());
        QCOMPARE(sql(QStringLiteral("SELECT value FROM settings WHERE key = 'raw_retention_days'"))
                     .toString(),
            QStringLiteral("30"));
        QCOMPARE(cli("retention --json").out, QByteArray("{\"days\":30}\n"));
    }

    void badArgumentsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("named");
        QTest::newRow("negative days") << Cli::words("retention --days -1") << QByteArray("--days");
        QTest::newRow("too many days")
            << Cli::words("retention --days 36501") << QByteArray("--days");
        QTest::newRow("not days") << Cli::words("retention --days soon") << QByteArray("'soon'");
        QTest::newRow("days twice")
            << Cli::words("retention --days 1 --days 2") << QByteArray("--days");
        QTest::newRow("older than 0")
            << Cli::words("purge --older-than 0") << QByteArray("--older-than");
        QTest::newRow("purge argument") << Cli::words("purge now") << QByteArray("'now'");
        QTest::newRow("no email") << Cli::words("erase-donor --yes") << QByteArray("--email");
        QTest::newRow("not an email")
            << Cli::words("erase-donor --email ada --yes") << QByteArray("'ada'");
        QTest::newRow("dry run and yes")
            << Cli::words("erase-donor --email ada@example.org --dry-run --yes")
            << QByteArray("--yes");
    }

    void badArgumentsChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, named);
        const QStringList before = everything();
        const Result r = m_sandbox.run(arguments + QStringList {QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(named), r.err.constData());
        QCOMPARE(everything(), before);
    }

    void missingDatabaseIsNotCreated()
    {
        for (const char *command : {"retention", "purge", "erase-donor --email a@b.org --yes"}) {
            const QString path = m_sandbox.path(QStringLiteral("typo.sqlite"));
            const Result r =
                m_sandbox.run(Cli::words(command) + QStringList {QStringLiteral("--db"), path});
            QVERIFY2(r.exitCode == 1, r.describe().constData());
            QCOMPARE(r.errLines().size(), 1);
            QVERIFY2(!QFileInfo::exists(path), command);
        }
    }

    void dryRunThenPurge()
    {
        const QStringList before = everything();
        Result r = cli("purge --dry-run --json");
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QCOMPARE(number(r, "days"), 30);
        QCOMPARE(r.jsonObject().value(QLatin1String("dry_run")).toBool(), true);
        QCOMPARE(number(r, "requests_erased"), 2);
        QCOMPARE(number(r, "refusals_deleted"), 1);
        QCOMPARE(number(r, "unfinished_kept"), 0);
        QCOMPARE(everything(), before);

        r = cli("purge --json");
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QCOMPARE(r.jsonObject().value(QLatin1String("dry_run")).toBool(), false);
        QCOMPARE(number(r, "requests_erased"), 2);
        QCOMPARE(number(r, "refusals_deleted"), 1);
        QCOMPARE(sql(QStringLiteral("SELECT group_concat(id || ':' || erased_why || ':' || "
                                    "length(body), ',') FROM inbox WHERE erased_at IS NOT NULL"))
                     .toString(),
            QStringLiteral("1:retention:0,3:retention:0"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM request_log")).toInt(), 0);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM donations")).toInt(), 2);

        // Again, as text: nothing is left to purge.
        r = cli("purge");
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QVERIFY2(r.out.startsWith("Erased the raw bytes of 0 stored request(s) and deleted 0 "
                                  "refused request(s) received before "),
            r.out.constData());
        QVERIFY2(r.out.endsWith("(older than 30 day(s)).\n"), r.out.constData());
        // A shorter horizon than the setting's, for once: the newer request is 0 days old.
        r = cli("purge --older-than 1 --dry-run --json");
        QCOMPARE(number(r, "days"), 1);
        QCOMPARE(number(r, "requests_erased"), 0);
    }

    void erasedRequestsAreNotReprocessed()
    {
        Result r = cli("reprocess --all --json");
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QCOMPARE(number(r, "rows"), 1);
        QCOMPARE(number(r, "dead"), 0);
        QCOMPARE(number(r, "erased_skipped"), 2);
        r = cli("reprocess --all");
        QVERIFY2(r.out.contains("Skipped 2 erased requests"), r.out.constData());
        r = cli("reprocess --all --request 1 --json");
        QCOMPARE(number(r, "rows"), 0);
        QCOMPARE(number(r, "erased_skipped"), 1);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM inbox WHERE state = 'dead'")).toInt(), 0);
        QCOMPARE(sql(QStringLiteral("SELECT group_concat(external_id || ' ' || status || ' ' || "
                                    "amount_text || ' ' || donor_name, ', ') FROM donations"))
                     .toString(),
            QStringLiteral("A-1 refunded 20.00 Ada Lovelace, G-1 paid 100.00 Grace Hopper"));
    }

    void eraseDonor()
    {
        // A refusal that names Ada, logged after the purge.
        sql(QStringLiteral(
            "INSERT INTO request_log (received_at, peer, endpoint_id, method, target, "
            "http_status, category, reason, headers, body, body_size) VALUES (0, '127.0.0.1', 1, "
            "'POST', '/hooks/x', 401, 'signature', 'bad signature', X'', "
            "CAST('{\"email\":\"ada@example.org\"}' AS BLOB), 27)"));

        // Without --yes: what would go, and nothing goes.
        const QStringList before = everything();
        Result r = cli("erase-donor --email ADA@example.org");
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains("--yes"), r.err.constData());
        QVERIFY2(r.out.startsWith("Would erase the personal data of ADA@example.org:\n"
                                  "  1 donation:"),
            r.out.constData());
        QVERIFY2(r.out.contains("  1 stored request:"), r.out.constData());
        QVERIFY2(r.out.contains("  1 refused request:"), r.out.constData());
        QVERIFY2(r.out.contains("#1 A-1 (widget): 20.00 EUR"), r.out.constData());
        QCOMPARE(everything(), before);

        r = cli("erase-donor --email ada@example.org --dry-run --json");
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QCOMPARE(r.jsonObject().value(QLatin1String("dry_run")).toBool(), true);
        QCOMPARE(number(r, "donations"), 1);
        QCOMPARE(number(r, "requests"), 1); // request 1 was erased by the retention already
        QCOMPARE(number(r, "refusals"), 1);
        QCOMPARE(everything(), before);

        r = cli("erase-donor --email ada@example.org --yes --json");
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QCOMPARE(r.jsonObject().value(QLatin1String("erased")).toBool(), true);
        QCOMPARE(r.jsonObject().value(QLatin1String("donation_ids")).toArray(), QJsonArray {1});
        QCOMPARE(r.jsonObject().value(QLatin1String("request_ids")).toArray(), QJsonArray {2});
        QCOMPARE(number(r, "refusals"), 1);
        QCOMPARE(
            sql(QStringLiteral("SELECT group_concat(external_id || ' ' || status || ' ' || "
                               "amount_text || ' [' || donor_name || donor_email || ']', ', ') "
                               "FROM donations"))
                .toString(),
            QStringLiteral(
                "A-1 refunded 20.00 [], G-1 paid 100.00 [Grace Hoppergrace@example.org]"));
        QCOMPARE(sql(QStringLiteral("SELECT erased_why || length(body) FROM inbox WHERE id = 2"))
                     .toString(),
            QStringLiteral("donor erasure0"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM request_log WHERE erased_why = "
                                    "'donor erasure' AND length(body) = 0"))
                     .toInt(),
            1);

        // The export still has the donation, without the donor.
        r = cli("export");
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(!r.out.toLower().contains("ada"), r.out.constData());
        QVERIFY2(r.out.contains(",widget,changeup,A-1,refunded,"), r.out.constData());

        // Again: nothing left.
        r = cli("erase-donor --email ada@example.org --yes");
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QCOMPARE(r.out,
            QByteArray("No donation and no stored or refused request holds ada@example.org: "
                       "nothing to erase.\n"));
    }

    void serveAppliesTheRetention()
    {
        deliver({donation("G-2", "completed", "Grace Hopper", "grace@example.org", "7.00")});
        const qint64 id = sql(QStringLiteral("SELECT max(id) FROM inbox")).toLongLong();
        sql(QStringLiteral("UPDATE inbox SET received_at = received_at - ? WHERE id = ?"),
            {31 * DayMs, id});
        QCOMPARE(
            sql(QStringLiteral("SELECT erased_at IS NULL FROM inbox WHERE id = ?"), {id}).toBool(),
            true);

        // At start (and then every hour) with no one asking.
        Cli::Server server(m_sandbox);
        QString error;
        QVERIFY2(server.start(m_db, &error), qPrintable(error));
        const bool erased = Cli::poll(
            [&] {
                return sql(QStringLiteral("SELECT erased_why FROM inbox WHERE id = ?"), {id})
                           .toString()
                    == u"retention";
            },
            15000);
        QVERIFY2(server.stop(SIGINT, &error), qPrintable(error));
        QCOMPARE(server.exitCode(), 0);
        const QByteArray row = sql(QStringLiteral("SELECT ifnull(erased_why, 'null') || ' ' || "
                                                  "received_at FROM inbox WHERE id = ?"),
            {id})
                                   .toString()
                                   .toUtf8();
        QVERIFY2(erased, QByteArray(server.allStderr() + "\nrow: " + row).constData());
        QCOMPARE(
            sql(QStringLiteral("SELECT length(body) FROM inbox WHERE id = ?"), {id}).toInt(), 0);
        QCOMPARE(sql(QStringLiteral("SELECT amount_text FROM donations WHERE external_id = 'G-2'"))
                     .toString(),
            QStringLiteral("7.00"));
    }
};

QTEST_GUILESS_MAIN(TestCliRetention)
#include "tst_cli_retention.moc"
