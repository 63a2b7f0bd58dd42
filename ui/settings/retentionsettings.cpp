#include "retentionsettings.h"

#include "appcontroller.h"
#include "storage/backgrounddatabase.h"
#include "storage/rawrequestretention.h"

#include <climits>

namespace {

struct Read
{
    int days = -1;
    QString error;
};

struct Purged
{
    int days = 0;
    RawRequestRetention::Counts counts;
};

} // namespace

RetentionSettings::RetentionSettings(QObject *parent)
    : QObject(parent)
{
    if (AppController *app = AppController::instance())
        connect(app, &AppController::databaseChanged, this, &RetentionSettings::reload);
    reload();
}

void RetentionSettings::setDatabase(BackgroundDatabase *database)
{
    m_database = database;
    reload();
}

BackgroundDatabase *RetentionSettings::database() const
{
    return AppController::databaseOr(m_database);
}

int RetentionSettings::maxDays()
{
    return RawRequestRetention::MaxDays;
}

void RetentionSettings::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void RetentionSettings::report(const QString &message, bool ok)
{
    m_message = message;
    m_ok = ok;
    emit messageChanged();
}

void RetentionSettings::reload()
{
    BackgroundDatabase *db = database();
    if (!db)
        return;
    const quint64 generation = ++m_generation;
    db->read<Read>(
        this,
        [](QSqlDatabase &sql) {
            Read r;
            if (const auto days = RawRequestRetention::days(sql, &r.error))
                r.days = *days;
            return r;
        },
        [this, generation](Read r) {
            if (generation != m_generation)
                return;
            if (!r.error.isEmpty())
                report(tr("Cannot read the retention setting: %1").arg(r.error), false);
            if (r.days != m_days) {
                m_days = r.days;
                emit daysChanged();
            }
        });
}

void RetentionSettings::setDays(int days)
{
    BackgroundDatabase *db = database();
    if (!db || m_busy)
        return;
    setBusy(true);
    const quint64 generation = ++m_generation;
    db->write<QString>(
        this,
        [days](QSqlDatabase &sql) {
            QString error;
            RawRequestRetention::setDays(sql, days, &error);
            return error;
        },
        [this, days, generation](const QString &error) {
            setBusy(false);
            if (!error.isEmpty()) {
                report(tr("The setting was not changed: %1").arg(error), false);
                return;
            }
            if (generation == m_generation && days != m_days) {
                m_days = days;
                emit daysChanged();
            }
            report(days == 0 ? tr("Raw requests are kept for ever.")
                             : tr("Raw requests are kept for %n day(s). The listener applies it "
                                  "within an hour, or purge now.",
                                 "", days),
                true);
        });
}

void RetentionSettings::purgeNow()
{
    BackgroundDatabase *db = database();
    if (!db || m_busy)
        return;
    setBusy(true);
    db->write<Purged>(
        this,
        [](QSqlDatabase &sql) {
            Purged p;
            const auto days = RawRequestRetention::days(sql, &p.counts.error);
            if (!days)
                return p;
            p.days = *days;
            p.counts = RawRequestRetention::purge(sql, QDateTime::currentDateTimeUtc(), *days);
            return p;
        },
        [this](Purged p) {
            setBusy(false);
            const RawRequestRetention::Counts &c = p.counts;
            if (!c.error.isEmpty())
                report(tr("The purge stopped: %1").arg(c.error), false);
            else if (p.days == 0)
                report(tr("Raw requests are kept for ever: nothing to purge."), true);
            else
                report(tr("Erased the raw bytes of %n stored request(s) older than %1 day(s) and "
                          "deleted %2 refused request(s).",
                           "", int(qMin<qint64>(c.requestsErased, INT_MAX)))
                           .arg(p.days)
                           .arg(c.refusalsDeleted),
                    true);
            emit purged();
            if (c.requestsErased > 0 || c.refusalsDeleted > 0) {
                if (AppController *app = AppController::instance())
                    app->refresh();
            }
        });
}
