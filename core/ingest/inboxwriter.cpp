#include "inboxwriter.h"

#include "ingestlog.h"
#include "storage/database.h"
#include "storage/donationprocessor.h"
#include "storage/endpointstore.h"
#include "storage/rawrequestretention.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

InboxWriter::InboxWriter(const Config &config, std::shared_ptr<IngestCounters> counters)
    : m_config(config)
    , m_counters(std::move(counters))
{
    m_pollTimer.setInterval(m_config.endpointPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] { pollEndpoints(); });
    m_retentionTimer.setSingleShot(true);
    connect(&m_retentionTimer, &QTimer::timeout, this, &InboxWriter::startPurge);
}

InboxWriter::~InboxWriter() = default;

void InboxWriter::open()
{
    DbConnection::Options options;
    options.busyTimeoutMs = m_config.busyTimeoutMs;
    options.maxPageCount = m_config.maxPageCount;
    m_connection = std::make_unique<DbConnection>(m_config.databasePath, options);
    QString error;
    if (!m_connection->open(&error)) {
        m_connection.reset();
        emit opened(error);
        return;
    }
    m_processor = std::make_unique<DonationProcessor>(m_connection->db());
    m_counters->unprocessed = m_processor->pendingCount();
    pollEndpoints(true);
    m_pollTimer.start();
    m_retentionTimer.start(m_config.retentionFirstMs);
    emit opened(QString());
    // Rows committed before a crash or a stop are still pending: process them now.
    scheduleProcessing();
}

void InboxWriter::enqueue(const InboxItem &item)
{
    m_pending << item;
    scheduleFlush();
}

void InboxWriter::recordRefusal(const RefusalItem &item)
{
    m_refusals << item;
    scheduleFlush();
}

void InboxWriter::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // Queued behind every request already posted to this thread: they join this commit.
    QMetaObject::invokeMethod(this, &InboxWriter::flush, Qt::QueuedConnection);
}

void InboxWriter::flush()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty() && m_refusals.isEmpty())
        return;
    const QList<InboxItem> batch = m_pending.mid(0, m_config.maxBatch);
    m_pending.remove(0, batch.size());
    const QList<RefusalItem> refusals = m_refusals;
    m_refusals.clear();
    if (!m_pending.isEmpty())
        scheduleFlush();

    QList<CommitResult> results;
    results.reserve(batch.size());
    QString error;
    if (!m_connection) {
        error = tr("the database is not open");
    } else {
        QSqlDatabase &db = m_connection->db();
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            error = begin.lastError().text();
        } else {
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral(
                "INSERT INTO inbox (endpoint_id, received_at, peer, method, target, headers, body) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (const InboxItem &item : batch) {
                insert.addBindValue(item.endpointId);
                insert.addBindValue(item.request.receivedAt.toMSecsSinceEpoch());
                insert.addBindValue(item.request.peer);
                insert.addBindValue(QString::fromLatin1(item.request.method));
                insert.addBindValue(QString::fromUtf8(item.request.target));
                insert.addBindValue(HeaderBlock::serialize(item.request.headers));
                insert.addBindValue(item.request.body);
                if (!insert.exec()) {
                    error = insert.lastError().text();
                    break;
                }
                results << CommitResult {item.ticket, insert.lastInsertId().toLongLong()};
            }
            QSqlQuery end(db);
            if (error.isEmpty() && !end.exec(QStringLiteral("COMMIT")))
                error = end.lastError().text();
            if (!error.isEmpty())
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        }
    }

    m_counters->awaitingCommit -= batch.size();
    if (!error.isEmpty()) {
        // Nothing of this batch is stored: every request in it is answered 503 and retried.
        qCWarning(lcIngest) << "commit of" << batch.size() << "requests failed:" << error;
        results.clear();
        for (const InboxItem &item : batch)
            results << CommitResult {item.ticket, 0};
        m_counters->storageFailing = true;
        emit committed(results, error);
        emit storageError(error);
        return;
    }
    m_counters->storageFailing = false;
    m_counters->lastCommitMs = QDateTime::currentMSecsSinceEpoch();
    m_counters->committedTotal += batch.size();
    m_counters->unprocessed += batch.size();
    emit committed(results, QString());
    QList<StoredRequest> stored;
    stored.reserve(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const WebhookRequest &r = batch.at(i).request;
        stored << StoredRequest {results.at(i).inboxId, batch.at(i).endpointId, r.receivedAt, r.peer,
            r.method, r.target, r.body.size()};
    }
    if (!stored.isEmpty())
        emit requestsStored(stored);
    // The request log is written after the answers, in its own transaction: it must never
    // delay or endanger a commit that donors' money depends on.
    writeRefusals(refusals);
    if (!batch.isEmpty())
        scheduleProcessing();
}

