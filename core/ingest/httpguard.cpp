#include "httpguard.h"

#include "ingestlog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/socket.h>

namespace {

constexpr int LingerMs = 2000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 417:
        return "Expectation Failed";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// Control characters other than HTAB: QHttpServer's parser fails on them (and reads a bare CR
// as the end of a line), so a head carrying one would be framed differently on each side.
bool hasControl(QByteArrayView s)
{
    for (char c : s) {
        if ((c >= 0 && c < 0x20 && c != '\t') || c == 0x7f)
            return true;
    }
    return false;
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

QString tr(const char *text)
{
    // The context the messages had as ConnectionGuard members, so translations keep matching.
    return QCoreApplication::translate("ConnectionGuard", text);
}

} // namespace

QByteArray maskTarget(const QByteArray &target)
{
    if (!target.startsWith("/hooks/"))
        return target;
    const QByteArray token = target.mid(7);
    return "/hooks/" + token.left(4) + (token.size() > 4 ? "..." : "");
}

namespace HttpFraming {

qsizetype headEnd(QByteArrayView buf)
{
    for (qsizetype i = buf.indexOf('\n'); i >= 0 && i + 1 < buf.size();
         i = buf.indexOf('\n', i + 1)) {
        if (buf[i + 1] == '\n')
            return i + 2;
        if (buf[i + 1] == '\r' && i + 2 < buf.size() && buf[i + 2] == '\n')
            return i + 3;
    }
    return -1;
}

Refusal checkIncompleteHead(QByteArrayView buf, const ListenerLimits &limits)
{
    if (buf.size() > limits.maxHeaderBytes) {
        return {431, QStringLiteral("headers"),
            tr("the header block exceeds %1 bytes").arg(limits.maxHeaderBytes)};
    }
    if (buf.count('\n') > limits.maxHeaderCount + 1) {
        return {431, QStringLiteral("headers"),
            tr("more than %1 header fields").arg(limits.maxHeaderCount)};
    }
    return {};
}

Refusal parseHead(QByteArrayView buf, qsizetype end, const ListenerLimits &limits, Head &head)
{
    head = Head();
    if (end > limits.maxHeaderBytes) {
        return {431, QStringLiteral("headers"),
            tr("the header block exceeds %1 bytes").arg(limits.maxHeaderBytes)};
    }
    auto framing = [](int status, const QString &reason) {
        return Refusal {status, QStringLiteral("framing"), reason};
    };

    const QList<QByteArray> lines = buf.first(end).toByteArray().split('\n');
    auto line = [&](qsizetype i) {
        const QByteArray &l = lines.at(i);
        return l.endsWith('\r') ? l.chopped(1) : l;
    };

    const QList<QByteArray> parts = line(0).split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/')
        || hasControl(parts[1]))
        return framing(400, tr("malformed request line"));
    head.method = parts[0];
    head.target = parts[1];
    const QByteArray version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return framing(505, tr("only HTTP/1.1 and HTTP/1.0 are supported"));

    int contentLengths = 0;
    bool hasTransferEncoding = false;
    QByteArray connection;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray l = line(i);
        if (l.isEmpty())
            continue;
        if (l.startsWith(' ') || l.startsWith('\t'))
            return framing(400, tr("obsolete header line folding is not accepted"));
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(l).first(colon)) || hasControl(l))
            return framing(400, tr("malformed header line %1").arg(i));
        if (head.headers.size() >= limits.maxHeaderCount) {
            return {431, QStringLiteral("headers"),
                tr("more than %1 header fields").arg(limits.maxHeaderCount)};
        }
        const QByteArray name = l.left(colon);
        const QByteArray value = l.mid(colon + 1).trimmed();
        head.headers.append({name, value});

        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (++contentLengths > 1)
                return framing(400, tr("duplicate Content-Length header"));
            bool ok = !value.isEmpty() && value.size() <= 15;
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            if (!ok) {
                return framing(400,
                    tr("invalid Content-Length \"%1\"").arg(QString::fromLatin1(value.left(40))));
            }
            head.bodyLength = value.toLongLong();
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            hasTransferEncoding = true;
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return framing(417, tr("only \"Expect: 100-continue\" is supported"));
            head.expectContinue = true;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            connection = value.toLower();
        }
    }

    if (hasTransferEncoding) {
        if (contentLengths)
            return framing(400, tr("both Transfer-Encoding and Content-Length were sent"));
        return framing(411,
            tr("chunked (Transfer-Encoding) bodies are not accepted: send the body with a "
               "Content-Length"));
    }
    if (!contentLengths
        && (head.method == "POST" || head.method == "PUT" || head.method == "PATCH"))
        return framing(411, tr("Content-Length is required"));
    if (head.bodyLength > limits.maxBodyBytes) {
        return {413, QStringLiteral("size"),
            tr("the body of %1 bytes exceeds the limit of %2 bytes")
                .arg(head.bodyLength)
                .arg(limits.maxBodyBytes)};
    }
    head.expectContinue = head.expectContinue && head.bodyLength > 0;
    const bool http10 = version == "HTTP/1.0";
    head.keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    return {};
}

} // namespace HttpFraming

