#pragma once

#include "monitoring/alarmevaluation.h"
#include "providers/webhookrequest.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>

class BackgroundDatabase;
class SilenceAlarmMonitor;
struct EndpointChanges;

// The endpoints, with what happened at each today: for the Endpoints view, the Live view's
// counters and every endpoint filter. Loaded off the UI thread; kept current from live events
// and from the edits made through it.
//
// Edits (add, update, remove...) run on the database's write lane with the rules the command
// line uses (storage/endpointchanges.h). Each returns a ticket at once; `editFinished(ticket,
// result)` follows with result {ok, action, endpointId, setting, error, endpoint}: `setting`
// names the field a refusal is about ("name", "secret", "currency", "event", "timezone",
// "allowFrom", "recordDelay", "recordDate", "alarmQuiet", "alarmWindow",
// "alarmSignatureFailures"; empty for others), `error` is the reason worded for
// a form, `endpoint` the endpoint as get() returns it (with its secret: for showing it once).
// The running listener picks changes up by itself within half a second.
//
// Each endpoint's silence alarm state (alarmState: off, ok, quiet, failing; alarmRaised,
// alarmText) comes from a SilenceAlarmMonitor on the database's read lanes: checked every
// minute, after edits, and soon after checkAlarmsSoon() (called on live events).
class EndpointListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.endpoints is the one list of endpoints")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(int pendingEdits READ pendingEdits NOTIFY pendingEditsChanged)
    // Each provider: {id, name, setupHint, acceptsSecret, requiresSecret, generatesSecret,
    // events, needsCurrency}.
    Q_PROPERTY(QVariantList providers READ providers CONSTANT)

public:
    enum Role {
        EndpointIdRole = Qt::UserRole + 1,
        NameRole,
        ProviderRole,
        ProviderNameRole,
        EnabledRole,
        PathRole,
        UrlRole,
        HasSecretRole,
        SecretRole,
        CurrencyRole,
        EventRole,
        TimezoneRole,
        AllowFromRole,
        RecordRuleRole,
        RecordPolicyTextRole,
        SetupHintRole,
        CountTodayRole,
        LastRequestRole,
        LastErrorRole,
        LastErrorAtRole,
        AlarmQuietMinutesRole,
        AlarmQuietRole, // "6h", "1h30m"; empty: off
        AlarmWindowRole, // "08:00-22:00"; empty: all day
        AlarmSignatureFailuresRole,
        AlarmSummaryRole, // the settings in words
        AlarmStateRole,
        AlarmRaisedRole,
        AlarmTextRole,
    };
    Q_ENUM(Role)

    struct Entry
    {
        EndpointConfig config;
        int countToday = 0;
        QDateTime lastRequest;
        QString lastError;
        QDateTime lastErrorAt;
        AlarmState alarm; // as last checked
    };

    explicit EndpointListModel(QObject *parent = nullptr);

    void setDatabase(BackgroundDatabase *database);
    // Base of the URLs shown for providers ("http://127.0.0.1:8787" or the public base URL).
    void setBaseUrl(const QString &baseUrl);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isLoading() const { return m_loading; }
    const QList<Entry> &entries() const { return m_entries; }
    QString nameOf(qint64 endpointId) const;

    Q_INVOKABLE void reload();
    Q_INVOKABLE void checkAlarmsSoon();
    SilenceAlarmMonitor *alarmMonitor() const { return m_alarms; }
    Q_INVOKABLE int indexOf(qint64 endpointId) const;
    Q_INVOKABLE QVariantMap get(int row) const;

    static QVariantList providers();
    Q_INVOKABLE static QVariantMap provider(const QString &id);

    // `settings` / `changes` keys: name, secret, noSecret, currency, event, timezone,
    // allowFrom, recordDelay, recordDate, alarmQuiet, alarmWindow, alarmSignatureFailures,
    // enabled (and for update newSecret, newToken). An
    // absent key leaves the setting as it is (for add: the provider's default).
    Q_INVOKABLE int add(const QString &provider, const QVariantMap &settings);
    Q_INVOKABLE int update(qint64 endpointId, const QVariantMap &changes);
    Q_INVOKABLE int remove(qint64 endpointId);
    Q_INVOKABLE int regenerateSecret(qint64 endpointId);
    Q_INVOKABLE int newToken(qint64 endpointId);
    Q_INVOKABLE int setEnabled(qint64 endpointId, bool enabled);
    int pendingEdits() const { return m_pendingEdits; }

    // Live events.
    void noteRequest(qint64 endpointId, const QDateTime &at);
    void noteError(qint64 endpointId, const QString &error, const QDateTime &at);

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void loaded();
    void pendingEditsChanged();
    void editFinished(int ticket, const QVariantMap &result);

private:
    struct EditResult;
    enum class Edit { Add, Update, Remove };

    void apply(const QList<Entry> &entries);
    void applyAlarms();
    AlarmState alarmOf(qint64 endpointId) const;
    int edit(Edit action, qint64 endpointId, const QString &provider, const QVariantMap &values);
    void finishEdit(int ticket, Edit action, const EditResult &result);
    QVariant value(const Entry &entry, int role) const;
    QVariantMap entryMap(const Entry &entry) const;
    // Where an endpoint named `name` belongs in the list (ordered by name, as loaded).
    int rowFor(const QString &name, qint64 exceptId) const;

    QPointer<BackgroundDatabase> m_database;
    SilenceAlarmMonitor *m_alarms = nullptr;
    QString m_baseUrl;
    QList<Entry> m_entries;
    bool m_loading = false;
    quint64 m_generation = 0;
    quint64 m_databaseGeneration = 0;
    int m_nextTicket = 0;
    int m_pendingEdits = 0;
};
