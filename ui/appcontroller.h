#pragma once

#include "ingest/webhookservice.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

// The application as QML sees it: the webhook service running inside the app and what it has
// done this session. C++ owns the single instance; QML reaches it as `AppController`.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool listening READ isListening NOTIFY listenerChanged)
    Q_PROPERTY(QString listenUrl READ listenUrl NOTIFY listenerChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY listenerChanged)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(int donationsCreated READ donationsCreated NOTIFY activityChanged)
    Q_PROPERTY(int donationsUpdated READ donationsUpdated NOTIFY activityChanged)
    Q_PROPERTY(int requestsRefused READ requestsRefused NOTIFY activityChanged)
    Q_PROPERTY(QStringList recentActivity READ recentActivity NOTIFY activityChanged)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    explicit AppController(const WebhookService::Config &config, QObject *parent = nullptr);
    ~AppController() override;

    static AppController *instance();
    static AppController *create(QQmlEngine *, QJSEngine *);

    void startListener();
    void stopListener();

    bool isListening() const { return m_listening; }
    QString listenUrl() const;
    QString lastError() const { return m_lastError; }
    QString databasePath() const;
    int donationsCreated() const { return m_created; }
    int donationsUpdated() const { return m_updated; }
    int requestsRefused() const { return m_refused; }
    QStringList recentActivity() const { return m_recent; }
    QString version() const { return QStringLiteral(DD_VERSION); }

Q_SIGNALS:
    void listenerChanged();
    void activityChanged();
    void listenerStopped();

private:
    void addActivity(const QString &line);

    WebhookService::Config m_config;
    WebhookService *m_service = nullptr;
    bool m_listening = false;
    QString m_lastError;
    int m_created = 0;
    int m_updated = 0;
    int m_refused = 0;
    QStringList m_recent;
};
