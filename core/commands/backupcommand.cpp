#include "commandline.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BackupCommand", text);
}

struct Checked
{
    QString error;
    qint64 donations = 0;
    qint64 requests = 0;
};

// Opens the copy on its own and checks that it is whole.
Checked check(const QString &path)
{
    Checked out;
    const QString name = QStringLiteral("dd-backup-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            out.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
                out.error = q.lastError().text();
            else if (q.value(0).toString() != u"ok")
                out.error = q.value(0).toString();
            else if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM donations), "
                                           "(SELECT count(*) FROM inbox)"))
                && q.next()) {
                out.donations = q.value(0).toLongLong();
                out.requests = q.value(1).toLongLong();
            } else {
                out.error = q.lastError().text();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

int backup(const QStringList &arguments)
{
    const QString command = QStringLiteral("backup");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption(
        {QStringLiteral("output"), tr("Where to write the copy."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("force"), tr("Replace FILE when it exists.")});
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral("Usage: donationdesk backup --output FILE [--force]"), &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("output"))
        || parser.value(QStringLiteral("output")).trimmed().isEmpty())
        return fail(command, tr("--output is required"), Usage);

    const QString source = databasePath(parser);
    const QString target = QFileInfo(parser.value(QStringLiteral("output"))).absoluteFilePath();
    if (QFileInfo(source).absoluteFilePath() == target)
        return fail(command, tr("--output is the database itself; choose another file"), Usage);
    if (QFileInfo::exists(target) && !parser.isSet(QStringLiteral("force")))
        return fail(command,
            tr("%1 exists; choose another name, or add --force to replace it").arg(target), Failed);
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return fail(command,
            tr("no folder %1 to write the copy into").arg(QFileInfo(target).absolutePath()),
            Failed);

    // Read only: the listener may be running; SQLite copies one consistent snapshot.
    DbConnection::Options options;
    options.mode = DbConnection::Mode::ReadOnly;
    DbConnection db(source, options);
    if (!openDatabase(command, parser, db, &exitCode, true))
        return exitCode;

    // The copy is made beside the target, private from the first byte (donors' personal
    // data), and takes the target's name only once it is whole and checked.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        QFile f(partial);
        if (!f.open(QIODevice::WriteOnly)
            || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(command, tr("cannot write %1: %2").arg(partial, f.errorString()), Failed);
    }
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        QFile::remove(partial);
        return fail(command, tr("the copy failed: %1").arg(why), Failed);
    }
    q.finish();
    const Checked checked = check(partial);
    if (!checked.error.isEmpty()) {
        QFile::remove(partial);
        return fail(command, tr("the copy did not check out: %1").arg(checked.error), Failed);
    }
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        QFile::remove(partial);
        return fail(command, tr("cannot replace %1").arg(target), Failed);
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return fail(command, tr("cannot rename the copy to %1").arg(target), Failed);
    }
    printOut(tr("backed up %1 to %2: %3 donations, %4 stored requests, %5 bytes\n")
                 .arg(source, target)
                 .arg(checked.donations)
                 .arg(checked.requests)
                 .arg(QFileInfo(target).size()));
    return Ok;
}

} // namespace CommandLine
