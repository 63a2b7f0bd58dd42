#include "endpointlistmodel.h"

#include "monitoring/silencealarmmonitor.h"
#include "providers/provideradapter.h"
#include "storage/backgrounddatabase.h"
#include "storage/endpointchanges.h"
#include "storage/endpointstore.h"
#include "time/timestamps.h"

#include <QSqlQuery>

struct EndpointListModel::EditResult
{
    bool ok = false;
    QString setting; // the field a refusal is about
    QString error; // worded for a form
    EndpointConfig config; // as stored
};

namespace {

const char *const ChangeKeys[] = {"name", "secret", "noSecret", "currency", "event", "timezone",
    "allowFrom", "recordDelay", "recordDate", "alarmQuiet", "alarmWindow", "alarmSignatureFailures",
    "enabled", "newSecret", "newToken"};

// QML's values as changes; an unknown key is a mistake in the caller, refused rather than
// silently ignored.
EndpointChanges changesFrom(const QVariantMap &values, QString *unknown)
{
    EndpointChanges c;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (std::find_if(std::begin(ChangeKeys), std::end(ChangeKeys),
                [&](const char *k) { return it.key() == QLatin1String(k); })
            == std::end(ChangeKeys)) {
            *unknown = it.key();
            return c;
        }
    }
    auto text = [&](const char *key) -> std::optional<QString> {
        const QVariant v = values.value(QLatin1String(key));
        if (!v.isValid())
            return std::nullopt;
        if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
            return v.toStringList().join(u',');
        if (v.typeId() == QMetaType::QDate || v.typeId() == QMetaType::QDateTime)
            return v.toDate().toString(Qt::ISODate);
        return v.isNull() ? QString() : v.toString();
    };
    auto flag = [&](const char *key) {
        return values.value(QLatin1String(key)).toBool();
    };
    c.name = text("name");
    c.secret = text("secret");
    c.noSecret = flag("noSecret");
    c.currency = text("currency");
    c.event = text("event");
    c.timezone = text("timezone");
    c.allowFrom = text("allowFrom");
    c.recordDelay = text("recordDelay");
    c.recordDate = text("recordDate");
    c.alarmQuiet = text("alarmQuiet");
    c.alarmWindow = text("alarmWindow");
    c.alarmSignatureFailures = text("alarmSignatureFailures");
    if (values.contains(QStringLiteral("enabled")))
        c.enabled = flag("enabled");
    c.newSecret = flag("newSecret");
    c.newToken = flag("newToken");
    return c;
}

// An endpoint named `name` other than `id`, compared exactly (EndpointStore::find() also takes
// ids for names).
bool nameTaken(EndpointStore &store, const QString &name, qint64 id)
{
    const auto other = store.find(name);
    return other && other->name == name && other->id != id;
}

