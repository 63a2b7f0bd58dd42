#pragma once

#include "providers/webhookrequest.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>

class BackgroundDatabase;

// The endpoints, with what happened at each today: for the Endpoints view, the Live view's
// counters and every endpoint filter. Loaded off the UI thread; kept current from live events.
class EndpointListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.endpoints is the one list of endpoints")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

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
    };
    Q_ENUM(Role)

    struct Entry
    {
        EndpointConfig config;
        int countToday = 0;
        QDateTime lastRequest;
        QString lastError;
        QDateTime lastErrorAt;
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
    Q_INVOKABLE int indexOf(qint64 endpointId) const;
    Q_INVOKABLE QVariantMap get(int row) const;

    // Live events.
    void noteRequest(qint64 endpointId, const QDateTime &at);
    void noteError(qint64 endpointId, const QString &error, const QDateTime &at);

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void loaded();

private:
    void apply(const QList<Entry> &entries);

    BackgroundDatabase *m_database = nullptr;
    QString m_baseUrl;
    QList<Entry> m_entries;
    bool m_loading = false;
    quint64 m_generation = 0;
};
