#include "endpointstore.h"

#include "time/timestamps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// lupdate reads the context from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EndpointStore)
};

const char *const Columns = "id, name, provider, token, secret, currency, event, timezone, "
                            "record_rule, allow_from, enabled, alarm_quiet_minutes, alarm_window, "
                            "alarm_signature_failures";

EndpointConfig fromQuery(const QSqlQuery &q)
{
    EndpointConfig e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.provider = q.value(2).toString();
    e.token = q.value(3).toString().toLatin1();
    e.secret = q.value(4).toString().toUtf8();
    e.currency = q.value(5).toString();
    e.event = q.value(6).toString();
    e.timezone = q.value(7).toString();
    e.recordPolicy = RecordPolicy::fromRule(q.value(8).toString()).value_or(RecordPolicy());
    const QString allow = q.value(9).toString();
    e.allowFrom = allow.isEmpty() ? QStringList() : allow.split(u',');
    e.enabled = q.value(10).toBool();
    e.alarm.quietMinutes = q.value(11).toInt();
    // Written only through the rules (storage/endpointchanges.h); anything else reads as all day.
    const auto window = SilenceAlarm::parseWindow(q.value(12).toString());
    if (window && window->from != window->to) {
        e.alarm.windowFrom = window->from;
        e.alarm.windowTo = window->to;
    }
    e.alarm.signatureFailures = q.value(13).toInt();
    return e;
}

// Empty, never NULL: the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindFields(QSqlQuery &q, const EndpointConfig &e)
{
    q.bindValue(QStringLiteral(":name"), text(e.name));
    q.bindValue(QStringLiteral(":provider"), text(e.provider));
    q.bindValue(QStringLiteral(":secret"), text(QString::fromUtf8(e.secret)));
    q.bindValue(QStringLiteral(":currency"), text(e.currency));
    q.bindValue(QStringLiteral(":event"), text(e.event));
    q.bindValue(QStringLiteral(":timezone"), text(e.timezone));
    q.bindValue(QStringLiteral(":rule"), e.recordPolicy.toRule());
    q.bindValue(QStringLiteral(":allow"), text(e.allowFrom.join(u',')));
    q.bindValue(QStringLiteral(":enabled"), e.enabled ? 1 : 0);
    q.bindValue(QStringLiteral(":alarmQuiet"), qMax(0, e.alarm.quietMinutes));
    q.bindValue(QStringLiteral(":alarmWindow"), text(e.alarm.windowText()));
    q.bindValue(QStringLiteral(":alarmFailures"), qMax(0, e.alarm.signatureFailures));
    q.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
}

QString describe(const QSqlError &e, const QString &name)
{
    if (e.text().contains(QLatin1String("UNIQUE")) && e.text().contains(QLatin1String("name")))
        return Text::tr("an endpoint named \"%1\" already exists").arg(name);
    return e.text();
}

} // namespace

EndpointStore::EndpointStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QList<EndpointConfig> EndpointStore::list(QString *error) const
{
    return select(QStringLiteral("WHERE removed_at IS NULL ORDER BY name"), error);
}

QList<EndpointConfig> EndpointStore::listIncludingRemoved(QString *error) const
{
    return select(QStringLiteral("ORDER BY id"), error);
}

QList<EndpointConfig> EndpointStore::select(const QString &clause, QString *error) const
{
    QList<EndpointConfig> out;
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM endpoints %2").arg(QLatin1String(Columns), clause))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << fromQuery(q);
    return out;
}

std::optional<EndpointConfig> EndpointStore::findById(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM endpoints WHERE id = ? AND removed_at IS NULL")
                  .arg(QLatin1String(Columns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<EndpointConfig> EndpointStore::find(const QString &nameOrId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM endpoints WHERE name = ? AND removed_at IS NULL")
                  .arg(QLatin1String(Columns)));
    q.addBindValue(nameOrId);
    if (q.exec() && q.next())
        return fromQuery(q);
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    return isNumber ? findById(id) : std::nullopt;
}

std::optional<EndpointConfig> EndpointStore::findIncludingRemoved(const QString &name) const
{
    if (auto live = find(name))
        return live;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT %1 FROM endpoints WHERE name = ? ORDER BY removed_at DESC, id DESC LIMIT 1")
                  .arg(QLatin1String(Columns)));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

bool EndpointStore::add(EndpointConfig &endpoint, QString *error)
{
    if (endpoint.token.isEmpty())
        endpoint.token = newToken();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO endpoints (name, provider, token, secret, currency, event, timezone, "
        "record_rule, allow_from, enabled, alarm_quiet_minutes, alarm_window, "
        "alarm_signature_failures, created_at, updated_at) VALUES (:name, :provider, :token, "
        ":secret, :currency, :event, :timezone, :rule, :allow, :enabled, :alarmQuiet, "
        ":alarmWindow, :alarmFailures, :now, :now)"));
    bindFields(q, endpoint);
    q.bindValue(QStringLiteral(":token"), QString::fromLatin1(endpoint.token));
    if (!q.exec()) {
        *error = describe(q.lastError(), endpoint.name);
        return false;
    }
    endpoint.id = q.lastInsertId().toLongLong();
    return true;
}

bool EndpointStore::update(const EndpointConfig &endpoint, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE endpoints SET name = :name, provider = :provider, token = :token, "
        "secret = :secret, currency = :currency, event = :event, timezone = :timezone, "
        "record_rule = :rule, allow_from = :allow, enabled = :enabled, "
        "alarm_quiet_minutes = :alarmQuiet, alarm_window = :alarmWindow, "
        "alarm_signature_failures = :alarmFailures, updated_at = :now "
        "WHERE id = :id AND removed_at IS NULL"));
    bindFields(q, endpoint);
    q.bindValue(QStringLiteral(":token"), QString::fromLatin1(endpoint.token));
    q.bindValue(QStringLiteral(":id"), endpoint.id);
    if (!q.exec()) {
        *error = describe(q.lastError(), endpoint.name);
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = Text::tr("endpoint %1 does not exist").arg(endpoint.id);
        return false;
    }
    return true;
}

bool EndpointStore::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    // The token is replaced so that the old URL can never match again.
    q.prepare(QStringLiteral("UPDATE endpoints SET removed_at = :now, enabled = 0, "
                             "token = 'removed-' || id || '-' || :now, updated_at = :now "
                             "WHERE id = :id AND removed_at IS NULL"));
    q.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = Text::tr("endpoint %1 does not exist").arg(id);
        return false;
    }
    return true;
}

qint64 EndpointStore::revision() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'endpoints_revision'"))
        && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QByteArray EndpointStore::newToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
