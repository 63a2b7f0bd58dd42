#include "exportjob.h"

#include "app/appcontroller.h"
#include "donations/donationfilterobject.h"
#include "reports/donationexport.h"
#include "storage/backgrounddatabase.h"

#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
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

void ExportJob::start(const QUrl &file, DonationFilterObject *filterObject, const QDateTime &asOfIn)
{
    AppController *app = AppController::instance();
    if (m_running || !app || !app->database() || !filterObject)
        return;
    const QString path = AppController::localPath(file);
    const DonationFilter filter = filterObject->filter();
    const QDateTime asOf = asOfIn.isValid() ? asOfIn.toUTC() : QDateTime::currentDateTimeUtc();

    m_shared = std::make_shared<Shared>();
    m_running = true;
    m_rowsWritten = 0;
    m_rowsTotal = 0;
    m_error.clear();
    m_fileName = path;
    emit runningChanged();
    emit progressChanged();

    // Progress is sampled rather than signalled per row.
    auto *ticker = new QTimer(this);
    ticker->setInterval(100);
    std::shared_ptr<Shared> shared = m_shared;
    connect(ticker, &QTimer::timeout, this, [this, shared] {
        if (shared != m_shared)
            return;
        m_rowsWritten = shared->rows;
        emit progressChanged();
    });
    ticker->start();

    QPointer<ExportJob> self(this);
    struct Outcome
    {
        qint64 rows = -1;
        QString error;
    };
    app->database()->longRead<Outcome>(this, [=](QSqlDatabase &db) {
        QString error;
        qint64 total = 0;
        qint64 rows = -1;
        if (db.isValid()) {
            // The total first, for the progress bar.
            const DonationQuery::Where where = DonationQuery::where(filter, asOf);
            QSqlQuery count(db);
            count.prepare(QStringLiteral("SELECT count(*) FROM donations d JOIN endpoints e ON e.id = d.endpoint_id WHERE ") + where.sql);
            for (const QVariant &b : where.binds)
                count.addBindValue(b);
            if (count.exec() && count.next())
                total = count.value(0).toLongLong();
            if (self)
                QMetaObject::invokeMethod(self, [self, shared, total] {
                    if (self && shared == self->m_shared) {
                        self->m_rowsTotal = total;
                        emit self->progressChanged();
                    }
                }, Qt::QueuedConnection);

            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly)) {
                error = ExportJob::tr("cannot write %1: %2").arg(path, out.errorString());
            } else {
                rows = DonationExport::writeCsv(db, filter, asOf, &out, &error, [shared](qint64 n) {
                    shared->rows = n;
                    return !shared->cancel;
                });
                if (rows < 0 || shared->cancel) {
                    out.cancelWriting();
                    if (shared->cancel)
                        error = ExportJob::tr("canceled");
                } else if (!out.commit()) {
                    error = ExportJob::tr("cannot write %1: %2").arg(path, out.errorString());
                    rows = -1;
                }
            }
        }
        if (!db.isValid() && error.isEmpty())
            error = ExportJob::tr("the database cannot be read");
        return Outcome {rows, error};
    }, [this, shared, ticker](Outcome outcome) {
        ticker->deleteLater();
        if (shared != m_shared)
            return;
        m_running = false;
        m_rowsWritten = qMax<qint64>(outcome.rows, 0);
        m_error = outcome.error;
        emit progressChanged();
        emit runningChanged();
        emit finished(outcome.error.isEmpty());
    });
}

void ExportJob::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}
