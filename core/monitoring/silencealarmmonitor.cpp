#include "silencealarmmonitor.h"

#include "storage/backgrounddatabase.h"

#include <QHash>

Q_LOGGING_CATEGORY(lcAlarm, "donationdesk.alarm", QtInfoMsg)

namespace {

struct CheckResult
{
    QList<SilenceAlarmMonitor::EndpointAlarm> alarms;
    QString error;
};

} // namespace

SilenceAlarmMonitor::SilenceAlarmMonitor(QObject *parent)
    : QObject(parent)
{
    m_interval.setInterval(DefaultIntervalMs);
    connect(&m_interval, &QTimer::timeout, this, &SilenceAlarmMonitor::checkNow);
    m_soon.setSingleShot(true);
    m_soon.setInterval(CoalesceMs);
    connect(&m_soon, &QTimer::timeout, this, &SilenceAlarmMonitor::checkNow);
}

void SilenceAlarmMonitor::setDatabase(BackgroundDatabase *database)
{
    m_database = database;
    ++m_generation; // a check of the previous database under way is not this one's
    m_running = false;
    m_again = false;
    m_checked = false;
    m_alarms.clear();
    m_soon.stop();
    if (!database) {
        m_interval.stop();
        return;
    }
    m_interval.start();
    checkNow();
}

void SilenceAlarmMonitor::setInterval(int ms)
{
    m_interval.setInterval(ms);
}

void SilenceAlarmMonitor::checkSoon()
{
    if (m_database && !m_soon.isActive())
        m_soon.start();
}

void SilenceAlarmMonitor::checkNow()
{
    if (!m_database)
        return;
    if (m_running) {
        m_again = true; // once this one is done: it may have read before what prompted this
        return;
    }
    run();
}

const SilenceAlarmMonitor::EndpointAlarm *SilenceAlarmMonitor::alarmOf(qint64 endpointId) const
{
    for (const EndpointAlarm &a : m_alarms) {
        if (a.endpointId == endpointId)
            return &a;
    }
    return nullptr;
}

void SilenceAlarmMonitor::run()
{
    m_running = true;
    const quint64 generation = m_generation;
    m_database->read<CheckResult>(
        this,
        [](QSqlDatabase &db) {
            CheckResult r;
            if (!db.isValid() || !db.isOpen()) {
                r.error = QStringLiteral("the database is not open");
                return r;
            }
            r.alarms = AlarmQueries::checkAll(db, QDateTime::currentDateTimeUtc(), &r.error);
            return r;
        },
        [this, generation](CheckResult r) {
            if (generation != m_generation)
                return;
            m_running = false;
            // A failed read says nothing about the alarms: the states stay as they were.
            if (r.error.isEmpty())
                apply(r.alarms);
            else
                qCWarning(lcAlarm).noquote() << "cannot check the silence alarms:" << r.error;
            if (m_again) {
                m_again = false;
                checkSoon();
            }
        });
}

void SilenceAlarmMonitor::apply(const QList<EndpointAlarm> &alarms)
{
    const bool first = !m_checked;
    QHash<qint64, AlarmState::Kind> before;
    for (const EndpointAlarm &a : std::as_const(m_alarms))
        before.insert(a.endpointId, a.state.kind);
    m_alarms = alarms;
    m_checked = true;
    const quint64 generation = m_generation;
    emit checked();
    for (const EndpointAlarm &a : alarms) {
        if (generation != m_generation)
            return; // a receiver switched databases
        const AlarmState::Kind previous = before.value(a.endpointId, AlarmState::Kind::Off);
        if (a.state.kind != previous)
            emit alarmChanged(a, previous, first);
    }
}