QString describePolicy(const RecordPolicy &p)
{
    switch (p.kind) {
    case RecordPolicy::Kind::FixedDate:
        return EndpointListModel::tr("Record date %1")
            .arg(QLocale().toString(p.fixedDate, QLocale::ShortFormat));
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
        out << EndpointListModel::Entry {e, 0, {}, {}, {}, {}};

    const qint64 midnight = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    auto entryFor = [&out](qint64 id) -> EndpointListModel::Entry * {
        for (auto &e : out) {
            if (e.config.id == id)
                return &e;
        }
        return nullptr;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT endpoint_id, count(*) FILTER (WHERE received_at >= ?), max(received_at) "
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
    q.prepare(QStringLiteral("SELECT endpoint_id, at, reason FROM ("
                             "  SELECT endpoint_id, received_at AS at, reason FROM request_log "
                             "WHERE endpoint_id IS NOT NULL"
                             "  UNION ALL"
                             "  SELECT endpoint_id, coalesce(processed_at, received_at), error "
                             "FROM inbox WHERE state = 'dead'"
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
    , m_alarms(new SilenceAlarmMonitor(this))
{
    connect(m_alarms, &SilenceAlarmMonitor::checked, this, &EndpointListModel::applyAlarms);
}

void EndpointListModel::setDatabase(BackgroundDatabase *database)
{
    m_database = database;
    m_alarms->setDatabase(database);
    // Edits still under way were made in the previous database: their results are not this
    // one's.
    ++m_databaseGeneration;
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
    return value(m_entries.at(index.row()), role);
}

QVariant EndpointListModel::value(const Entry &e, int role) const
{
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
    case AlarmQuietMinutesRole:
        return e.config.alarm.quietMinutes;
    case AlarmQuietRole:
        return SilenceAlarm::durationText(e.config.alarm.quietMinutes);
    case AlarmWindowRole:
        return e.config.alarm.windowText();
    case AlarmSignatureFailuresRole:
        return e.config.alarm.signatureFailures;
    case AlarmSummaryRole:
        return AlarmEvaluation::describeSettings(e.config.alarm);
    case AlarmStateRole:
        return e.alarm.kindName();
    case AlarmRaisedRole:
        return e.alarm.isRaised();
    case AlarmTextRole:
        return e.alarm.text;
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
        {LastErrorRole, "lastError"}, {LastErrorAtRole, "lastErrorAt"},
        {AlarmQuietMinutesRole, "alarmQuietMinutes"}, {AlarmQuietRole, "alarmQuiet"},
        {AlarmWindowRole, "alarmWindow"}, {AlarmSignatureFailuresRole, "alarmSignatureFailures"},
        {AlarmSummaryRole, "alarmSummary"}, {AlarmStateRole, "alarmState"},
        {AlarmRaisedRole, "alarmRaised"}, {AlarmTextRole, "alarmText"}};
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
    if (row < 0 || row >= rowCount())
        return {};
    return entryMap(m_entries.at(row));
}

QVariantMap EndpointListModel::entryMap(const Entry &entry) const
{
    QVariantMap out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        out.insert(QString::fromLatin1(it.value()), value(entry, it.key()));
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

void EndpointListModel::checkAlarmsSoon()
{
    m_alarms->checkSoon();
}

AlarmState EndpointListModel::alarmOf(qint64 endpointId) const
{
    const auto *alarm = m_alarms->alarmOf(endpointId);
    return alarm ? alarm->state : AlarmState();
}

void EndpointListModel::applyAlarms()
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        const AlarmState state = alarmOf(e.config.id);
        if (state.kind == e.alarm.kind && state.text == e.alarm.text)
            continue;
        e.alarm = state;
        const QModelIndex at = index(int(row));
        emit dataChanged(at, at, {AlarmStateRole, AlarmRaisedRole, AlarmTextRole});
    }
}

void EndpointListModel::apply(const QList<Entry> &entries)
{
    const int before = rowCount();
    beginResetModel();
    m_entries = entries;
    for (Entry &e : m_entries)
        e.alarm = alarmOf(e.config.id);
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

QVariantList EndpointListModel::providers()
{
    // Made once: bindings ask again whenever an endpoint's row changes.
    static const QVariantList all = [] {
        QVariantList out;
        for (const ProviderAdapter *adapter : Providers::all()) {
            out << QVariantMap {{QStringLiteral("id"), adapter->id()},
                {QStringLiteral("name"), adapter->displayName()},
                {QStringLiteral("setupHint"), adapter->setupHint()},
                {QStringLiteral("acceptsSecret"), adapter->acceptsSecret()},
                {QStringLiteral("requiresSecret"), adapter->requiresSecret()},
                // Those that generate one generate it at random: this draws one and drops it.
                {QStringLiteral("generatesSecret"), !adapter->generateSecret().isEmpty()},
                {QStringLiteral("events"), adapter->events()},
                {QStringLiteral("needsCurrency"), adapter->needsCurrency()}};
        }
        return out;
    }();
    return all;
}

QVariantMap EndpointListModel::provider(const QString &id)
{
    for (const QVariant &p : providers()) {
        if (p.toMap().value(QStringLiteral("id")).toString() == id)
            return p.toMap();
    }
    return {};
}

int EndpointListModel::add(const QString &provider, const QVariantMap &settings)
{
    return edit(Edit::Add, 0, provider, settings);
}

int EndpointListModel::update(qint64 endpointId, const QVariantMap &changes)
{
    return edit(Edit::Update, endpointId, {}, changes);
}

int EndpointListModel::remove(qint64 endpointId)
{
    return edit(Edit::Remove, endpointId, {}, {});
}

int EndpointListModel::regenerateSecret(qint64 endpointId)
{
    return update(endpointId, {{QStringLiteral("newSecret"), true}});
}

int EndpointListModel::newToken(qint64 endpointId)
{
    return update(endpointId, {{QStringLiteral("newToken"), true}});
}

int EndpointListModel::setEnabled(qint64 endpointId, bool enabled)
{
    return update(endpointId, {{QStringLiteral("enabled"), enabled}});
}

int EndpointListModel::edit(
    Edit action, qint64 endpointId, const QString &providerId, const QVariantMap &values)
{
    const int ticket = ++m_nextTicket;
    QString unknown;
    const EndpointChanges changes = changesFrom(values, &unknown);
    auto refuse = [this, ticket, action](const QString &why) {
        EditResult result;
        result.error = why;
        // Reported from the event loop, as every other result: the caller has its ticket first.
        QMetaObject::invokeMethod(
            this, [this, ticket, action, result] { finishEdit(ticket, action, result); },
            Qt::QueuedConnection);
        ++m_pendingEdits;
        emit pendingEditsChanged();
        return ticket;
    };
    if (!unknown.isEmpty())
        return refuse(tr("Unknown setting '%1'.").arg(unknown));
    if (!m_database)
        return refuse(tr("No database is open."));
    const ProviderAdapter *adapter =
        action == Edit::Add ? Providers::find(providerId.trimmed().toLower()) : nullptr;
    if (action == Edit::Add && !adapter)
        return refuse(tr("Choose a provider."));

    ++m_pendingEdits;
    emit pendingEditsChanged();
    const quint64 databaseGeneration = m_databaseGeneration;
    m_database->write<EditResult>(
        this,
        [action, endpointId, chosen = adapter, changes](QSqlDatabase &db) {
            EditResult r;
            r.config.id = endpointId; // named in a refusal too
            const ProviderAdapter *adapter = chosen;
            if (!db.isValid() || !db.isOpen()) {
                r.error = tr("The database cannot be written.");
                return r;
            }
            EndpointStore store(db);
            EndpointConfig e;
            if (action == Edit::Add) {
                e.provider = adapter->id();
            } else {
                const auto found = store.findById(endpointId);
                if (!found) {
                    r.error = tr("This endpoint no longer exists.");
                    return r;
                }
                e = *found;
                adapter = Providers::find(e.provider);
                if (!adapter) {
                    r.error = tr("This endpoint's provider '%1' is unknown to this version.")
                                  .arg(e.provider);
                    return r;
                }
            }
            QString error;
            if (action == Edit::Remove) {
                r.ok = store.remove(e.id, &error);
                r.error = error;
                r.config = e;
                return r;
            }
            EndpointChangeError refusal;
            if (!applyEndpointChanges(e, changes, *adapter, action == Edit::Add, &refusal)
                     .isEmpty()) {
                r.setting = refusal.setting;
                r.error = refusal.detail;
                return r;
            }
            if (nameTaken(store, e.name, e.id)) {
                r.setting = QStringLiteral("name");
                r.error = tr("An endpoint named “%1” already exists.").arg(e.name);
                return r;
            }
            r.ok = action == Edit::Add ? store.add(e, &error) : store.update(e, &error);
            r.error = error;
            r.config = e;
            return r;
        },
        [this, ticket, action, databaseGeneration](EditResult result) {
            if (databaseGeneration != m_databaseGeneration) {
                result.ok = false;
                result.setting.clear();
                result.error = tr("Another database was opened meanwhile.");
            }
            finishEdit(ticket, action, result);
        });
    return ticket;
}

int EndpointListModel::rowFor(const QString &name, qint64 exceptId) const
{
    // The order of SQLite's "ORDER BY name": the bytes of the UTF-8 text.
    const QByteArray key = name.toUtf8();
    int row = 0;
    for (const Entry &e : m_entries) {
        if (e.config.id != exceptId && e.config.name.toUtf8() <= key)
            ++row;
    }
    return row;
}

void EndpointListModel::finishEdit(int ticket, Edit action, const EditResult &result)
{
    QVariantMap out {{QStringLiteral("ok"), result.ok},
        {QStringLiteral("action"),
            action == Edit::Add          ? QStringLiteral("add")
                : action == Edit::Remove ? QStringLiteral("remove")
                                         : QStringLiteral("update")},
        {QStringLiteral("endpointId"), result.config.id},
        {QStringLiteral("setting"), result.setting}, {QStringLiteral("error"), result.error}};
    if (result.ok) {
        const int row = indexOf(result.config.id);
        if (action == Edit::Remove) {
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_entries.removeAt(row);
                endRemoveRows();
                emit countChanged();
            }
        } else if (row < 0) {
            Entry entry {result.config, 0, {}, {}, {}, {}};
            const int at = rowFor(entry.config.name, entry.config.id);
            beginInsertRows({}, at, at);
            m_entries.insert(at, entry);
            endInsertRows();
            emit countChanged();
            out.insert(QStringLiteral("endpoint"), entryMap(entry));
        } else {
            m_entries[row].config = result.config;
            emit dataChanged(index(row), index(row));
            // A new name may belong elsewhere in the list.
            const int at = rowFor(result.config.name, result.config.id);
            if (at != row) {
                beginMoveRows({}, row, row, {}, at > row ? at + 1 : at);
                m_entries.move(row, at);
                endMoveRows();
            }
            out.insert(QStringLiteral("endpoint"), entryMap(m_entries.at(at)));
        }
        // A reload under way may have read the list before this edit: read it again.
        if (m_loading)
            reload();
        // The alarm may be set, changed or off now, or the endpoint disabled.
        if (action != Edit::Remove)
            m_alarms->checkSoon();
    }
    --m_pendingEdits;
    emit pendingEditsChanged();
    emit editFinished(ticket, out);
}
