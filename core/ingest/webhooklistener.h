#pragma once

#include "httpguard.h"
#include "inboxwriter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QObject>

#include <memory>
#include <unordered_map>

class QHttpServer;
class QHttpServerRequest;

// The webhook endpoint, in its own thread: POST /hooks/<token> and GET /healthz on a
// QHttpServer bound to a GuardedTcpServer. It authenticates each request the provider's way,
// hands accepted ones to the InboxWriter and answers them 200 only once their commit is
// reported; refusals are answered at once and logged (rate-limited).
class WebhookListener : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;
        ListenerLimits limits;
    };

    WebhookListener(const Config &config, std::shared_ptr<IngestCounters> counters);
    ~WebhookListener() override;

    // Listener thread only.
    void start();
    void setEndpoints(const QList<EndpointConfig> &endpoints);
    void onCommitted(const QList<CommitResult> &results, const QString &error);
    void shutdown();

Q_SIGNALS:
    void started(const QString &host, quint16 port, const QString &error);
    void requestAccepted(const InboxItem &item);
    void requestRefused(const RefusalItem &item);
    void stopped();

private:
    struct Pending
    {
        QHttpServerResponder responder;
        QPointer<GateSocket> gate;
    };

    void handleHook(
        const QString &token, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleHealth(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleMissing(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void refuse(QHttpServerResponder &responder, int status, const QString &category,
        const QString &reason, const WebhookRequest &request, qint64 endpointId,
        const QByteArray &extraHeaderName = {}, const QByteArray &extraHeaderValue = {});
    void logRefusal(RefusalItem item);
    static WebhookRequest describe(const QHttpServerRequest &request, GateSocket *gate);

    Config m_config;
    std::shared_ptr<IngestCounters> m_counters;
    QHttpServer *m_http = nullptr;
    GuardedTcpServer *m_tcp = nullptr;
    QHash<QByteArray, EndpointConfig> m_endpointsByTokenHash;
    std::unordered_map<quint64, Pending> m_pending;
    quint64 m_nextTicket = 1;
    QElapsedTimer m_uptime;

    // Token bucket for the request log.
    double m_logTokens = 100;
    QElapsedTimer m_logClock;
    int m_suppressed = 0;
};

// Writes a complete JSON answer through a responder and tells the connection guard the
// request is done.
void writeJsonAnswer(QHttpServerResponder &responder, int status, const QByteArray &json,
    const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
