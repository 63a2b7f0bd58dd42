#include "exportjob.h"

#include "app/appcontroller.h"
#include "donations/donationfilterobject.h"
#include "reports/donationexport.h"
#include "storage/backgrounddatabase.h"

#include <QDir>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
}

ExportJob::~ExportJob()
{
    if (m_shared)
        m_shared->cancel = true;
}

void ExportJob::setDatabase(BackgroundDatabase *database)
{
    m_database = database;
}

BackgroundDatabase *ExportJob::database() const
{
    return AppController::databaseOr(m_database);
}

QUrl ExportJob::suggestedFile(const QString &prefix)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString name = QStringLiteral("%1-%2.csv")
                             .arg(prefix.isEmpty() ? QStringLiteral("donations") : prefix,
                                 QDate::currentDate().toString(Qt::ISODate));
    return QUrl::fromLocalFile(QDir(folder).filePath(name));
}

QUrl ExportJob::fileUrl(const QString &path)
{
    QString p = path.trimmed();
    if (p == u"~" || p.startsWith(QLatin1String("~/")))
        p = QDir::homePath() + p.mid(1);
    return QUrl::fromLocalFile(QDir::cleanPath(QDir::current().absoluteFilePath(p)));
}

void ExportJob::start(const QUrl &file, DonationFilterObject *filterObject, const QDateTime &asOfIn)
{
    if (m_running || !filterObject)
        return;
    const QString path = AppController::localPath(file);
    const DonationFilter filter = filterObject->filter();
    const QDateTime asOf = asOfIn.isValid() ? asOfIn.toUTC() : QDateTime::currentDateTimeUtc();

    m_shared = std::make_shared<Shared>();
    m_running = true;
    m_canceled = false;
    m_rowsWritten = 0;
    m_rowsTotal = 0;
    m_error.clear();
    m_fileName = path;
    emit runningChanged();
    emit progressChanged();

    // Queued, so that a cancel() right after start() (same turn of the event loop) is certain
    // to stop the job before it writes anything.
    const std::shared_ptr<Shared> shared = m_shared;
    QMetaObject::invokeMethod(this, [this, shared, path, filter, asOf] {
        if (shared == m_shared)
            run(shared, path, filter, asOf);
    }, Qt::QueuedConnection);
}

void ExportJob::run(const std::shared_ptr<Shared> &shared, const QString &path,
                    const DonationFilter &filter, const QDateTime &asOf)
{
    BackgroundDatabase *db = database();
    if (shared->cancel || !db) {
        finish(shared, {-1, shared->cancel ? tr("canceled") : tr("the database is not open"), bool(shared->cancel)});
        return;
    }

    // Progress is sampled rather than signalled per row.
    auto *ticker = new QTimer(this);
    ticker->setInterval(100);
    connect(ticker, &QTimer::timeout, this, [this, shared] {
        if (shared != m_shared)
            return;
        m_rowsWritten = shared->rows;
        emit progressChanged();
    });
    ticker->start();

    QPointer<ExportJob> self(this);
    db->longRead<Outcome>(this, [self, shared, path, filter, asOf](QSqlDatabase &db) {
        Outcome o;
        if (!db.isValid() || !db.isOpen()) {
            o.error = ExportJob::tr("the database cannot be read");
            return o;
        }
        if (shared->cancel) {
            o.canceled = true;
            o.error = ExportJob::tr("canceled");
            return o;
        }
        // One read transaction: the total and the rows come from the same snapshot.
        const bool snapshot = db.transaction();
        const DonationQuery::Where where = DonationQuery::where(filter, asOf);
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT count(*) FROM donations d JOIN endpoints e ON e.id = d.endpoint_id WHERE ") + where.sql);
        for (const QVariant &b : where.binds)
            count.addBindValue(b);
        qint64 total = 0;
        if (count.exec() && count.next())
            total = count.value(0).toLongLong();
        count.finish();
        if (self)
            QMetaObject::invokeMethod(self, [self, shared, total] {
                if (self && shared == self->m_shared) {
                    self->m_rowsTotal = total;
                    emit self->progressChanged();
                }
            }, Qt::QueuedConnection);

        if (!shared->cancel) {
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly)) {
                o.error = ExportJob::tr("cannot write %1: %2").arg(path, out.errorString());
            } else {
                o.rows = DonationExport::writeCsv(db, filter, asOf, &out, &o.error, [shared](qint64 n) {
                    shared->rows = n;
                    return !shared->cancel;
                });
                if (o.rows < 0 || shared->cancel) {
                    out.cancelWriting();
                    o.rows = -1;
                } else if (!out.commit()) {
                    o.error = ExportJob::tr("cannot write %1: %2").arg(path, out.errorString());
                    o.rows = -1;
                }
            }
        }
        if (snapshot)
            db.commit();
        if (shared->cancel) {
            o.canceled = true;
            o.error = ExportJob::tr("canceled");
        }
        return o;
    }, [this, shared, ticker](Outcome outcome) {
        ticker->deleteLater();
        finish(shared, outcome);
    });
}

void ExportJob::finish(const std::shared_ptr<Shared> &shared, const Outcome &outcome)
{
    if (shared != m_shared)
        return;
    m_running = false;
    m_canceled = outcome.canceled;
    m_rowsWritten = qMax<qint64>(outcome.rows, 0);
    if (outcome.rows >= 0)
        m_rowsTotal = outcome.rows;
    m_error = outcome.error;
    emit progressChanged();
    emit runningChanged();
    emit finished(outcome.rows >= 0 && outcome.error.isEmpty());
}

void ExportJob::cancel()
{
    if (m_shared && m_running)
        m_shared->cancel = true;
}