// ---------------------------------------------------------------------------------------------

GateSocket::GateSocket(QTcpSocket *real, ConnectionGuard *guard)
    : m_real(real)
    , m_guard(guard)
{
    setSocketState(QAbstractSocket::ConnectedState);
    setPeerAddress(real->peerAddress());
    setPeerPort(real->peerPort());
    setLocalAddress(real->localAddress());
    setLocalPort(real->localPort());
    setOpenMode(QIODevice::ReadWrite);
}

GateSocket::~GateSocket() = default;

qint64 GateSocket::bytesAvailable() const
{
    return m_in.size() + QIODevice::bytesAvailable();
}

qint64 GateSocket::bytesToWrite() const
{
    return m_real ? m_real->bytesToWrite() : 0;
}

void GateSocket::disconnectFromHost()
{
    if (m_guard)
        m_guard->finishAndClose();
}

void GateSocket::close()
{
    disconnectFromHost();
}

void GateSocket::deliver(const QByteArray &request)
{
    m_in.append(request);
    emit readyRead();
}

void GateSocket::reportDisconnected()
{
    if (m_reported)
        return;
    m_reported = true;
    m_real.clear();
    m_in.clear();
    setSocketState(QAbstractSocket::UnconnectedState);
    emit disconnected();
    setOpenMode(QIODevice::NotOpen);
    deleteLater();
}

qint64 GateSocket::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_in.size());
    memcpy(data, m_in.constData(), size_t(n));
    m_in.remove(0, n);
    return n;
}

qint64 GateSocket::writeData(const char *data, qint64 size)
{
    // A client that went away simply does not read the answer.
    if (m_real && m_real->state() == QAbstractSocket::ConnectedState)
        m_real->write(data, size);
    return size;
}

// ---------------------------------------------------------------------------------------------

ConnectionGuard::ConnectionGuard(qintptr descriptor, GuardedTcpServer *server)
    : QObject(server)
    , m_server(server)
{
    m_real = new QTcpSocket(this);
    if (!m_real->setSocketDescriptor(descriptor))
        return;
    // Bounded reads: while a request is being handled, further bytes wait in the kernel.
    m_real->setReadBufferSize(64 * 1024);
    m_peerAddress = m_real->peerAddress();
    m_peer = QStringLiteral("%1:%2").arg(m_peerAddress.toString()).arg(m_real->peerPort());
    m_gate = new GateSocket(m_real, this);

    connect(m_real, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(m_real, &QTcpSocket::disconnected, this, &ConnectionGuard::onDisconnected);
    m_idleTimer.setSingleShot(true);
    m_requestTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { onTimeout(false); });
    connect(&m_requestTimer, &QTimer::timeout, this, [this] { onTimeout(true); });
    armTimers();
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_gate)
        m_gate->reportDisconnected();
}

bool ConnectionGuard::isIdle() const
{
    return m_state == State::ReadingHead && m_buf.isEmpty();
}

void ConnectionGuard::armTimers()
{
    m_idleTimer.start(m_server->limits().idleTimeoutMs);
    m_requestTimer.stop();
}

