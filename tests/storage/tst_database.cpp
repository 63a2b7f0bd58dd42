#include "storage/database.h"
#include "storagetest.h"
#include "testdata.h"

#include <QDir>
#include <QSqlDatabase>
#include <QtTest>

#include <sys/stat.h>

using StorageTest::scalar;
using StorageTest::sha256;
using StorageTest::TempDatabase;

namespace {

// The permission bits as the file system has them (QFileInfo mixes in the user's bits).
int mode(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Runs SQL on a file through a plain SQLite connection, as another program would.
bool runForeign(const QString &path, const QStringList &statements, QString *error)
{
    const QString name = QStringLiteral("foreign-") + QString::number(qHash(path));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        for (const QString &s : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            ok = q.exec(s);
            if (!ok)
                *error = s + QStringLiteral(": ") + q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The files SQLite keeps next to a database while (or after) using it.
QStringList sideFiles(const QString &path)
{
    QStringList present;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            present << QLatin1String(suffix);
    }
    return present;
}

QString pragma(QSqlDatabase &db, const char *name)
{
    return scalar(db, QStringLiteral("PRAGMA ") + QLatin1String(name)).toString();
}

} // namespace

class DatabaseTest : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsPrivateAndMigrated();
    void walFilesArePrivateToo();
    void createsMissingFolders();
    void reopeningIsIdempotent();
    void migratesStoredOlderDatabase();
    void twoConnectionsToOneFile();
    void refusesFilesThatAreNotOurs_data();
    void refusesFilesThatAreNotOurs();
    void refusesNewerSchemaHeldInTheWal();
    void adoptsEmptyFile();
    void adoptsEmptySqliteFile();
    void readOnlyMissingFileFails();
    void folderInsteadOfFileFails();
    void readOnlyOpensWithoutWriting();
    void maxPageCountMakesWritesFail();
    void defaultPathNamesTheFile();
};

void DatabaseTest::newFileIsPrivateAndMigrated()
{
    TempDatabase t;
    QString error;
    QVERIFY(!QFileInfo::exists(t.path()));
    QVERIFY2(t.open(&error), qPrintable(error));
    // Donors' personal data: only the owner may read the file.
    QCOMPARE(mode(t.path()), 0600);
    QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
    QCOMPARE(quint32(scalar(t.db(), QStringLiteral("PRAGMA application_id")).toLongLong()),
        Schema::ApplicationId);
    QCOMPARE(pragma(t.db(), "journal_mode"), QStringLiteral("wal"));
    // FULL: a request is answered only after its commit is on disk.
    QCOMPARE(pragma(t.db(), "synchronous"), QStringLiteral("2"));
    QCOMPARE(pragma(t.db(), "foreign_keys"), QStringLiteral("1"));
    const QStringList tables = StorageTest::dump(t.db(),
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    QCOMPARE(tables,
        (QStringList {QStringLiteral("name=text:donation_events"),
            QStringLiteral("name=text:donations"), QStringLiteral("name=text:endpoints"),
            QStringLiteral("name=text:event_keys"), QStringLiteral("name=text:inbox"),
            QStringLiteral("name=text:request_log"), QStringLiteral("name=text:settings")}));
    QCOMPARE(scalar(t.db(),
                 QStringLiteral("SELECT value FROM settings WHERE key = 'endpoints_revision'"))
                 .toString(),
        QStringLiteral("0"));
    QCOMPARE(pragma(t.db(), "integrity_check"), QStringLiteral("ok"));
}

void DatabaseTest::walFilesArePrivateToo()
{
    TempDatabase t;
    QString error;
    QVERIFY2(t.open(&error), qPrintable(error));
    EndpointConfig e = StorageTest::endpoint(QStringLiteral("w"), QStringLiteral("inqud"));
    StorageTest::addEndpoint(t.db(), e);
    // The write-ahead log holds the same personal data until it is checkpointed.
    QVERIFY(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
    QCOMPARE(mode(t.path() + QStringLiteral("-wal")), 0600);
    QCOMPARE(mode(t.path() + QStringLiteral("-shm")), 0600);
}

void DatabaseTest::createsMissingFolders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/donations.sqlite"));
    DbConnection db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(db.isOpen());
    QCOMPARE(db.path(), path);
    QCOMPARE(mode(path), 0600);
}

void DatabaseTest::reopeningIsIdempotent()
{
    TempDatabase t;
    QString error;
    QVERIFY2(t.open(&error), qPrintable(error));
    EndpointConfig e = StorageTest::endpoint(QStringLiteral("kept"), QStringLiteral("givecloud"));
    StorageTest::addEndpoint(t.db(), e);
    const QString schemaSql =
        QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY name");
    const QStringList schema = StorageTest::dump(t.db(), schemaSql);
    t.close();

    for (int i = 0; i < 3; ++i) {
        DbConnection again(t.path());
        QVERIFY2(again.open(&error), qPrintable(error));
        QCOMPARE(StorageTest::dump(again.db(), schemaSql), schema);
        QCOMPARE(scalar(again.db(), QStringLiteral("PRAGMA user_version")).toInt(),
            Schema::CurrentVersion);
        QCOMPARE(
            scalar(again.db(), QStringLiteral("SELECT count(*) FROM endpoints WHERE name = 'kept'"))
                .toInt(),
            1);
        // The migrations' seed rows are not inserted again.
        QCOMPARE(scalar(again.db(), QStringLiteral("SELECT count(*) FROM settings")).toInt(), 2);
        QCOMPARE(scalar(again.db(),
                     QStringLiteral("SELECT value FROM settings WHERE key = 'endpoints_revision'"))
                     .toString(),
            QStringLiteral("1"));
    }
    QCOMPARE(mode(t.path()), 0600);
}

void DatabaseTest::twoConnectionsToOneFile()
{
    // The listener's writer, the processor and the views each hold their own connection.
    TempDatabase t;
    QString error;
    QVERIFY2(t.open(&error), qPrintable(error));
    const int before = QSqlDatabase::connectionNames().size();
    {
        DbConnection second(t.path());
        QVERIFY2(second.open(&error), qPrintable(error));
        QVERIFY(second.db().connectionName() != t.db().connectionName());
        EndpointConfig e =
            StorageTest::endpoint(QStringLiteral("seen by both"), QStringLiteral("inqud"));
        StorageTest::addEndpoint(second.db(), e);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM endpoints")).toInt(), 1);
    }
    // Closing removes the connection from Qt's registry: no leak per open.
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
}

void DatabaseTest::refusesFilesThatAreNotOurs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("message");

    for (bool readOnly : {false, true}) {
        const char *mode = readOnly ? "read-only" : "read-write";
        QTest::addRow("text file, %s", mode) << "text" << readOnly << "not an SQLite file";
        QTest::addRow("short binary file, %s", mode) << "short" << readOnly << "not an SQLite file";
        QTest::addRow("spreadsheet, %s", mode) << "zip" << readOnly << "not an SQLite file";
        QTest::addRow("other app, no application_id, %s", mode)
            << "foreign-noid" << readOnly << "another application";
        QTest::addRow("other app, no application_id, WAL, %s", mode)
            << "foreign-noid-wal" << readOnly << "another application";
        QTest::addRow("other app, own application_id, %s", mode)
            << "foreign-id" << readOnly << "another application";
        QTest::addRow("newer Donation Desk, %s", mode)
            << "newer" << readOnly << "newer Donation Desk";
    }
}

void DatabaseTest::refusesFilesThatAreNotOurs()
{
    QFETCH(QString, kind);
    QFETCH(bool, readOnly);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chosen.db"));
    QString error;
    if (kind == u"text" || kind == u"short" || kind == u"zip") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (kind == u"text")
            f.write(QByteArray("donor,amount\r\nAda,20.20\r\n").repeated(40));
        else if (kind == u"short")
            f.write(QByteArray("SQLite format 3\0", 16)); // the magic alone, no header
        else
            f.write(QByteArray("PK\x03\x04", 4) + QByteArray(4096, '\x11'));
    } else if (kind == u"foreign-noid") {
        QVERIFY2(runForeign(path,
                     {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                         QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')")},
                     &error),
            qPrintable(error));
    } else if (kind == u"foreign-noid-wal") {
        QVERIFY2(runForeign(path,
                     {QStringLiteral("PRAGMA journal_mode = WAL"),
                         QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                         QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')")},
                     &error),
            qPrintable(error));
    } else if (kind == u"foreign-id") {
        QVERIFY2(runForeign(path,
                     {QStringLiteral("PRAGMA application_id = 1196444237"), // "GPKG"
                         QStringLiteral("CREATE TABLE gpkg_contents (table_name TEXT)")},
                     &error),
            qPrintable(error));
    } else if (kind == u"newer") {
        {
            DbConnection ours(path);
            QVERIFY2(ours.open(&error), qPrintable(error));
        }
        QVERIFY2(runForeign(path,
                     {QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 1)},
                     &error),
            qPrintable(error));
    }
    const QStringList sidesBefore = sideFiles(path);
    QVERIFY2(sidesBefore.isEmpty(), qPrintable(sidesBefore.join(u' ')));
    const QByteArray hashBefore = sha256(path);
    const int modeBefore = mode(path);

    {
        DbConnection::Options options;
        options.mode = readOnly ? DbConnection::Mode::ReadOnly : DbConnection::Mode::ReadWrite;
        DbConnection db(path, options);
        QString why;
        QVERIFY(!db.open(&why));
        QVERIFY(!db.isOpen());
        // What was wrong, where, and that nothing was changed.
        QVERIFY2(why.contains(message), qPrintable(why));
        QVERIFY2(why.contains(path), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("left untouched")), qPrintable(why));
    }
    QCOMPARE(sha256(path), hashBefore);
    QCOMPARE(mode(path), modeBefore);
    QCOMPARE(sideFiles(path), QStringList());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
        QStringList {QStringLiteral("chosen.db")});
}

