#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QTcpSocket>
#include <QtTest>

// A minimal HTTP/1.1 client over a raw socket, so tests can send exactly the bytes they mean
// (hostile ones included) and read exactly what came back.
namespace RawHttp {

struct Response
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// Splits a byte stream into the responses it holds (interim 1xx included). Returns how many
// bytes formed complete responses.
inline qsizetype parse(const QByteArray &stream, QList<Response> *out)
{
    qsizetype pos = 0;
    for (;;) {
        const qsizetype end = stream.indexOf("\r\n\r\n", pos);
        if (end < 0)
            return pos;
        const QList<QByteArray> lines = stream.mid(pos, end - pos).split('\n');
        Response r;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        r.status = statusLine.value(1).toInt();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray l = lines.at(i).trimmed();
            const qsizetype colon = l.indexOf(':');
            if (colon <= 0)
                continue;
            r.headers.append({l.left(colon), l.mid(colon + 1).trimmed()});
            if (l.left(colon).compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = l.mid(colon + 1).trimmed().toLongLong();
        }
        const qsizetype bodyStart = end + 4;
        if (stream.size() < bodyStart + length)
            return pos;
        r.body = stream.mid(bodyStart, length);
        out->append(r);
        pos = bodyStart + length;
    }
}

class Client
{
public:
    explicit Client(quint16 port, const QHostAddress &from = QHostAddress())
    {
        if (!from.isNull())
            m_socket.bind(from);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_connected = m_socket.waitForConnected(3000);
    }

    bool isConnected() const { return m_connected; }
    QTcpSocket &socket() { return m_socket; }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(3000);
    }

    // Reads until `count` final (non-1xx) responses arrived, the peer closed, or `timeoutMs`.
    QList<Response> read(int count = 1, int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            m_received += m_socket.readAll();
            QList<Response> all;
            parse(m_received, &all);
            int finals = 0;
            for (const Response &r : all)
                finals += r.status >= 200 ? 1 : 0;
            if (finals >= count || t.elapsed() > timeoutMs)
                return all;
            if (m_socket.state() != QAbstractSocket::ConnectedState && !m_socket.bytesAvailable())
                return all;
            if (m_socket.waitForReadyRead(50))
                m_received += m_socket.readAll();
        }
    }

    // True when the server closes the connection within `timeoutMs`.
    bool waitForClose(int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                return true;
            if (m_socket.waitForReadyRead(50))
                m_received += m_socket.readAll();
            if (m_socket.state() == QAbstractSocket::UnconnectedState
                || m_socket.error() == QAbstractSocket::RemoteHostClosedError)
                return true;
        }
        return false;
    }

    QByteArray received() const { return m_received; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_connected = false;
};

inline QByteArray post(const QByteArray &path, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QByteArray r = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n";
    for (const auto &h : headers)
        r += h.first + ": " + h.second + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return r;
}

} // namespace RawHttp