void ConnectionGuard::onReadyRead()
{
    if (!m_real)
        return;
    switch (m_state) {
    case State::Closing:
        m_real->readAll(); // discarded: we are only waiting for the client to see our answer
        return;
    case State::Dispatched:
    case State::Closed:
        return; // read again once the answer is out
    case State::ReadingHead:
    case State::ReadingBody:
        break;
    }
    const QByteArray chunk = m_real->readAll();
    if (chunk.isEmpty() && m_buf.isEmpty())
        return;
    m_buf += chunk;
    m_idleTimer.start(m_server->limits().idleTimeoutMs);
    if (!m_requestTimer.isActive())
        m_requestTimer.start(m_server->limits().requestTimeoutMs);
    advance();
}

void ConnectionGuard::advance()
{
    const ListenerLimits &limits = m_server->limits();
    if (m_state == State::ReadingHead) {
        // Empty lines before a request line are allowed (RFC 9112 2.2).
        qsizetype skip = 0;
        while (skip < m_buf.size() && (m_buf[skip] == '\r' || m_buf[skip] == '\n'))
            ++skip;
        if (skip)
            m_buf.remove(0, skip);
        if (m_buf.isEmpty()) {
            m_requestTimer.stop();
            return;
        }
        const qsizetype end = HttpFraming::headEnd(m_buf);
        if (end < 0) {
            if (const auto r = HttpFraming::checkIncompleteHead(m_buf, limits); r.status)
                refuse(r.status, r.category, r.reason);
            return;
        }
        if (!parseHead(end))
            return;
        m_state = State::ReadingBody;
        if (m_expectContinue && m_buf.size() == m_headLength)
            m_real->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (m_state == State::ReadingBody) {
        const qint64 total = m_headLength + m_bodyLength;
        if (m_buf.size() < total)
            return;
        const QByteArray request = m_buf.left(total);
        m_buf.remove(0, total);
        m_state = State::Dispatched;
        m_idleTimer.stop();
        m_requestTimer.stop();
        m_receivedAt = QDateTime::currentDateTimeUtc();
        if (m_gate)
            m_gate->deliver(request);
    }
}

bool ConnectionGuard::parseHead(qsizetype end)
{
    HttpFraming::Head head;
    const HttpFraming::Refusal r = HttpFraming::parseHead(m_buf, end, m_server->limits(), head);
    // A refused head keeps what was read of it, for the request log.
    m_method = head.method;
    m_target = head.target;
    m_headers = head.headers;
    m_bodyLength = head.bodyLength;
    m_expectContinue = head.expectContinue;
    m_headLength = end;
    if (r.status) {
        refuse(r.status, r.category, r.reason);
        return false;
    }
    m_keepAlive = head.keepAlive;
    return true;
}

void ConnectionGuard::refuse(
    int status, const QString &category, const QString &reason, const QByteArray &extraHeaders)
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    const QByteArray body = QJsonDocument(
        QJsonObject {{QStringLiteral("status"), status},
            {QStringLiteral("error"),
                reason}}).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
    if (m_real && m_real->state() == QAbstractSocket::ConnectedState)
        m_real->write(response);
    qCInfo(lcIngest).noquote() << m_peer << "refused" << status << reason;
    // An idle connection closed with 408 refused nothing: only partial requests are logged.
    const bool refusedARequest = !(status == 408 && m_buf.isEmpty() && m_method.isEmpty());
    if (m_server->onRefusal && refusedARequest) {
        RefusalItem r;
        r.httpStatus = status;
        r.category = category;
        r.reason = reason;
        r.request.peer = m_peer;
        r.request.method = m_method;
        r.request.target = maskTarget(m_target);
        r.request.headers = m_headers;
        r.request.receivedAt = QDateTime::currentDateTimeUtc();
        r.bodySize = m_bodyLength;
        m_server->onRefusal(r);
    }
    lingeringClose();
}