void DatabaseTest::refusesNewerSchemaHeldInTheWal()
{
    // Another process running a newer Donation Desk has upgraded the schema, and the change is
    // still in the write-ahead log: the file's header alone says it is current.
    TempDatabase t;
    QString error;
    QVERIFY2(t.open(&error), qPrintable(error));
    QSqlQuery q(t.db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 1)));
    q.finish();
    QVERIFY(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
    const QByteArray hashBefore = sha256(t.path());

    DbConnection other(t.path());
    QVERIFY(!other.open(&error));
    QVERIFY2(error.contains(QStringLiteral("newer Donation Desk")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("schema %1").arg(Schema::CurrentVersion + 1)),
        qPrintable(error));
    QCOMPARE(sha256(t.path()), hashBefore);
}

void DatabaseTest::migratesStoredOlderDatabase()
{
    // A database written by the version with schema 2 (demo data: 40 donations, their requests
    // and refusals), kept as it was shipped.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(TestData::path(QStringLiteral("storage/schema-v2.sqlite")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        DbConnection db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(
            scalar(db.db(), QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
        // Everything it held is still there.
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM donations")).toInt(), 40);
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM endpoints")).toInt(), 10);
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM inbox")).toInt(), 71);
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM request_log")).toInt(), 8);
        // The new settings start switched off: nothing is erased or alarmed by an upgrade.
        QCOMPARE(scalar(db.db(),
                     QStringLiteral("SELECT value FROM settings WHERE key = 'raw_retention_days'"))
                     .toString(),
            QStringLiteral("0"));
        QCOMPARE(scalar(db.db(),
                     QStringLiteral("SELECT count(*) FROM endpoints WHERE alarm_quiet_minutes != 0 "
                                    "OR alarm_signature_failures != 0 OR alarm_window != ''"))
                     .toInt(),
            0);
        QCOMPARE(scalar(db.db(),
                     QStringLiteral("SELECT count(*) FROM inbox WHERE erased_at IS NOT NULL"))
                     .toInt(),
            0);
        QCOMPARE(scalar(db.db(),
                     QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'inbox_time'"))
                     .toInt(),
            1);
        QCOMPARE(scalar(db.db(), QStringLiteral("PRAGMA integrity_check")).toString(),
            QStringLiteral("ok"));
    }
    // Opening it again finds nothing more to do.
    DbConnection again(path);
    QString error;
    QVERIFY2(again.open(&error), qPrintable(error));
    QCOMPARE(
        scalar(again.db(), QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
}

void DatabaseTest::adoptsEmptyFile()
{
    // A file the user created for us (touch donations.sqlite) is empty: it becomes the database.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("touched.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther);
    }
    QCOMPARE(QFileInfo(path).size(), 0);
    DbConnection db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(
        scalar(db.db(), QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
    QCOMPARE(quint32(scalar(db.db(), QStringLiteral("PRAGMA application_id")).toLongLong()),
        Schema::ApplicationId);
    // It is about to hold donors' personal data.
    QCOMPARE(mode(path), 0600);
}

void DatabaseTest::adoptsEmptySqliteFile()
{
    // A valid SQLite file with no tables and no application id belongs to nobody yet.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blank.sqlite"));
    QString error;
    QVERIFY2(runForeign(path,
                 {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t")}, &error),
        qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 0);
    DbConnection db(path);
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(
        scalar(db.db(), QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
}

void DatabaseTest::readOnlyMissingFileFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/donations.sqlite"));
    DbConnection::Options options;
    options.mode = DbConnection::Mode::ReadOnly;
    DbConnection db(path, options);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    // Reading never creates anything.
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

void DatabaseTest::folderInsteadOfFileFails()
{
    // --db pointing at a folder by mistake.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("donations.sqlite"));
    QVERIFY(QDir().mkdir(path));
    DbConnection db(path);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList {QStringLiteral("donations.sqlite")});
}

void DatabaseTest::readOnlyOpensWithoutWriting()
{
    TempDatabase t;
    QString error;
    QVERIFY2(t.open(&error), qPrintable(error));
    EndpointConfig e = StorageTest::endpoint(QStringLiteral("ro"), QStringLiteral("inqud"));
    StorageTest::addEndpoint(t.db(), e);
    t.close();
    const QByteArray hashBefore = sha256(t.path());

    DbConnection::Options options;
    options.mode = DbConnection::Mode::ReadOnly;
    {
        DbConnection ro(t.path(), options);
        QVERIFY2(ro.open(&error), qPrintable(error));
        QCOMPARE(scalar(ro.db(), QStringLiteral("SELECT name FROM endpoints")).toString(),
            QStringLiteral("ro"));
        QSqlQuery q(ro.db());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM endpoints")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("readonly")),
            qPrintable(q.lastError().text()));
    }
    QCOMPARE(sha256(t.path()), hashBefore);
}

void DatabaseTest::maxPageCountMakesWritesFail()
{
    // The listener answers 503 when a commit fails for lack of space; this is how tests make
    // the disk "full" without filling one.
    DbConnection::Options options;
    options.maxPageCount = 64; // 256 KiB
    TempDatabase t(options);
    QString error;
    QVERIFY2(t.open(&error), qPrintable(error));
    QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA max_page_count")).toLongLong(), 64);
    EndpointConfig e = StorageTest::endpoint(QStringLiteral("full"), QStringLiteral("changeup"));
    StorageTest::addEndpoint(t.db(), e);

    const QByteArray body(16 * 1024, 'x');
    int stored = 0;
    QString failure;
    for (int i = 0; i < 100 && failure.isEmpty(); ++i) {
        QSqlQuery q(t.db());
        q.prepare(
            QStringLiteral("INSERT INTO inbox (endpoint_id, received_at, peer, method, target, "
                           "headers, body) VALUES (?, 0, '', 'POST', '/', '', ?)"));
        q.addBindValue(e.id);
        q.addBindValue(body);
        if (q.exec())
            ++stored;
        else
            failure = q.lastError().text();
    }
    QVERIFY2(!failure.isEmpty(), "64 pages held 100 bodies of 16 KiB");
    QVERIFY2(failure.contains(QStringLiteral("full")), qPrintable(failure));
    QVERIFY(stored > 0);
    // The failed statement changed nothing; what was committed before stays.
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM inbox")).toInt(), stored);
    QCOMPARE(pragma(t.db(), "integrity_check"), QStringLiteral("ok"));

    // The cap belongs to that connection only: another one writes freely.
    DbConnection other(t.path());
    QVERIFY2(other.open(&error), qPrintable(error));
    QSqlQuery q(other.db());
    q.prepare(QStringLiteral("INSERT INTO inbox (endpoint_id, received_at, peer, method, target, "
                             "headers, body) VALUES (?, 0, '', 'POST', '/', '', ?)"));
    q.addBindValue(e.id);
    q.addBindValue(body);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void DatabaseTest::defaultPathNamesTheFile()
{
    const QString path = DbConnection::defaultPath();
    QVERIFY2(path.endsWith(QStringLiteral("/donations.sqlite")), qPrintable(path));
    QVERIFY(QFileInfo(path).isAbsolute());
}

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"
