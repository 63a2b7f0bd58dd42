#pragma once

#include "httpguard.h"
#include "inboxwriter.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <memory>

class WebhookListener;

// Runs the whole ingest path: the storage thread (InboxWriter, DonationProcessor) and the
// listener thread (WebhookListener). Used by `serve` and by the desktop app alike. Lives in the
// thread that created it; its signals arrive there.
class WebhookService : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString databasePath;
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8787;
        ListenerLimits limits;
        int busyTimeoutMs = 5000;
        qint64 maxPageCount = 0;
    };

    explicit WebhookService(const Config &config, QObject *parent = nullptr);
    ~WebhookService() override;

    // Opens the database, then starts listening: `started` or `failed` follows.
    void start();
    // Stops accepting, answers what is in flight, processes what is pending, closes the
    // database: `stopped` follows.
    void stop();
    // Endpoints were edited in this process: the listener learns of it now rather than at its
    // next poll of the database (edits from other processes wait for the poll).
    void reloadEndpoints();

    bool isRunning() const { return m_running; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    const IngestCounters &counters() const { return *m_counters; }

Q_SIGNALS:
    void started(const QString &host, quint16 port);
    void failed(const QString &error);
    void stopped();
    void donationsChanged(const QList<DonationChange> &changes);
    void requestsStored(const QList<StoredRequest> &requests);
    void rowsProcessed(const QList<ProcessedRow> &rows);
    void requestRefused(const RefusalItem &item);
    void storageError(const QString &error);
    void rawRequestsPurged(qint64 requestsErased, qint64 refusalsDeleted);

private:
    void onStorageOpened(const QString &error);
    void onListenerStarted(const QString &host, quint16 port, const QString &error);
    void closeStorage();

    Config m_config;
    std::shared_ptr<IngestCounters> m_counters;
    QThread m_storageThread;
    QThread m_listenerThread;
    InboxWriter *m_writer = nullptr;
    WebhookListener *m_listener = nullptr;
    bool m_running = false;
    bool m_stopping = false;
    QString m_host;
    quint16 m_port = 0;
};
