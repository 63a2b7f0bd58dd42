#include "reprocessjob.h"

#include "appcontroller.h"
#include "storage/backgrounddatabase.h"
#include "storage/donationprocessor.h"

ReprocessJob::ReprocessJob(QObject *parent)
    : QObject(parent)
{ }

void ReprocessJob::setDatabase(BackgroundDatabase *database)
{
    m_database = database;
}

void ReprocessJob::replay(qint64 inboxId)
{
    if (inboxId > 0)
        start(false, 0, inboxId);
}

void ReprocessJob::reprocessDeadLetters(qint64 endpointId)
{
    start(true, endpointId, 0);
}

QDateTime ReprocessJob::parseLocal(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss"}) {
        const QDateTime at = QDateTime::fromString(t, QLatin1String(format));
        if (at.isValid())
            return at;
    }
    const QDate day = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    return day.isValid() ? day.startOfDay() : QDateTime();
}

QString ReprocessJob::replayWindow(qint64 endpointId, const QString &from, const QString &to)
{
    const QDateTime begin = from.trimmed().isEmpty() ? QDateTime() : parseLocal(from);
    const QDateTime end = to.trimmed().isEmpty() ? QDateTime() : parseLocal(to);
    if (!from.trimmed().isEmpty() && !begin.isValid())
        return tr("\"%1\" is not a time: write 2026-11-20 or 2026-11-20 14:30").arg(from.trimmed());
    if (!to.trimmed().isEmpty() && !end.isValid())
        return tr("\"%1\" is not a time: write 2026-11-20 or 2026-11-20 14:30").arg(to.trimmed());
    if (begin.isValid() && end.isValid() && end <= begin)
        return tr("the window ends before it starts");
    if (m_running)
        return tr("a run is already under way");
    start(false, endpointId, 0, begin.isValid() ? begin.toUTC() : QDateTime(),
        end.isValid() ? end.toUTC() : QDateTime());
    return {};
}

void ReprocessJob::start(
    bool deadLetters, qint64 endpointId, qint64 inboxId, const QDateTime &from, const QDateTime &to)
{
    BackgroundDatabase *db = AppController::databaseOr(m_database);
    if (!db || m_running)
        return;
    m_running = true;
    emit runningChanged();
    DonationProcessor::Selection selection;
    selection.scope =
        deadLetters ? DonationProcessor::Scope::DeadLetters : DonationProcessor::Scope::AllRows;
    if (endpointId > 0)
        selection.endpointId = endpointId;
    if (inboxId > 0)
        selection.inboxId = inboxId;
    selection.receivedFrom = from;
    selection.receivedTo = to;
    db->write<Outcome>(
        this,
        [selection](QSqlDatabase &sql) {
            DonationProcessor processor(sql);
            const DonationProcessor::Summary s = processor.reprocess(selection);
            return Outcome {s.rows, s.processed, s.ignored, s.dead, s.erasedSkipped, s.error};
        },
        [this](Outcome o) {
            m_running = false;
            m_ok = o.error.isEmpty();
            m_summary = !m_ok ? tr("Could not run it again: %1").arg(o.error)
                : o.rows == 0 ? tr("Nothing to run again.")
                              : tr("Ran %n request(s) again: %1 processed, %2 without a donation, "
                                   "%3 dead letter(s).",
                                  "", o.rows)
                                    .arg(o.processed)
                                    .arg(o.ignored)
                                    .arg(o.dead);
            // Erased requests are never run again: their bytes are gone.
            if (m_ok && o.erasedSkipped > 0)
                m_summary += u' ' + tr("Skipped %n erased request(s).", "", o.erasedSkipped);
            emit runningChanged();
            emit finished();
            // Donations and requests may have changed: every view reads them again.
            if (AppController *app = AppController::instance())
                app->refresh();
        });
}