void InboxWriter::writeRefusals(const QList<RefusalItem> &refusals)
{
    if (refusals.isEmpty() || !m_connection)
        return;
    auto text = [](const QString &s) {
        return s.isNull() ? QStringLiteral("") : s;
    };
    QSqlDatabase &db = m_connection->db();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (!QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
        qCWarning(lcIngest) << "request log not written:" << db.lastError().text();
        return;
    }
    QSqlQuery log(db);
    log.prepare(QStringLiteral(
        "INSERT INTO request_log (received_at, peer, endpoint_id, method, target, http_status, "
        "category, reason, headers, body, body_size, suppressed_before) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const RefusalItem &r : refusals) {
        log.addBindValue(r.request.receivedAt.toMSecsSinceEpoch());
        log.addBindValue(text(r.request.peer));
        log.addBindValue(
            r.endpointId ? QVariant(r.endpointId) : QVariant(QMetaType(QMetaType::LongLong)));
        log.addBindValue(text(QString::fromLatin1(r.request.method)));
        log.addBindValue(text(QString::fromUtf8(r.request.target)));
        log.addBindValue(r.httpStatus);
        log.addBindValue(text(r.category));
        log.addBindValue(text(r.reason));
        log.addBindValue(HeaderBlock::serialize(r.request.headers));
        log.addBindValue(r.request.body);
        log.addBindValue(r.bodySize);
        log.addBindValue(r.suppressedBefore);
        if (!log.exec())
            qCWarning(lcIngest) << "request log entry not written:" << log.lastError().text();
    }
    if (!QSqlQuery(db).exec(QStringLiteral("COMMIT")))
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

void InboxWriter::scheduleProcessing()
{
    if (m_processingScheduled || !m_processor)
        return;
    m_processingScheduled = true;
    QMetaObject::invokeMethod(this, &InboxWriter::processSome, Qt::QueuedConnection);
}

void InboxWriter::processSome()
{
    m_processingScheduled = false;
    if (!m_processor)
        return;
    const DonationProcessor::Summary s = m_processor->processPending(m_config.processBatch);
    if (!s.error.isEmpty()) {
        qCWarning(lcIngest) << "processing failed:" << s.error;
        emit storageError(s.error);
        // Try again later rather than spin on a locked or full database.
        QTimer::singleShot(1000, this, [this] { scheduleProcessing(); });
        return;
    }
    m_counters->unprocessed = qMax<qint64>(0, m_counters->unprocessed - s.rows);
    if (!s.changes.isEmpty())
        emit donationsChanged(s.changes);
    if (!s.outcomes.isEmpty())
        emit rowsProcessed(s.outcomes);
    if (s.rows >= m_config.processBatch)
        scheduleProcessing();
    else
        m_counters->unprocessed = m_processor->pendingCount();
}

void InboxWriter::pollEndpoints(bool force)
{
    if (!m_connection)
        return;
    EndpointStore store(m_connection->db());
    const qint64 revision = store.revision();
    if (!force && revision == m_endpointRevision)
        return;
    QString error;
    const QList<EndpointConfig> endpoints = store.list(&error);
    if (!error.isEmpty()) {
        qCWarning(lcIngest) << "cannot load endpoints:" << error;
        return;
    }
    m_endpointRevision = revision;
    emit endpointsLoaded(endpoints);
}

void InboxWriter::startPurge()
{
    if (!m_connection || m_purge)
        return;
    QString error;
    const std::optional<int> days = RawRequestRetention::days(m_connection->db(), &error);
    if (!days)
        qCWarning(lcIngest) << "raw request retention:" << error;
    if (!days || *days == 0) {
        m_retentionTimer.start(m_config.retentionIntervalMs);
        return;
    }
    m_purgeDays = *days;
    m_purge = std::make_unique<RawRequestRetention::Purge>(
        QDateTime::currentDateTimeUtc(), *days, m_config.retentionBatch);
    QMetaObject::invokeMethod(this, &InboxWriter::purgeStep, Qt::QueuedConnection);
}

void InboxWriter::purgeStep()
{
    if (!m_purge || !m_connection)
        return;
    // One bounded transaction, then back to the event loop: commits queued meanwhile go first.
    if (m_purge->step(m_connection->db())) {
        QMetaObject::invokeMethod(this, &InboxWriter::purgeStep, Qt::QueuedConnection);
        return;
    }
    const RawRequestRetention::Counts counts = m_purge->counts();
    m_purge.reset();
    if (!counts.error.isEmpty())
        qCWarning(lcIngest) << "raw request retention stopped, to be tried again in an hour:"
                            << counts.error;
    if (counts.requestsErased > 0 || counts.refusalsDeleted > 0) {
        qCInfo(lcIngest).nospace()
            << "raw request retention (" << m_purgeDays << " days): erased the raw bytes of "
            << counts.requestsErased << " stored requests, deleted " << counts.refusalsDeleted
            << " refused requests";
        emit rawRequestsPurged(counts.requestsErased, counts.refusalsDeleted);
    }
    m_retentionTimer.start(m_config.retentionIntervalMs);
}

void InboxWriter::close(int budgetMs)
{
    m_pollTimer.stop();
    m_retentionTimer.stop();
    m_purge.reset();
    while (!m_pending.isEmpty() || !m_refusals.isEmpty()) {
        m_flushScheduled = false;
        flush();
    }
    if (m_processor) {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < budgetMs) {
            const auto s = m_processor->processPending(m_config.processBatch);
            if (!s.changes.isEmpty())
                emit donationsChanged(s.changes);
            if (!s.error.isEmpty() || s.rows == 0)
                break;
        }
    }
    m_processor.reset();
    m_connection.reset();
}
