#include "webhookservice.h"

#include "ingestlog.h"
#include "webhooklistener.h"

#include <QTimer>

namespace {
void registerTypes()
{
    qRegisterMetaType<InboxItem>();
    qRegisterMetaType<RefusalItem>();
    qRegisterMetaType<CommitResult>();
    qRegisterMetaType<QList<CommitResult>>();
    qRegisterMetaType<DonationChange>();
    qRegisterMetaType<QList<DonationChange>>();
    qRegisterMetaType<StoredRequest>();
    qRegisterMetaType<QList<StoredRequest>>();
    qRegisterMetaType<ProcessedRow>();
    qRegisterMetaType<QList<ProcessedRow>>();
    qRegisterMetaType<EndpointConfig>();
    qRegisterMetaType<QList<EndpointConfig>>();
}
} // namespace

WebhookService::WebhookService(const Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_counters(std::make_shared<IngestCounters>())
{
    registerTypes();
    m_storageThread.setObjectName(QStringLiteral("storage"));
    m_listenerThread.setObjectName(QStringLiteral("listener"));
}

WebhookService::~WebhookService()
{
    // Last resort when the owner did not wait for stop(): end the threads without answering.
    if (m_listenerThread.isRunning() && m_listener) {
        QMetaObject::invokeMethod(
            m_listener, [l = m_listener] { delete l; }, Qt::BlockingQueuedConnection);
        m_listenerThread.quit();
        m_listenerThread.wait();
    }
    if (m_storageThread.isRunning() && m_writer) {
        QMetaObject::invokeMethod(
            m_writer,
            [w = m_writer] {
                w->close(0);
                delete w;
            },
            Qt::BlockingQueuedConnection);
        m_storageThread.quit();
        m_storageThread.wait();
    }
}

void WebhookService::start()
{
    InboxWriter::Config wc;
    wc.databasePath = m_config.databasePath;
    wc.busyTimeoutMs = m_config.busyTimeoutMs;
    wc.maxPageCount = m_config.maxPageCount;
    m_writer = new InboxWriter(wc, m_counters);
    m_writer->moveToThread(&m_storageThread);
    connect(m_writer, &InboxWriter::opened, this, &WebhookService::onStorageOpened);
    connect(m_writer, &InboxWriter::donationsChanged, this, &WebhookService::donationsChanged);
    connect(m_writer, &InboxWriter::requestsStored, this, &WebhookService::requestsStored);
    connect(m_writer, &InboxWriter::rowsProcessed, this, &WebhookService::rowsProcessed);
    connect(m_writer, &InboxWriter::storageError, this, &WebhookService::storageError);
    connect(m_writer, &InboxWriter::rawRequestsPurged, this, &WebhookService::rawRequestsPurged);
    m_storageThread.start();
    QMetaObject::invokeMethod(m_writer, &InboxWriter::open, Qt::QueuedConnection);
}

void WebhookService::onStorageOpened(const QString &error)
{
    if (!error.isEmpty()) {
        closeStorage();
        emit failed(error);
        return;
    }
    WebhookListener::Config lc;
    lc.address = m_config.address;
    lc.port = m_config.port;
    lc.limits = m_config.limits;
    m_listener = new WebhookListener(lc, m_counters);
    m_listener->moveToThread(&m_listenerThread);
    connect(m_listener, &WebhookListener::started, this, &WebhookService::onListenerStarted);
    connect(m_listener, &WebhookListener::requestAccepted, m_writer, &InboxWriter::enqueue);
    connect(m_listener, &WebhookListener::requestRefused, m_writer, &InboxWriter::recordRefusal);
    connect(m_listener, &WebhookListener::requestRefused, this, &WebhookService::requestRefused);
    connect(m_writer, &InboxWriter::committed, m_listener, &WebhookListener::onCommitted);
    connect(m_writer, &InboxWriter::endpointsLoaded, m_listener, &WebhookListener::setEndpoints);
    m_listenerThread.start();
    // The endpoints reach the listener before it starts listening (both are queued to the
    // listener thread from the storage thread, in this order): nothing is refused at start-up.
    QMetaObject::invokeMethod(
        m_writer,
        [w = m_writer, l = m_listener] {
            w->reloadEndpoints();
            QMetaObject::invokeMethod(l, &WebhookListener::start, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void WebhookService::onListenerStarted(const QString &host, quint16 port, const QString &error)
{
    if (!error.isEmpty()) {
        m_listenerThread.quit();
        m_listenerThread.wait();
        delete m_listener;
        m_listener = nullptr;
        closeStorage();
        emit failed(error);
        return;
    }
    m_running = true;
    m_host = host;
    m_port = port;
    emit started(host, port);
}

void WebhookService::reloadEndpoints()
{
    if (m_running && m_writer)
        QMetaObject::invokeMethod(m_writer, &InboxWriter::reloadEndpoints, Qt::QueuedConnection);
}

void WebhookService::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (!m_listener) {
        closeStorage();
        m_running = false;
        emit stopped();
        return;
    }
    // Stop accepting; once the last connection has its answer, close the storage.
    auto finish = [this] {
        if (!m_listener)
            return;
        QMetaObject::invokeMethod(
            m_listener, [l = m_listener] { delete l; }, Qt::BlockingQueuedConnection);
        m_listener = nullptr;
        m_listenerThread.quit();
        m_listenerThread.wait();
        closeStorage();
        m_running = false;
        emit stopped();
    };
    connect(m_listener, &WebhookListener::stopped, this, finish, Qt::QueuedConnection);
    // A connection that never finishes must not hold the shutdown forever.
    QTimer::singleShot(10000, this, finish);
    QMetaObject::invokeMethod(m_listener, &WebhookListener::shutdown, Qt::QueuedConnection);
}

void WebhookService::closeStorage()
{
    if (!m_writer)
        return;
    QMetaObject::invokeMethod(
        m_writer,
        [w = m_writer] {
            w->close();
            delete w;
        },
        Qt::BlockingQueuedConnection);
    m_writer = nullptr;
    m_storageThread.quit();
    m_storageThread.wait();
}
