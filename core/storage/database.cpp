#include "database.h"
#include "sqlfunctions.h"
#include "storagelog.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

Q_LOGGING_CATEGORY(lcStorage, "donationdesk.storage", QtInfoMsg)

namespace {

// lupdate reads the context from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("dd-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Files this process has connections to (or is opening one to), by absolute path. Reading a
// file's header through a descriptor of our own and closing it drops every POSIX lock this
// process holds on that file, SQLite's included (fcntl locks belong to the process, not to the
// descriptor): another process closing its connection could then take itself for the last one
// and delete the WAL under ours. A file already open here has passed the checks anyway.
QMutex s_openFilesMutex;
QHash<QString, int> s_openFiles;

bool pragma(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// The database holds donors' personal data: only the owner may read it.
bool createPrivateFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = Text::tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (info.exists()) {
        // An empty file (one the user made for us) is adopted: it is about to hold that data.
        if (info.size() == 0 && !QFile::setPermissions(path, ownerOnly)) {
            *error = Text::tr("cannot restrict the permissions of %1").arg(path);
            return false;
        }
        return true;
    }
    // Created with its final mode: no moment in which another user could open it.
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        *error = Text::tr("cannot create %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

DbConnection::DbConnection(const QString &path, const Options &options)
    : m_path(path)
    , m_options(options)
    , m_name(uniqueConnectionName())
{ }

DbConnection::DbConnection(const QString &path)
    : DbConnection(path, Options())
{ }

DbConnection::~DbConnection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    releaseFile();
}

void DbConnection::releaseFile()
{
    if (m_fileKey.isEmpty())
        return;
    QMutexLocker lock(&s_openFilesMutex);
    if (--s_openFiles[m_fileKey] <= 0)
        s_openFiles.remove(m_fileKey);
    m_fileKey.clear();
}

QString DbConnection::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/donations.sqlite");
}

bool DbConnection::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool DbConnection::open(QString *error)
{
    QString why;
    const bool readOnly = m_options.mode == Mode::ReadOnly;
    {
        const QString key = QFileInfo(m_path).absoluteFilePath();
        QMutexLocker lock(&s_openFilesMutex);
        if (!s_openFiles.contains(key) && !Schema::checkFileHeader(m_path, &why)) {
            *error = why;
            return false;
        }
        // Counted from here on, so that no other thread reads the header while this opens.
        if (m_fileKey.isEmpty()) {
            m_fileKey = key;
            ++s_openFiles[key];
        }
    }
    if (readOnly && !QFileInfo::exists(m_path)) {
        *error = Text::tr("%1 does not exist").arg(m_path);
        return false;
    }
    if (!readOnly && !createPrivateFile(m_path, &why)) {
        *error = why;
        return false;
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(m_path);
    QStringList options {QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs)};
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open()) {
        *error = Text::tr("cannot open %1: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    // Nothing may write before the ownership and version checks.
    if (!Schema::checkAndMigrate(m_db, m_path, m_options.migrate && !readOnly, &why)) {
        *error = why;
        m_db.close();
        return false;
    }
    if (!readOnly) {
        if (!pragma(m_db, QStringLiteral("PRAGMA journal_mode = WAL"), &why)
            || !pragma(m_db, QStringLiteral("PRAGMA synchronous = FULL"), &why)) {
            *error = Text::tr("cannot configure %1: %2").arg(m_path, why);
            m_db.close();
            return false;
        }
    }
    pragma(m_db, QStringLiteral("PRAGMA foreign_keys = ON"), &why);
    if (!SqlFunctions::install(m_db, &why)) {
        *error = Text::tr("cannot prepare %1: %2").arg(m_path, why);
        m_db.close();
        return false;
    }
    if (m_options.maxPageCount > 0)
        pragma(
            m_db, QStringLiteral("PRAGMA max_page_count = %1").arg(m_options.maxPageCount), &why);
    return true;
}
