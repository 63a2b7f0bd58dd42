#include "testsupport.h"

#include "app/appcontroller.h"
#include "providers/provideradapter.h"
#include "storage/database.h"
#include "storage/endpointstore.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUrl>

TestSupport::TestSupport(const QString &databasePath, const QVariantMap &endpointIds, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_endpointIds(endpointIds)
{
}

QVariantList TestSupport::query(const QString &sql, const QVariantList &binds) const
{
    QVariantList out;
    DbConnection::Options options;
    options.mode = DbConnection::Mode::ReadOnly;
    options.migrate = false;
    DbConnection db(m_databasePath, options);
    QString error;
    if (!db.open(&error)) {
        qWarning() << "TestSupport: cannot open" << m_databasePath << error;
        return out;
    }
    QSqlQuery q(db.db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning() << "TestSupport:" << sql << q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0);
    return out;
}

QVariant TestSupport::scalar(const QString &sql, const QVariantList &binds) const
{
    const QVariantList rows = query(sql, binds);
    return rows.isEmpty() ? QVariant() : rows.first();
}

int TestSupport::deliver(const QString &endpoint, const QString &body, const QVariantMap &extraHeaders) const
{
    AppController *app = AppController::instance();
    if (!app || !app->isListening())
        return 0;
    DbConnection db(m_databasePath);
    QString error;
    if (!db.open(&error))
        return 0;
    const auto e = EndpointStore(db.db()).find(endpoint);
    if (!e)
        return 0;
    const ProviderAdapter *adapter = Providers::find(e->provider);
    const SignedRequest signedRequest = adapter->sign(body.toUtf8(), *e, QDateTime::currentDateTimeUtc(), "test-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    QByteArray request = "POST " + e->path() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
    for (const auto &h : signedRequest.headers)
        request += h.first + ": " + h.second + "\r\n";
    for (auto it = extraHeaders.begin(); it != extraHeaders.end(); ++it)
        request += it.key().toUtf8() + ": " + it.value().toString().toUtf8() + "\r\n";
    request += "Content-Length: " + QByteArray::number(signedRequest.body.size()) + "\r\n\r\n" + signedRequest.body;

    QTcpSocket socket;
    const QUrl url(app->listenUrl());
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(3000))
        return 0;
    socket.write(request);
    QByteArray answer;
    QElapsedTimer t;
    t.start();
    while (!answer.contains("\r\n") && t.elapsed() < 5000) {
        if (socket.waitForReadyRead(100))
            answer += socket.readAll();
    }
    return answer.mid(9, 3).toInt();
}

QString TestSupport::readFile(const QString &pathOrUrl) const
{
    QFile f(pathOrUrl.startsWith(QLatin1String("file:")) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString TestSupport::changeupBody(const QString &id, const QString &amount, const QString &currency,
                                  const QString &donor, const QString &status) const
{
    return QStringLiteral(R"({"transactionId":"%1","amount":"%2","currency":"%3",)"
                          R"("transactionOrderDate":"%4","donorName":"%5","status":"%6"})")
        .arg(id, amount, currency, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), donor, status);
}
