// The ceiling for the ingest benchmark: the same QHttpServer module the app uses, answering
// 200 to every POST /hooks/<token> with a small JSON body, reading nothing and storing nothing.
// Whatever the app does beyond this (guarding the socket, checking the signature, committing)
// is what the ratio to this server measures.

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const quint16 wanted = args.size() > 1 ? quint16(args.at(1).toUInt()) : 0;

    QHttpServer server;
    server.route(QStringLiteral("/hooks/<arg>"), QHttpServerRequest::Method::Post,
        [](const QString &, const QHttpServerRequest &) {
            return QHttpServerResponse(QByteArrayLiteral("application/json"),
                QByteArrayLiteral("{\"status\":\"accepted\"}"),
                QHttpServerResponder::StatusCode::Ok);
        });
    const quint16 port = server.listen(QHostAddress::LocalHost, wanted);
    if (port == 0) {
        fprintf(stderr, "bare_qhttpserver: cannot listen on port %u\n", unsigned(wanted));
        return 1;
    }
    printf("listening on http://127.0.0.1:%u\n", unsigned(port));
    fflush(stdout);
    return QCoreApplication::exec();
}
