#include "endpointlistmodel.h"

#include "providers/provideradapter.h"
#include "storage/backgrounddatabase.h"
#include "storage/endpointstore.h"
#include "time/timestamps.h"

#include <QSqlQuery>

namespace {

QString describePolicy(const RecordPolicy &p)
{
    switch (p.kind) {
    case RecordPolicy::Kind::FixedDate:
        return EndpointListModel::tr("Record date %1").arg(QLocale().toString(p.fixedDate, QLocale::ShortFormat));
    case RecordPolicy::Kind::Delay:
    case RecordPolicy::Kind::ReportDelay:
        if (p.days == 0)
            return EndpointListModel::tr("Post-record at once");
        return EndpointListModel::tr("Record date %n day(s) after the donation", nullptr, p.days);
    }
    return {};
}

QList<EndpointListModel::Entry> load(QSqlDatabase &db)
{
    QList<EndpointListModel::Entry> out;
    if (!db.isValid())
        return out;
    for (const EndpointConfig &e : EndpointStore(db).list())
        out << EndpointListModel::Entry {e, 0, {}, {}, {}};

    const qint64 midnight = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    auto entryFor = [&out](qint64 id) -> EndpointListModel::Entry * {
        for (auto &e : out) {
            if (e.config.id == id)
                return &e;
        }
        return nullptr;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT endpoint_id, count(*) FILTER (WHERE received_at >= ?), max(received_at) "
                             "FROM inbox GROUP BY endpoint_id"));
    q.addBindValue(midnight);
    if (q.exec()) {
        while (q.next()) {
            if (auto *e = entryFor(q.value(0).toLongLong())) {
                e->countToday = q.value(1).toInt();
                e->lastRequest = Timestamps::fromMs(q.value(2).toLongLong());
            }
        }
    }
    // The latest refusal or dead letter of each endpoint, whichever is newer.
    q.prepare(QStringLiteral(
        "SELECT endpoint_id, at, reason FROM ("
        "  SELECT endpoint_id, received_at AS at, reason FROM request_log WHERE endpoint_id IS NOT NULL"
        "  UNION ALL"
        "  SELECT endpoint_id, coalesce(processed_at, received_at), error FROM inbox WHERE state = 'dead'"
        ") ORDER BY at"));
    if (q.exec()) {
        while (q.next()) {
            if (auto *e = entryFor(q.value(0).toLongLong())) {
                e->lastErrorAt = Timestamps::fromMs(q.value(1).toLongLong());
                e->lastError = q.value(2).toString();
            }
        }
    }
    q.prepare(QStringLiteral("SELECT endpoint_id, max(received_at) FROM request_log "
                             "WHERE endpoint_id IS NOT NULL GROUP BY endpoint_id"));
    if (q.exec()) {
        while (q.next()) {
            if (auto *e = entryFor(q.value(0).toLongLong())) {
                const QDateTime at = Timestamps::fromMs(q.value(1).toLongLong());
                if (!e->lastRequest.isValid() || at > e->lastRequest)
                    e->lastRequest = at;
            }
        }
    }
    return out;
}

} // namespace

EndpointListModel::EndpointListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EndpointListModel::setDatabase(BackgroundDatabase *database)
{
    m_database = database;
    reload();
}

void EndpointListModel::setBaseUrl(const QString &baseUrl)
{
    if (m_baseUrl == baseUrl)
        return;
    m_baseUrl = baseUrl;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1), {UrlRole});
}

int EndpointListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant EndpointListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const ProviderAdapter *adapter = Providers::find(e.config.provider);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.config.name;
    case EndpointIdRole:
        return e.config.id;
    case ProviderRole:
        return e.config.provider;
    case ProviderNameRole:
        return adapter ? adapter->displayName() : e.config.provider;
    case EnabledRole:
        return e.config.enabled;
    case PathRole:
        return QString::fromLatin1(e.config.path());
    case UrlRole:
        return QString(m_baseUrl + QString::fromLatin1(e.config.path()));
    case HasSecretRole:
        return !e.config.secret.isEmpty();
    case SecretRole:
        return QString::fromUtf8(e.config.secret);
    case CurrencyRole:
        return e.config.currency;
    case EventRole:
        return e.config.event;
    case TimezoneRole:
        return e.config.timezone;
    case AllowFromRole:
        return e.config.allowFrom.join(QStringLiteral(", "));
    case RecordRuleRole:
        return e.config.recordPolicy.toRule();
    case RecordPolicyTextRole:
        return describePolicy(e.config.recordPolicy);
    case SetupHintRole:
        return adapter ? adapter->setupHint() : QString();
    case CountTodayRole:
        return e.countToday;
    case LastRequestRole:
        return e.lastRequest.isValid() ? QVariant(e.lastRequest.toLocalTime()) : QVariant();
    case LastErrorRole:
        return e.lastError;
    case LastErrorAtRole:
        return e.lastErrorAt.isValid() ? QVariant(e.lastErrorAt.toLocalTime()) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> EndpointListModel::roleNames() const
{
    return {{EndpointIdRole, "endpointId"}, {NameRole, "name"}, {ProviderRole, "provider"},
        {ProviderNameRole, "providerName"}, {EnabledRole, "enabled"}, {PathRole, "path"},
        {UrlRole, "url"}, {HasSecretRole, "hasSecret"}, {SecretRole, "secret"},
        {CurrencyRole, "currency"}, {EventRole, "event"}, {TimezoneRole, "timezone"},
        {AllowFromRole, "allowFrom"}, {RecordRuleRole, "recordRule"},
        {RecordPolicyTextRole, "recordPolicyText"}, {SetupHintRole, "setupHint"},
        {CountTodayRole, "countToday"}, {LastRequestRole, "lastRequest"},
        {LastErrorRole, "lastError"}, {LastErrorAtRole, "lastErrorAt"}};
}

QString EndpointListModel::nameOf(qint64 endpointId) const
{
    const int row = indexOf(endpointId);
    return row < 0 ? QString() : m_entries.at(row).config.name;
}

int EndpointListModel::indexOf(qint64 endpointId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).config.id == endpointId)
            return int(i);
    }
    return -1;
}

QVariantMap EndpointListModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= rowCount())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

void EndpointListModel::reload()
{
    if (!m_database)
        return;
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged();
    }
    m_database->read<QList<Entry>>(this, load, [this, generation](QList<Entry> entries) {
        if (generation != m_generation)
            return; // a newer reload is on its way
        apply(entries);
        m_loading = false;
        emit loadingChanged();
        emit loaded();
    });
}

void EndpointListModel::apply(const QList<Entry> &entries)
{
    const int before = rowCount();
    beginResetModel();
    m_entries = entries;
    endResetModel();
    if (before != rowCount())
        emit countChanged();
}

void EndpointListModel::noteRequest(qint64 endpointId, const QDateTime &at)
{
    const int row = indexOf(endpointId);
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    if (at.toLocalTime().date() == QDate::currentDate())
        ++e.countToday;
    e.lastRequest = at;
    emit dataChanged(index(row), index(row), {CountTodayRole, LastRequestRole});
}

void EndpointListModel::noteError(qint64 endpointId, const QString &error, const QDateTime &at)
{
    const int row = indexOf(endpointId);
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    e.lastError = error;
    e.lastErrorAt = at;
    e.lastRequest = at;
    emit dataChanged(index(row), index(row), {LastErrorRole, LastErrorAtRole, LastRequestRole});
}
