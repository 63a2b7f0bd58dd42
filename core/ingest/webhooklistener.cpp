#include "webhooklistener.h"

#include "ingestlog.h"
#include "providers/provideradapter.h"
#include "providers/signatures.h"
#include "time/timestamps.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

Q_LOGGING_CATEGORY(lcIngest, "donationdesk.ingest", QtInfoMsg)

namespace {

constexpr qsizetype MaxLoggedBody = 16 * 1024;
constexpr double LogBurst = 100;
constexpr double LogPerSecond = 2;

QByteArray tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QByteArray errorJson(int status, const QString &reason)
{
    return QJsonDocument(
        QJsonObject {{QStringLiteral("status"), status}, {QStringLiteral("error"), reason}})
        .toJson(QJsonDocument::Compact);
}

bool addressAllowed(const QHostAddress &peer, const QStringList &allowFrom)
{
    if (allowFrom.isEmpty())
        return true;
    for (const QString &entry : allowFrom) {
        const auto subnet = QHostAddress::parseSubnet(entry.contains(u'/')
                ? entry
                : entry + (entry.contains(u':') ? QStringLiteral("/128") : QStringLiteral("/32")));
        if (subnet.first.isNull())
            continue;
        QHostAddress p = peer;
        bool isV4 = false;
        const quint32 v4 = p.toIPv4Address(&isV4);
        if (isV4)
            p = QHostAddress(v4); // ::ffff:a.b.c.d compares as a.b.c.d
        if (p.isInSubnet(subnet))
            return true;
    }
    return false;
}

} // namespace

void writeJsonAnswer(QHttpServerResponder &responder, int status, const QByteArray &json,
    const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(json.size()));
    for (const auto &h : extraHeaders)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(json);
    if (auto *gate = qobject_cast<GateSocket *>(responder.socket())) {
        if (gate->guard())
            gate->guard()->responseDone();
    }
}

WebhookListener::WebhookListener(const Config &config, std::shared_ptr<IngestCounters> counters)
    : m_config(config)
    , m_counters(std::move(counters))
{ }

WebhookListener::~WebhookListener() = default;

void WebhookListener::start()
{
    m_uptime.start();
    m_logClock.start();
    m_http = new QHttpServer(this);
    m_http->route(QStringLiteral("/hooks/<arg>"),
        [this](const QString &token, const QHttpServerRequest &request,
            QHttpServerResponder &&responder) {
            handleHook(token, request, std::move(responder));
        });
    m_http->route(QStringLiteral("/healthz"),
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handleHealth(request, std::move(responder));
        });
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handleMissing(request, std::move(responder));
        });

    m_tcp = new GuardedTcpServer(m_config.limits);
    m_tcp->onRefusal = [this](const RefusalItem &item) {
        logRefusal(item);
    };
    connect(m_tcp, &GuardedTcpServer::drained, this, &WebhookListener::stopped);
    if (!m_tcp->listen(m_config.address, m_config.port)) {
        const QString error = tr("cannot listen on %1:%2: %3")
                                  .arg(m_config.address.toString())
                                  .arg(m_config.port)
                                  .arg(m_tcp->errorString());
        delete m_tcp;
        m_tcp = nullptr;
        emit started({}, 0, error);
        return;
    }
    m_http->bind(m_tcp);
    qCInfo(lcIngest) << "listening on" << m_tcp->serverAddress().toString() << m_tcp->serverPort();
    emit started(m_tcp->serverAddress().toString(), m_tcp->serverPort(), QString());
}

void WebhookListener::setEndpoints(const QList<EndpointConfig> &endpoints)
{
    QHash<QByteArray, EndpointConfig> byHash;
    for (const EndpointConfig &e : endpoints)
        byHash.insert(tokenHash(e.token), e);
    m_endpointsByTokenHash.swap(byHash);
}

