#pragma once

#include "providers/webhookrequest.h"
#include "refusal.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

// Limits enforced before QHttpServer sees a byte. QHttpServer 6.4 has none of its own: it
// buffers any Content-Length, runs handlers after failed header parses, takes the first of two
// Content-Lengths and never answers Expect: 100-continue.
struct ListenerLimits
{
    int maxHeaderBytes = 16 * 1024;
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = 1024 * 1024;
    int idleTimeoutMs = 10 * 1000;
    int requestTimeoutMs = 30 * 1000;
    int maxConnections = 512;
    int maxConnectionsPerPeer = 64;
};

// How the guard frames HTTP/1.1 requests, as pure functions of the bytes buffered so far: the
// connection guard applies them to its socket, and tests and fuzzers feed them bytes directly.
namespace HttpFraming {

// Why a request is refused; status 0: not refused.
struct Refusal
{
    int status = 0;
    QString category;
    QString reason;
};

// A request head, as far as it was read (a refused head keeps what came before the refusal).
struct Head
{
    QByteArray method;
    QByteArray target;
    HeaderList headers;
    qint64 bodyLength = 0;
    bool expectContinue = false;
    bool keepAlive = true;
};

// Where the header block ends: after the first empty line (CRLF or bare LF), -1 if not yet.
qsizetype headEnd(QByteArrayView buf);
// For a head not yet complete: a refusal once it has already outgrown the limits.
Refusal checkIncompleteHead(QByteArrayView buf, const ListenerLimits &limits);
// Reads the complete head `buf.first(end)`, `end` as returned by headEnd().
Refusal parseHead(QByteArrayView buf, qsizetype end, const ListenerLimits &limits, Head &head);

} // namespace HttpFraming

class ConnectionGuard;

// The socket QHttpServer reads from. It has no descriptor of its own: the guard pushes exactly
// one complete, validated request into it at a time, and what QHttpServer writes goes to the
// real connection. Because the guard decides when it reports `disconnected`, it never goes away
// while a response to it is pending.
class GateSocket final : public QTcpSocket
{
    Q_OBJECT
public:
    GateSocket(QTcpSocket *real, ConnectionGuard *guard);
    ~GateSocket() override;

    ConnectionGuard *guard() const { return m_guard; }

    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    void disconnectFromHost() override;
    void close() override;

    // Guard side.
    void deliver(const QByteArray &request);
    void reportDisconnected();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QPointer<QTcpSocket> m_real;
    QPointer<ConnectionGuard> m_guard;
    QByteArray m_in;
    bool m_reported = false;
};

class GuardedTcpServer;

// One client connection: frames HTTP/1.1 requests on the real socket and enforces the limits.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(qintptr descriptor, GuardedTcpServer *server);
    ~ConnectionGuard() override;

    bool isValid() const { return m_real && m_real->state() == QAbstractSocket::ConnectedState; }
    GateSocket *gate() const { return m_gate; }
    QString peer() const { return m_peer; }
    QHostAddress peerAddress() const { return m_peerAddress; }

    // The request QHttpServer is handling now, as it arrived.
    const HeaderList &headers() const { return m_headers; }
    QByteArray requestTarget() const { return m_target; }
    QByteArray method() const { return m_method; }
    QDateTime receivedAt() const { return m_receivedAt; }

    // Called once the answer to the current request has been written.
    void responseDone();
    // Stop after the current request (server shutting down).
    void finishAndClose();
    bool isIdle() const;
    // Too many connections (in all or from this peer): 503 and close.
    void refuseCapacity(int limit, bool global);

private:
    enum class State { ReadingHead, ReadingBody, Dispatched, Closing, Closed };

    void onReadyRead();
    void onDisconnected();
    void onTimeout(bool wholeRequest);
    void advance();
    bool parseHead(qsizetype headEnd);
    void refuse(int status, const QString &category, const QString &reason,
        const QByteArray &extraHeaders = {});
    void lingeringClose();
    void finish();
    void armTimers();

    GuardedTcpServer *m_server;
    QTcpSocket *m_real = nullptr;
    QPointer<GateSocket> m_gate;
    QString m_peer;
    QHostAddress m_peerAddress;
    State m_state = State::ReadingHead;
    QByteArray m_buf;
    QTimer m_idleTimer {this};
    QTimer m_requestTimer {this};
    bool m_keepAlive = true;
    bool m_closeRequested = false;
    bool m_peerGone = false;

    // The request being read or handled.
    QByteArray m_method;
    QByteArray m_target;
    HeaderList m_headers;
    qsizetype m_headLength = 0;
    qint64 m_bodyLength = 0;
    bool m_expectContinue = false;
    QDateTime m_receivedAt;
};

// The QTcpServer given to QHttpServer::bind(): accepts connections, caps them in all and per
// peer, and hands QHttpServer a GateSocket per connection.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const ListenerLimits &limits, QObject *parent = nullptr);

    const ListenerLimits &limits() const { return m_limits; }
    void setMaxBodyBytes(qint64 bytes) { m_limits.maxBodyBytes = bytes; }
    int connectionCount() const { return m_total; }

    std::function<void(const RefusalItem &)> onRefusal;

    // Stops accepting, closes idle connections, lets busy ones finish. `drained` follows when
    // the last connection is gone.
    void shutdown();
    bool isShuttingDown() const { return m_shuttingDown; }

Q_SIGNALS:
    void drained();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ConnectionGuard;
    void guardGone(ConnectionGuard *guard, const QHostAddress &peer);

    ListenerLimits m_limits;
    int m_total = 0;
    QHash<QHostAddress, int> m_perPeer;
    QList<QPointer<ConnectionGuard>> m_guards;
    bool m_shuttingDown = false;
};
