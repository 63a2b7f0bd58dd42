#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

class BackgroundDatabase;

// One request in full for the inspector's detail pane: what arrived (headers, the body raw
// and pretty), the answer we gave and why, and the donations it created or changed. Loaded
// off the UI thread; read again when `revision` changes (a pending request gets processed).
class RequestDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool found READ isFound NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)
    // {refused, requestId, receivedAt, peer, endpointId, endpointName, provider, method,
    // target, size, httpStatus, result, resultLabel, category, reason, donations,
    // suppressedBefore, erased, erasedAt, erasedWhy}
    Q_PROPERTY(QVariantMap entry READ entry NOTIFY loaded)
    Q_PROPERTY(QString headers READ headers NOTIFY loaded) // one "Name: value" per line
    Q_PROPERTY(QString body READ body NOTIFY loaded) // JSON indented; text as is; binary escaped
    Q_PROPERTY(QString bodyExact READ bodyExact NOTIFY loaded) // the bytes, for copying
    Q_PROPERTY(QString bodyKind READ bodyKind NOTIFY loaded) // empty, json, text, binary
    Q_PROPERTY(bool bodyCut READ isBodyCut NOTIFY loaded) // the log kept the first 16 KiB
    // [{donationId, externalId, kind, statusBefore, statusAfter, duplicate, amount, currency,
    // donorName}]
    Q_PROPERTY(QVariantList touched READ touched NOTIFY loaded)
    // The base of the local listener for "Copy as cURL" (App.listenUrl).
    Q_PROPERTY(QString baseUrl READ baseUrl WRITE setBaseUrl NOTIFY baseUrlChanged)
    Q_PROPERTY(QString curl READ curl NOTIFY curlChanged)
    Q_PROPERTY(int revision READ revision WRITE setRevision NOTIFY revisionChanged)
    // "Raw request erased on <date> (retention)" for an erased request; else empty.
    Q_PROPERTY(QString erasedNote READ erasedNote NOTIFY loaded)

public:
    explicit RequestDetail(QObject *parent = nullptr);
    ~RequestDetail() override;

    void setDatabase(BackgroundDatabase *database);

    // Shows a request (refused: from the request log); requestId 0 shows nothing.
    Q_INVOKABLE void show(bool refused, qint64 requestId);
    Q_INVOKABLE void clear() { show(false, 0); }

    bool isLoading() const { return m_loading; }
    bool isFound() const { return !m_entry.isEmpty(); }
    QString error() const { return m_error; }
    QVariantMap entry() const { return m_entry; }
    QString headers() const { return m_headers; }
    QString body() const { return m_body; }
    QString bodyExact() const { return m_bodyExact; }
    QString bodyKind() const { return m_bodyKind; }
    bool isBodyCut() const { return m_bodyCut; }
    QVariantList touched() const { return m_touched; }
    QString baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QString &url);
    QString curl() const;
    int revision() const { return m_revision; }
    void setRevision(int revision);
    QString erasedNote() const;

Q_SIGNALS:
    void loadingChanged();
    void loaded();
    void baseUrlChanged();
    void curlChanged();
    void revisionChanged();

private:
    BackgroundDatabase *database() const;
    void load();

    QPointer<BackgroundDatabase> m_database;
    bool m_refused = false;
    qint64 m_requestId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    QString m_error;
    QVariantMap m_entry;
    QString m_headers;
    QString m_body;
    QString m_bodyExact;
    QString m_bodyKind;
    bool m_bodyCut = false;
    QVariantList m_touched;
    QString m_baseUrl;
    QString m_curlTemplate; // with %1 for the base URL
    int m_revision = 0;
};