WebhookRequest WebhookListener::describe(const QHttpServerRequest &request, GateSocket *gate)
{
    WebhookRequest r;
    ConnectionGuard *guard = gate ? gate->guard() : nullptr;
    if (guard) {
        r.method = guard->method();
        r.headers = guard->headers();
        r.target = maskTarget(guard->requestTarget());
        r.receivedAt = guard->receivedAt();
        r.peer = guard->peer();
    } else {
        r.headers = request.headers();
        r.target = maskTarget(request.url().path().toUtf8());
        r.receivedAt = QDateTime::currentDateTimeUtc();
        r.peer = request.remoteAddress().toString();
        r.method = QByteArray(
            QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
                       .toUpper();
    }
    r.body = request.body();
    return r;
}

void WebhookListener::handleHook(
    const QString &token, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto *gate = qobject_cast<GateSocket *>(responder.socket());
    WebhookRequest wr = describe(request, gate);

    // Any token gets 405 for other methods, so the method says nothing about the token.
    if (request.method() != QHttpServerRequest::Method::Post) {
        refuse(responder, 405, QStringLiteral("method"),
            tr("webhooks must be sent with POST, not %1").arg(QString::fromLatin1(wr.method)), wr,
            0, "Allow", "POST");
        return;
    }

    // Looked up by a hash of the token: no comparison leaks how much of a guess was right.
    const QByteArray presented = token.toUtf8();
    const auto it = m_endpointsByTokenHash.constFind(tokenHash(presented));
    const bool known = it != m_endpointsByTokenHash.constEnd()
        && Signatures::constantTimeEquals(it->token, presented);
    if (!known || !it->enabled) {
        // As much work as checking a signature, so that a wrong token is not answered faster.
        const QByteArray dummy =
            Signatures::hmacHex(QCryptographicHash::Sha256, presented, wr.body);
        Q_UNUSED(dummy);
        refuse(responder, 404, QStringLiteral("token"),
            known ? tr("endpoint \"%1\" is disabled").arg(it->name)
                  : tr("no endpoint has this URL; check the token in the URL"),
            wr, known ? it->id : 0);
        return;
    }
    const EndpointConfig &endpoint = *it;
    const QHostAddress peerAddress =
        gate && gate->guard() ? gate->guard()->peerAddress() : request.remoteAddress();
    if (!addressAllowed(peerAddress, endpoint.allowFrom)) {
        refuse(responder, 403, QStringLiteral("address"),
            tr("%1 is not in this endpoint's allow-list").arg(peerAddress.toString()), wr,
            endpoint.id);
        return;
    }
    const ProviderAdapter *adapter = Providers::find(endpoint.provider);
    if (!adapter) {
        refuse(responder, 500, QStringLiteral("configuration"),
            tr("endpoint \"%1\" names an unknown provider \"%2\"")
                .arg(endpoint.name, endpoint.provider),
            wr, endpoint.id);
        return;
    }
    const Verdict verdict = adapter->verify(wr, endpoint, QDateTime::currentDateTimeUtc());
    if (!verdict.accepted()) {
        refuse(responder, verdict.httpStatus(),
            verdict.kind == Verdict::Kind::Unauthorized ? QStringLiteral("signature")
                                                        : QStringLiteral("malformed"),
            verdict.reason, wr, endpoint.id);
        return;
    }

    const quint64 ticket = m_nextTicket++;
    m_pending.emplace(ticket, Pending {std::move(responder), gate});
    ++m_counters->awaitingCommit;
    emit requestAccepted(InboxItem {ticket, endpoint.id, wr});
}

void WebhookListener::onCommitted(const QList<CommitResult> &results, const QString &error)
{
    for (const CommitResult &result : results) {
        auto node = m_pending.extract(result.ticket);
        if (node.empty())
            continue;
        Pending &p = node.mapped();
        if (!p.gate)
            continue; // the connection is gone; its responder must not touch it
        if (result.inboxId > 0) {
            const QByteArray json =
                QJsonDocument(QJsonObject {{QStringLiteral("status"), QStringLiteral("accepted")},
                                  {QStringLiteral("inbox_id"), result.inboxId}})
                    .toJson(QJsonDocument::Compact);
            writeJsonAnswer(p.responder, 200, json);
        } else {
            // Not stored, so not acknowledged: the provider must send it again.
            writeJsonAnswer(p.responder, 503,
                errorJson(503,
                    tr("the request could not be stored (%1); nothing was "
                       "kept, please retry")
                        .arg(error)),
                {{"Retry-After", "5"}});
        }
    }
}

void WebhookListener::handleHealth(
    const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != QHttpServerRequest::Method::Get
        && request.method() != QHttpServerRequest::Method::Head) {
        writeJsonAnswer(responder, 405, errorJson(405, tr("use GET")), {{"Allow", "GET"}});
        return;
    }
    const qint64 lastCommit = m_counters->lastCommitMs;
    QJsonObject o {
        {QStringLiteral("status"),
            m_counters->storageFailing ? QStringLiteral("degraded") : QStringLiteral("ok")},
        {QStringLiteral("version"), QStringLiteral(DD_VERSION)},
        {QStringLiteral("uptime_seconds"), m_uptime.elapsed() / 1000},
        {QStringLiteral("inbox_depth"),
            qint64(m_counters->unprocessed + m_counters->awaitingCommit)},
        {QStringLiteral("awaiting_commit"), qint64(m_counters->awaitingCommit)},
        {QStringLiteral("last_commit"),
            lastCommit ? QJsonValue(Timestamps::toIsoUtc(Timestamps::fromMs(lastCommit)))
                       : QJsonValue()},
        {QStringLiteral("connections"), m_tcp ? m_tcp->connectionCount() : 0},
    };
    writeJsonAnswer(responder, 200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void WebhookListener::handleMissing(
    const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto *gate = qobject_cast<GateSocket *>(responder.socket());
    const WebhookRequest wr = describe(request, gate);
    refuse(responder, 404, QStringLiteral("path"),
        tr("nothing here: webhooks go to POST /hooks/<token>"), wr, 0);
}

void WebhookListener::refuse(QHttpServerResponder &responder, int status, const QString &category,
    const QString &reason, const WebhookRequest &request, qint64 endpointId,
    const QByteArray &extraHeaderName, const QByteArray &extraHeaderValue)
{
    QList<QPair<QByteArray, QByteArray>> extra;
    if (!extraHeaderName.isEmpty())
        extra << qMakePair(extraHeaderName, extraHeaderValue);
    writeJsonAnswer(responder, status, errorJson(status, reason), extra);
    qCInfo(lcIngest).noquote() << request.peer << request.method << request.target << "->" << status
                               << reason;

    RefusalItem item;
    item.endpointId = endpointId;
    item.httpStatus = status;
    item.category = category;
    item.reason = reason;
    item.request = request;
    item.bodySize = request.body.size();
    item.request.body = request.body.left(MaxLoggedBody);
    logRefusal(item);
}

void WebhookListener::logRefusal(RefusalItem item)
{
    // Token bucket: a flood of bad requests cannot fill the disk.
    m_logTokens = qMin(LogBurst, m_logTokens + m_logClock.restart() / 1000.0 * LogPerSecond);
    if (m_logTokens < 1) {
        ++m_suppressed;
        return;
    }
    m_logTokens -= 1;
    item.suppressedBefore = m_suppressed;
    m_suppressed = 0;
    emit requestRefused(item);
}

void WebhookListener::shutdown()
{
    if (!m_tcp) {
        emit stopped();
        return;
    }
    m_tcp->shutdown();
}
