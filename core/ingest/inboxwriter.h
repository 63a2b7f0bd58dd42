#pragma once

#include "providers/webhookrequest.h"
#include "refusal.h"
#include "storage/donationprocessor.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class DbConnection;
class DonationProcessor;
namespace RawRequestRetention {
class Purge;
}

// An accepted request waiting for its commit; `ticket` matches it to its waiting answer.
struct InboxItem
{
    quint64 ticket = 0;
    qint64 endpointId = 0;
    WebhookRequest request;
};

// A request that was just committed, for live views.
struct StoredRequest
{
    qint64 inboxId = 0;
    qint64 endpointId = 0;
    QDateTime receivedAt;
    QString peer;
    QByteArray method;
    QByteArray target;
    qint64 bodySize = 0;
};

struct CommitResult
{
    quint64 ticket = 0;
    qint64 inboxId = 0; // 0: not stored
};

// Figures the listener thread reads without asking the storage thread.
struct IngestCounters
{
    std::atomic<qint64> awaitingCommit {0};
    std::atomic<qint64> unprocessed {0};
    std::atomic<qint64> lastCommitMs {0};
    std::atomic<qint64> committedTotal {0};
    std::atomic<bool> storageFailing {false};
};

// Lives in the storage thread and owns its database connection. Commits accepted requests in
// groups (one transaction, synchronous=FULL, WAL: one fsync for many requests) and reports each
// commit so that those requests, and only those, are answered 200. After a commit it turns the
// new rows into donations, in small batches so that the next commit is not held up. It also
// notices endpoint changes made by other processes (the command line) within half a second,
// and applies the raw request retention setting soon after opening and then every hour, one
// short transaction per turn of its event loop so that commits keep going meanwhile.
class InboxWriter : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString databasePath;
        int busyTimeoutMs = 5000;
        qint64 maxPageCount = 0;
        int maxBatch = 512;
        // Rows turned into donations per turn of the storage thread. A request that arrives
        // during a turn waits for it before its commit: at ~0.2 ms of CPU a row, 32 rows keep
        // that wait to a few milliseconds (200 made it up to 40 ms), and the cost of a turn
        // (one query and one unsynced commit) stays small beside them.
        int processBatch = 32;
        int endpointPollMs = 500;
        int retentionFirstMs = 2000; // after opening: pending rows are processed first
        int retentionIntervalMs = 60 * 60 * 1000;
        int retentionBatch = 1000; // rows per purge transaction
    };

    InboxWriter(const Config &config, std::shared_ptr<IngestCounters> counters);
    ~InboxWriter() override;

    // All of these run in the storage thread; call them through queued invocations.
    void open();
    void enqueue(const InboxItem &item);
    void recordRefusal(const RefusalItem &item);
    // Finishes queued commits, processes what is pending (for up to `budgetMs`), closes.
    void close(int budgetMs = 2000);
    // Loads the endpoints now and reports them, changed or not.
    void reloadEndpoints() { pollEndpoints(true); }

Q_SIGNALS:
    void opened(const QString &error); // empty: ready
    void committed(const QList<CommitResult> &results, const QString &error);
    void endpointsLoaded(const QList<EndpointConfig> &endpoints);
    void donationsChanged(const QList<DonationChange> &changes);
    void requestsStored(const QList<StoredRequest> &requests);
    void rowsProcessed(const QList<ProcessedRow> &rows);
    void storageError(const QString &error);
    // The retention setting blanked old requests' raw bytes or deleted old refusals.
    void rawRequestsPurged(qint64 requestsErased, qint64 refusalsDeleted);

private:
    void scheduleFlush();
    void flush();
    void writeRefusals(const QList<RefusalItem> &refusals);
    void scheduleProcessing();
    void processSome();
    void pollEndpoints(bool force = false);
    void startPurge();
    void purgeStep();

    Config m_config;
    std::shared_ptr<IngestCounters> m_counters;
    std::unique_ptr<DbConnection> m_connection;
    std::unique_ptr<DonationProcessor> m_processor;
    QList<InboxItem> m_pending;
    QList<RefusalItem> m_refusals;
    bool m_flushScheduled = false;
    bool m_processingScheduled = false;
    qint64 m_endpointRevision = -1;
    QTimer m_pollTimer {this};
    QTimer m_retentionTimer {this};
    std::unique_ptr<RawRequestRetention::Purge> m_purge;
    int m_purgeDays = 0;
};

Q_DECLARE_METATYPE(InboxItem)
Q_DECLARE_METATYPE(RefusalItem)
Q_DECLARE_METATYPE(CommitResult)
Q_DECLARE_METATYPE(DonationChange)
Q_DECLARE_METATYPE(StoredRequest)
Q_DECLARE_METATYPE(ProcessedRow)
Q_DECLARE_METATYPE(EndpointConfig)
