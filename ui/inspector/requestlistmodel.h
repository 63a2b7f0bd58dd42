#pragma once

#include "reports/requestlog.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

class BackgroundDatabase;

// Every request the listener saw, newest first, for the request inspector: accepted and
// refused in one list, filtered by endpoint, result and text in headers and body. Pages of
// `pageSize` rows arrive from the read lanes (keyset: a page starts after the last row
// shown); a result for a filter since replaced is dropped by its generation.
//
// New requests: while the first page is all that is loaded, the list reloads by itself when
// requests arrive (bind `revision` to App.requestRevision); further down it keeps its place
// and says so (`stale`) until reload().
class RequestListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 endpointId READ endpointId WRITE setEndpointId NOTIFY filterChanged)
    Q_PROPERTY(QStringList results READ results WRITE setResults NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadingChanged)
    Q_PROPERTY(bool more READ hasMore NOTIFY loadingChanged)
    Q_PROPERTY(bool stale READ isStale NOTIFY staleChanged)
    Q_PROPERTY(QString error READ error NOTIFY loadingChanged)
    Q_PROPERTY(int revision READ revision WRITE setRevision NOTIFY revisionChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    // [{name, label}] for the result filter, in order.
    Q_PROPERTY(QVariantList resultChoices READ resultChoices CONSTANT)

public:
    enum Role {
        RefusedRole = Qt::UserRole + 1,
        RequestIdRole,
        ReceivedAtRole,
        PeerRole,
        EndpointIdRole,
        EndpointNameRole,
        ProviderRole,
        MethodRole,
        TargetRole,
        SizeRole,
        HttpStatusRole,
        ResultRole, // accepted, duplicate, ignored, dead, refused, pending
        ResultLabelRole, // for the eye: "Accepted", "Refused: signature"...
        CategoryRole,
        ReasonRole,
        DonationsRole,
        ErasedRole, // its raw bytes were erased (retention, a donor's request)
        ErasedAtRole,
        ErasedWhyRole, // "retention", "donor erasure"
    };
    Q_ENUM(Role)

    explicit RequestListModel(QObject *parent = nullptr);
    ~RequestListModel() override;

    void setDatabase(BackgroundDatabase *database);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    qint64 endpointId() const { return m_filter.endpointIds.value(0); }
    void setEndpointId(qint64 id);
    QStringList results() const { return m_filter.results; }
    void setResults(const QStringList &results);
    QString search() const { return m_filter.search; }
    void setSearch(const QString &search);
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    bool hasMore() const { return m_more; }
    bool isStale() const { return m_stale; }
    QString error() const { return m_error; }
    int revision() const { return m_revision; }
    void setRevision(int revision);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    QVariantList resultChoices() const;

    Q_INVOKABLE void reload();
    Q_INVOKABLE void loadMore();
    // The row of a request, or -1.
    Q_INVOKABLE int indexOf(bool refused, qint64 requestId) const;
    Q_INVOKABLE QVariantMap get(int row) const;

    static QString resultLabel(const RequestLog::Entry &e);

Q_SIGNALS:
    void filterChanged();
    void countChanged();
    void loadingChanged();
    void staleChanged();
    void revisionChanged();
    void pageSizeChanged();

private:
    BackgroundDatabase *database() const;
    void scheduleReload(int delayMs);
    void load(bool fromStart);

    QPointer<BackgroundDatabase> m_database;
    RequestLog::Filter m_filter;
    QList<RequestLog::Entry> m_entries;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_more = false;
    bool m_stale = false;
    QString m_error;
    int m_revision = 0;
    int m_pageSize = 200;
    QTimer m_reloadTimer;
};
