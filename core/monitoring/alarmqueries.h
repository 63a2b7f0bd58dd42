#pragma once

#include "monitoring/alarmevaluation.h"

#include <QHash>
#include <QSqlDatabase>

// What silence alarms need from the database, read cheaply: for each endpoint with an alarm, a
// few index lookups (the newest real donation walks donations_endpoint_time backwards past test
// donations; the last accepted request is the top of inbox_endpoint_time; refusals since then
// are a range of request_log_time, stopped at AlarmFacts::RefusalCountLimit). Nothing reads a
// whole table, so a check every minute costs the same with a million donations.
namespace AlarmQueries {

// One endpoint's alarm as checked.
struct EndpointAlarm
{
    qint64 endpointId = 0;
    QString name;
    SilenceAlarm settings;
    AlarmState state;
};

// The facts of `endpoint` (only those its alarm uses: none when it has none).
AlarmFacts gather(QSqlDatabase &db, const EndpointConfig &endpoint, QString *error = nullptr);

// Every live endpoint's alarm as of `now`, in name order (Off for those without one).
QList<EndpointAlarm> checkAll(QSqlDatabase &db, const QDateTime &now, QString *error = nullptr);

// The statements gather() runs, with '?' for their values: for checking their query plans.
QStringList statements();

} // namespace AlarmQueries
