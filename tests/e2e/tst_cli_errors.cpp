#include "clitest.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using Cli::Result;

// What scripts rely on when something is wrong: bad arguments exit 2 with one line on stderr
// naming the argument and nothing on stdout; a database that is not ours (or is newer) is
// refused with a clear message and left exactly as it was.
class TestCliErrors : public QObject
{
    Q_OBJECT

private:
    Cli::Sandbox m_sandbox;
    int m_files = 0;

    QString freshPath(const QString &suffix)
    {
        return m_sandbox.path(QStringLiteral("file-%1%2").arg(++m_files).arg(suffix));
    }

    // The file and everything beside it, so that a stray -wal, -shm or -journal shows up too.
    static QStringList listing(const QString &dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    static bool writeSqlite(const QString &path, const QStringList &statements, QString *error)
    {
        const QString connection = QStringLiteral("fixture-") + path;
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            ok = db.open();
            if (!ok)
                *error = db.lastError().text();
            for (const QString &s : statements) {
                QSqlQuery q(db);
                if (ok && !q.exec(s)) {
                    *error = s + QStringLiteral(": ") + q.lastError().text();
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(Cli::binary()).isExecutable(), qPrintable(Cli::binary()));
        QVERIFY(m_sandbox.isValid());
    }

    void badArguments_data()
    {
        // "@DB@" becomes a database path that must still not exist afterwards: arguments are
        // checked before anything is created.
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("named"); // what the one stderr line must mention

        auto add = [](const char *tag, const char *arguments, const char *named) {
            QTest::newRow(tag) << Cli::words(arguments) << Cli::words(named);
        };
        add("unknown option: endpoint add",
            "endpoint add --db @DB@ --provider changeup --name x --bogus", "bogus");
        add("unknown option: endpoint list", "endpoint list --db @DB@ --secrets", "secrets");
        add("unknown option: export", "export --db @DB@ --colour", "colour");
        add("unknown option: serve", "serve --db @DB@ --port 8080", "port");
        add("unknown option: reprocess", "reprocess --db @DB@ --everything", "everything");
        add("unknown option before the command", "--bogus export --db @DB@", "--bogus");
        add("unknown option alone", "--bogus", "--bogus");
        add("unknown option after --db", "--db @DB@ --self-test --bogus", "--bogus");
        add("missing --provider", "endpoint add --db @DB@ --name x", "--provider");
        add("missing value of --provider", "endpoint add --db @DB@ --name x --provider",
            "--provider");
        add("unknown provider", "endpoint add --db @DB@ --name x --provider paypal", "paypal");
        add("missing --name", "endpoint add --db @DB@ --provider inqud", "--name");
        add("option given twice", "endpoint add --db @DB@ --provider changeup --name x --name y",
            "--name");
        add("bad --record-delay: word",
            "endpoint add --db @DB@ --provider changeup --name x --record-delay abc",
            "--record-delay abc");
        add("bad --record-delay: negative",
            "endpoint add --db @DB@ --provider changeup --name x --record-delay -1",
            "--record-delay");
        add("bad --record-delay: too long",
            "endpoint add --db @DB@ --provider changeup --name x --record-delay 3651",
            "--record-delay 3651");
        add("bad --record-delay: fraction",
            "endpoint add --db @DB@ --provider changeup --name x --record-delay 1.5",
            "--record-delay");
        add("both record options",
            "endpoint add --db @DB@ --provider changeup --name x --record-delay 3 --record-date "
            "2024-01-01",
            "--record-delay --record-date");
        add("bad --record-date: no such day",
            "endpoint add --db @DB@ --provider changeup --name x --record-date 2024-02-30",
            "--record-date");
        add("bad --record-date: slashes",
            "endpoint add --db @DB@ --provider changeup --name x --record-date 2024/06/15",
            "--record-date");
        add("bad --currency: symbol",
            "endpoint add --db @DB@ --provider changeup --name x --currency US$", "--currency US$");
        add("bad --currency: not ASCII",
            "endpoint add --db @DB@ --provider changeup --name x --currency €UR", "--currency");
        add("NationBuilder without --currency",
            "endpoint add --db @DB@ --provider nationbuilder --name x", "--currency");
        add("bad --event", "endpoint add --db @DB@ --provider givecloud --name x --event paid",
            "--event");
        add("--event where there is none",
            "endpoint add --db @DB@ --provider inqud --name x --event paid", "--event");
        add("bad --timezone",
            "endpoint add --db @DB@ --provider changeup --name x --timezone Mars/Olympus",
            "--timezone");
        add("bad --allow-from",
            "endpoint add --db @DB@ --provider changeup --name x --allow-from 10.0.0.300",
            "--allow-from");
        add("--secret for an unsigned provider",
            "endpoint add --db @DB@ --provider donary --name x --secret s", "--secret");
        add("update: --enable and --disable", "endpoint update --db @DB@ x --enable --disable",
            "--enable --disable");
        add("update: --new-secret and --secret",
            "endpoint update --db @DB@ x --new-secret --secret s", "--new-secret");
        add("unknown --status", "export --db @DB@ --status paid,bogus", "--status bogus");
        add("empty --status", "export --db @DB@ --status ,", "--status");
        add("unknown --provider in export", "export --db @DB@ --provider paypal", "--provider");
        add("bad --from: month 13", "export --db @DB@ --from 2024-13-01", "--from");
        add("bad --from: slashes", "export --db @DB@ --from 2024/06/01", "--from");
        add("bad --from: dots", "export --db @DB@ --from 2024.06.01", "--from");
        add("bad --from: with a time", "export --db @DB@ --from 2024-06-01T00:00", "--from");
        add("bad --to: June 31", "export --db @DB@ --to 2024-06-31", "--to");
        add("--from after --to", "export --db @DB@ --from 2024-06-02 --to 2024-06-01",
            "--from --to");
        add("bad --as-of", "export --db @DB@ --as-of yesterday", "--as-of");
        add("unexpected argument to export", "export --db @DB@ extra", "extra");
        add("bad --listen: no port", "serve --db @DB@ --listen nonsense", "--listen");
        add("bad --listen: port too big", "serve --db @DB@ --listen 127.0.0.1:70000",
            "--listen 70000");
        add("bad --listen: not an address", "serve --db @DB@ --listen 999.1.1.1:80",
            "--listen 999.1.1.1");
        add("bad --listen: unclosed IPv6", "serve --db @DB@ --listen [::1:80", "--listen");
        add("bad --max-body", "serve --db @DB@ --max-body 12", "--max-body");
        add("unknown command", "frobnicate --db @DB@", "frobnicate");
        add("endpoint without sub-command", "endpoint --db @DB@", "sub-command");
        add("unknown endpoint sub-command", "endpoint frob --db @DB@", "frob");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, named);
        const QString db = freshPath(QStringLiteral(".sqlite"));
        arguments.replaceInStrings(QStringLiteral("@DB@"), db);

        const Result r = m_sandbox.run(arguments);
        QVERIFY2(r.finished && !r.crashed, r.describe().constData());
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
        QVERIFY2(r.err.endsWith('\n') && r.errLines().size() == 1, r.describe().constData());
        QVERIFY2(r.err.startsWith("donationdesk"), r.err.constData());
        for (const QString &n : named)
            QVERIFY2(r.err.contains(n.toUtf8()),
                qPrintable(
                    QStringLiteral("'%1' not named in: %2").arg(n, QString::fromUtf8(r.err))));
        QVERIFY2(!QFileInfo::exists(db), "bad arguments created the database");
    }

    void helpIsNotAnError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("usage");
        auto add = [](const char *arguments, const char *usage) {
            QTest::newRow(arguments) << Cli::words(arguments) << QByteArray(usage);
        };
        add("--help", "Usage: donationdesk [--db PATH]");
        add("endpoint --help", "Usage: donationdesk endpoint add|list|update|remove");
        add("endpoint add --help", "Usage: donationdesk endpoint add --provider P --name NAME");
        add("export -h", "Usage: donationdesk export");
        add("serve --help", "Usage: donationdesk serve");
        add("reprocess --help", "Usage: donationdesk reprocess");
    }

