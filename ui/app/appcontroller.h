#pragma once

#include "ingest/webhookservice.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

#include <memory>

#include "app/appsettings.h"
#include "donations/donationfilterobject.h"
#include "endpoints/endpointlistmodel.h"
#include "live/livefeed.h"

class BackgroundDatabase;

// The application as QML sees it (`App`): settings, the webhook service running inside the app,
// the database the views read (off the UI thread), and the objects shared by several views.
// C++ owns the one instance.
class AppController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(AppSettings *settings READ settings CONSTANT)
    Q_PROPERTY(EndpointListModel *endpoints READ endpoints CONSTANT)
    Q_PROPERTY(LiveFeed *live READ live CONSTANT)
    // The Donations view's filter, shared with the views that follow it (Charts); kept in the
    // settings under "donations/filter".
    Q_PROPERTY(DonationFilterObject *donationFilter READ donationFilter CONSTANT)
    Q_PROPERTY(bool listening READ isListening NOTIFY listenerChanged)
    Q_PROPERTY(bool listenerBusy READ isListenerBusy NOTIFY listenerChanged)
    Q_PROPERTY(QString listenUrl READ listenUrl NOTIFY listenerChanged)
    Q_PROPERTY(QString baseUrl READ baseUrl NOTIFY listenerChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY listenerChanged)
    Q_PROPERTY(int inboxDepth READ inboxDepth NOTIFY statsChanged)
    Q_PROPERTY(QDateTime lastCommit READ lastCommit NOTIFY statsChanged)
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY databaseChanged)
    Q_PROPERTY(int dataRevision READ dataRevision NOTIFY dataRevisionChanged)
    // Bumped (at most four times a second) when requests are stored, processed or refused.
    Q_PROPERTY(int requestRevision READ requestRevision NOTIFY requestRevisionChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    // The language in use ("de") and the ones to choose from ({code, name} maps, English first).
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    // What "follow the system" means here, by name ("Deutsch").
    Q_PROPERTY(QString systemLanguageName READ systemLanguageName CONSTANT)

public:
    struct Options
    {
        QString settingsFile; // empty: the platform's default place
        QString databasePath; // empty: the settings', else the default database
        bool listenOnFreePort = false; // self-test, screenshots: never take the real port
        QString language; // --language: wins over the settings for this run; empty: settings
    };

    explicit AppController(const Options &options, QObject *parent = nullptr);
    ~AppController() override;

    static AppController *instance();
    // The database a model reads: its own when it was given one (tests), else the app's; null
    // without either.
    static BackgroundDatabase *databaseOr(BackgroundDatabase *own);
    static AppController *create(QQmlEngine *, QJSEngine *);

    AppSettings *settings() const { return m_settings; }
    EndpointListModel *endpoints() const { return m_endpoints; }
    LiveFeed *live() const { return m_live; }
    DonationFilterObject *donationFilter() const { return m_donationFilter; }
    BackgroundDatabase *database() const { return m_database.get(); }
    WebhookService *service() const { return m_service; }

    bool isListening() const { return m_listening; }
    bool isListenerBusy() const { return m_service && !m_listening; }
    QString listenUrl() const;
    QString baseUrl() const;
    QString lastError() const { return m_lastError; }
    int inboxDepth() const;
    QDateTime lastCommit() const;
    QString databasePath() const;
    int dataRevision() const { return m_dataRevision; }
    int requestRevision() const { return m_requestRevision; }
    QString version() const { return QStringLiteral(DD_VERSION); }
    QString language() const { return m_language; }
    static QVariantList languages();
    static QString systemLanguageName();

    Q_INVOKABLE void startListener();
    Q_INVOKABLE void stopListener();
    Q_INVOKABLE void restartListener();
    // Switches to another database file (stopping and restarting the listener); false with
    // lastError set when it cannot be used.
    Q_INVOKABLE bool openDatabase(const QString &pathOrUrl);
    Q_INVOKABLE void copyText(const QString &text) const;
    // A file URL from a dialog as a local path.
    Q_INVOKABLE static QString localPath(const QUrl &url);
    // Reloads what the views show, e.g. after endpoints were changed elsewhere.
    Q_INVOKABLE void refresh();
    // A donor's personal data was erased from these donations: what shows it forgets it.
    void forgetDonors(const QList<qint64> &donationIds);

    // Stops the listener (answering what it accepted) and then emits `shutDown`.
    void shutdown();

Q_SIGNALS:
    void listenerChanged();
    void statsChanged();
    void databaseChanged();
    void dataRevisionChanged();
    void requestRevisionChanged();
    void donationsChanged(const QList<DonationChange> &changes);
    void shutDown();
    // Something a person should see (a failed listener, a database that cannot be opened).
    void problem(const QString &message);
    // The user interface speaks another language now (translators installed, QML retranslated).
    void languageChanged();

private:
    void noteRequests();
    void createService();
    void setDatabase(const QString &path);
    void applyLanguage();

    AppSettings *m_settings = nullptr;
    EndpointListModel *m_endpoints = nullptr;
    LiveFeed *m_live = nullptr;
    DonationFilterObject *m_donationFilter = nullptr;
    std::unique_ptr<BackgroundDatabase> m_database;
    WebhookService *m_service = nullptr;
    QString m_databasePath;
    bool m_listenOnFreePort = false;
    QString m_languageOverride;
    QString m_language;
    QPointer<QQmlEngine> m_engine;
    bool m_listening = false;
    bool m_restartWanted = false;
    bool m_shuttingDown = false;
    QString m_lastError;
    int m_dataRevision = 0;
    int m_requestRevision = 0;
    QTimer m_requestTimer;
    QTimer m_revisionTimer {this};
};
