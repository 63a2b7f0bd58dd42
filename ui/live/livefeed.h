#pragma once

#include "ingest/inboxwriter.h"
#include "storage/donationprocessor.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>
#include <QTimer>

class BackgroundDatabase;
class EndpointListModel;

// What arrives, newest first, as it arrives: donations created or changed, requests stored,
// refused, or left as dead letters. Fed by the webhook service's signals (no polling). While
// paused, arrivals are held back and counted; resuming shows them all.
class LiveFeed : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.live is the one live feed")
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(int heldCount READ heldCount NOTIFY heldCountChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QVariantList perMinute READ perMinute NOTIFY perMinuteChanged)
    Q_PROPERTY(int maxPerMinute READ maxPerMinute NOTIFY perMinuteChanged)
    Q_PROPERTY(int donationsToday READ donationsToday NOTIFY todayChanged)
    Q_PROPERTY(int requestsToday READ requestsToday NOTIFY todayChanged)
    Q_PROPERTY(int refusedToday READ refusedToday NOTIFY todayChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // donation, request, refused, dead
        AtRole,
        TitleRole,
        DetailRole,
        EndpointIdRole,
        EndpointNameRole,
        AmountRole,   // canonical decimal text
        CurrencyRole,
        StatusRole,
        RecordStateRole,
        HttpStatusRole,
        DonationIdRole,
        InboxIdRole,
        CreatedRole,
    };
    Q_ENUM(Role)

    struct Item
    {
        QString kind;
        QDateTime at;
        QString title;
        QString detail;
        qint64 endpointId = 0;
        QString endpointName;
        QString amount;
        QString currency;
        QString status;
        QString recordState;
        int httpStatus = 0;
        qint64 donationId = 0;
        qint64 inboxId = 0;
        bool created = false;
    };

    static constexpr int Capacity = 500;
    static constexpr int Minutes = 60;

    explicit LiveFeed(QObject *parent = nullptr);

    void setEndpoints(EndpointListModel *endpoints) { m_endpoints = endpoints; }
    // Fills the sparkline, today's counters and the latest activity from the database.
    void loadHistory(BackgroundDatabase *database);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    int heldCount() const { return int(m_held.size()); }
    QVariantList perMinute() const;
    int maxPerMinute() const;
    int donationsToday() const { return m_donationsToday; }
    int requestsToday() const { return m_requestsToday; }
    int refusedToday() const { return m_refusedToday; }

    Q_INVOKABLE void clear();
    Q_INVOKABLE QVariantMap get(int row) const;

    void addDonationChanges(const QList<DonationChange> &changes);
    void addStoredRequests(const QList<StoredRequest> &requests);
    void addRefusal(const RefusalItem &refusal);
    void addProcessedRows(const QList<ProcessedRow> &rows);
    // The donor of these donations had their personal data erased: their names leave the feed.
    void forgetDonors(const QList<qint64> &donationIds);

Q_SIGNALS:
    void pausedChanged();
    void heldCountChanged();
    void countChanged();
    void perMinuteChanged();
    void todayChanged();
    // A donation was received (created), for notifications.
    void donationReceived(const QString &title, const QString &detail);

private:
    void add(const QList<Item> &items);
    void insert(const QList<Item> &items);
    void countArrival(const QDateTime &at);
    void rollMinutes();
    QString endpointName(qint64 id, const QString &known = {}) const;

    QList<Item> m_items;
    QList<Item> m_held;
    bool m_paused = false;
    QList<int> m_bins; // arrivals per minute, oldest first; the last bin is the current minute
    qint64 m_binMinute = 0; // minutes since the epoch of the last bin
    QTimer m_minuteTimer{this};
    QDate m_today;
    int m_donationsToday = 0;
    int m_requestsToday = 0;
    int m_refusedToday = 0;
    EndpointListModel *m_endpoints = nullptr;
};
