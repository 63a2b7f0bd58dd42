#pragma once

#include "monitoring/alarmqueries.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QTimer>

class BackgroundDatabase;

Q_DECLARE_LOGGING_CATEGORY(lcAlarm)

// Checks every endpoint's silence alarm once a minute, and soon after it is told that
// donations or refusals arrived, on a read lane of a BackgroundDatabase (never in the thread
// that owns it, nor on the listener's or the writer's), and reports each change of state once.
// Used by `serve` (which logs the changes) and by the desktop's endpoint list (which shows them
// and has the tray notify).
class SilenceAlarmMonitor : public QObject
{
    Q_OBJECT
public:
    using EndpointAlarm = AlarmQueries::EndpointAlarm;

    explicit SilenceAlarmMonitor(QObject *parent = nullptr);

    // Checks `database` now and then every interval; null stops. Another database starts
    // afresh: its first check is the baseline (alarmChanged with `first` set).
    void setDatabase(BackgroundDatabase *database);
    void setInterval(int ms);
    // A check within `CoalesceMs`, however many are asked for meanwhile.
    void checkSoon();
    void checkNow();

    bool hasChecked() const { return m_checked; }
    const QList<EndpointAlarm> &alarms() const { return m_alarms; }
    // Null when the endpoint was not in the last check.
    const EndpointAlarm *alarmOf(qint64 endpointId) const;

    static constexpr int DefaultIntervalMs = 60 * 1000;
    static constexpr int CoalesceMs = 1000;

Q_SIGNALS:
    // After every check, with alarms() updated.
    void checked();
    // An endpoint's state changed kind (quiet, failing, ok, off), or it was seen for the first
    // time (`previous` is then Off). `first`: the first check of this database.
    void alarmChanged(
        const SilenceAlarmMonitor::EndpointAlarm &alarm, AlarmState::Kind previous, bool first);

private:
    void run();
    void apply(const QList<EndpointAlarm> &alarms);

    QPointer<BackgroundDatabase> m_database;
    QTimer m_interval {this};
    QTimer m_soon {this};
    QList<EndpointAlarm> m_alarms;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_again = false;
    bool m_checked = false;
};