void ConnectionGuard::lingeringClose()
{
    m_state = State::Closing;
    m_idleTimer.stop();
    m_requestTimer.stop();
    m_buf.clear();
    if (!m_real || m_real->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    // Half-close once our answer is out, then drain what the client still sends, so that
    // closing with unread bytes does not reset the connection before the client reads it.
    auto halfClose = [this] {
        if (m_real && m_real->bytesToWrite() == 0 && m_real->socketDescriptor() >= 0)
            ::shutdown(int(m_real->socketDescriptor()), SHUT_WR);
    };
    connect(m_real, &QTcpSocket::bytesWritten, this, halfClose);
    m_real->flush();
    halfClose();
    m_idleTimer.start(LingerMs);
}

void ConnectionGuard::onTimeout(bool wholeRequest)
{
    switch (m_state) {
    case State::ReadingHead:
    case State::ReadingBody:
        if (!wholeRequest)
            refuse(408, QStringLiteral("timeout"),
                tr("no data for %1 s").arg(m_server->limits().idleTimeoutMs / 1000.0));
        else
            refuse(408, QStringLiteral("timeout"),
                tr("the request was not complete within %1 s")
                    .arg(m_server->limits().requestTimeoutMs / 1000.0));
        return;
    case State::Closing:
        finish();
        return;
    case State::Dispatched:
    case State::Closed:
        return;
    }
}

void ConnectionGuard::onDisconnected()
{
    m_peerGone = true;
    if (m_state == State::Dispatched)
        return; // the gate stays until our answer has been written (to nobody)
    finish();
}

void ConnectionGuard::responseDone()
{
    if (m_state != State::Dispatched)
        return;
    if (m_peerGone) {
        finish();
        return;
    }
    if (!m_keepAlive || m_closeRequested || m_server->isShuttingDown()) {
        lingeringClose();
        return;
    }
    m_state = State::ReadingHead;
    m_method.clear();
    m_target.clear();
    m_headers.clear();
    armTimers();
    // Pipelined bytes may already be buffered. Not from here: we are inside QHttpServer's
    // handling of the previous request.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_state == State::ReadingHead)
                onReadyRead();
            if (m_state == State::ReadingHead && !m_buf.isEmpty())
                advance();
        },
        Qt::QueuedConnection);
}

void ConnectionGuard::refuseCapacity(int limit, bool global)
{
    refuse(503, QStringLiteral("capacity"),
        global ? tr("too many connections: the listener allows %1 at once").arg(limit)
               : tr("too many connections from %1: at most %2 at once")
                     .arg(m_peerAddress.toString())
                     .arg(limit),
        "Retry-After: 1\r\n");
}

void ConnectionGuard::finishAndClose()
{
    m_closeRequested = true;
    if (isIdle())
        lingeringClose();
}

void ConnectionGuard::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_idleTimer.stop();
    m_requestTimer.stop();
    if (m_gate)
        m_gate->reportDisconnected();
    if (m_real)
        m_real->abort();
    m_server->guardGone(this, m_peerAddress);
    deleteLater();
}

// ---------------------------------------------------------------------------------------------

GuardedTcpServer::GuardedTcpServer(const ListenerLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *guard = new ConnectionGuard(descriptor, this);
    if (!guard->isValid()) {
        delete guard;
        return;
    }
    const QHostAddress peer = guard->peerAddress();
    if (m_shuttingDown) {
        guard->setProperty("uncounted", true);
        guard->finishAndClose();
        return;
    }
    if (m_total >= m_limits.maxConnections
        || m_perPeer.value(peer) >= m_limits.maxConnectionsPerPeer) {
        guard->setProperty("uncounted", true);
        const bool global = m_total >= m_limits.maxConnections;
        QMetaObject::invokeMethod(
            guard,
            [guard, global, this] {
                guard->refuseCapacity(
                    global ? m_limits.maxConnections : m_limits.maxConnectionsPerPeer, global);
            },
            Qt::QueuedConnection);
        return;
    }
    ++m_total;
    ++m_perPeer[peer];
    m_guards << guard;
    addPendingConnection(guard->gate());
}

void GuardedTcpServer::guardGone(ConnectionGuard *guard, const QHostAddress &peer)
{
    if (guard->property("uncounted").toBool())
        return;
    m_guards.removeAll(guard);
    --m_total;
    if (--m_perPeer[peer] <= 0)
        m_perPeer.remove(peer);
    if (m_shuttingDown && m_total == 0)
        QMetaObject::invokeMethod(this, &GuardedTcpServer::drained, Qt::QueuedConnection);
}

void GuardedTcpServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    close();
    const auto guards = m_guards;
    for (const QPointer<ConnectionGuard> &g : guards) {
        if (g)
            g->finishAndClose();
    }
    if (m_total == 0)
        QMetaObject::invokeMethod(this, &GuardedTcpServer::drained, Qt::QueuedConnection);
}