    void helpIsNotAnError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, usage);
        const QString db = freshPath(QStringLiteral(".sqlite"));
        const Result r = m_sandbox.run(arguments + QStringList {QStringLiteral("--db"), db});
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.startsWith(usage), r.out.constData());
        // Help starts nothing: no database, no listener.
        QVERIFY(!QFileInfo::exists(db));
    }

    void foreignDatabase_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("command");

        const QStringList kinds {QStringLiteral("text"), QStringLiteral("other application"),
            QStringLiteral("other application id"), QStringLiteral("newer"),
            QStringLiteral("newer, empty")};
        const char *const commands[] = {"endpoint list --json",
            "endpoint add --provider changeup --name x", "export", "export --output @OUT@",
            "reprocess --all", "serve --listen 127.0.0.1:0"};
        for (const QString &kind : kinds) {
            for (const char *c : commands)
                QTest::addRow("%s: %s", qPrintable(kind), c) << kind << Cli::words(c);
        }
    }

    void foreignDatabase()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, command);
        // Each file alone in its folder, so that anything created beside it is seen.
        const QString folder = freshPath(QString());
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/donations.sqlite");
        QString error;
        if (kind == u"text") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,amount\nAda,5\n");
        } else if (kind == u"other application") {
            QVERIFY2(
                writeSqlite(path,
                    {QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)"),
                        QStringLiteral("INSERT INTO recipes (title) VALUES ('soup')")},
                    &error),
                qPrintable(error));
        } else if (kind == u"other application id") {
            QVERIFY2(writeSqlite(path,
                         {QStringLiteral("PRAGMA application_id = 305419896"),
                             QStringLiteral("CREATE TABLE t (x)")},
                         &error),
                qPrintable(error));
        } else if (kind == u"newer") {
            QVERIFY2(
                writeSqlite(path,
                    {QStringLiteral("PRAGMA application_id = 1145334577"),
                        QStringLiteral("PRAGMA user_version = 99"),
                        QStringLiteral("CREATE TABLE future_donations (id INTEGER PRIMARY KEY)")},
                    &error),
                qPrintable(error));
        } else {
            QVERIFY2(writeSqlite(path,
                         {QStringLiteral("PRAGMA application_id = 1145334577"),
                             QStringLiteral("PRAGMA user_version = 99")},
                         &error),
                qPrintable(error));
        }
        const QByteArray hashBefore = Cli::sha256(path);
        QVERIFY(!hashBefore.isEmpty());
        const QStringList filesBefore = listing(folder);

        const QString output = folder + QStringLiteral("/export.csv");
        command.replaceInStrings(QStringLiteral("@OUT@"), output);
        const Result r = m_sandbox.run(command + QStringList {QStringLiteral("--db"), path}, 20000);
        QVERIFY2(r.finished && !r.crashed, r.describe().constData());
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
        QVERIFY2(r.errLines().size() == 1, r.describe().constData());
        // Clear: which file, that it was left alone.
        QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("untouched"), r.err.constData());
        if (kind.startsWith(u"newer"))
            QVERIFY2(r.err.contains("newer"), r.err.constData());
        else
            QVERIFY2(r.err.contains("not a Donation Desk database")
                    || r.err.contains("another application"),
                r.err.constData());

        QCOMPARE(Cli::sha256(path), hashBefore);
        QCOMPARE(listing(folder), filesBefore);
        QVERIFY(!QFileInfo::exists(output));
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
