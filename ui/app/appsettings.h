#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QSettings>

#include <memory>

// The user's settings, in an INI file (by default the platform's place for them). Views also
// keep their own state here (filters, sort order, column widths) through value()/setValue().
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppSettings is owned by App")
    Q_PROPERTY(QString listenHost READ listenHost WRITE setListenHost NOTIFY changed)
    Q_PROPERTY(int listenPort READ listenPort WRITE setListenPort NOTIFY changed)
    Q_PROPERTY(QString publicBaseUrl READ publicBaseUrl WRITE setPublicBaseUrl NOTIFY changed)
    Q_PROPERTY(qint64 maxBodyBytes READ maxBodyBytes WRITE setMaxBodyBytes NOTIFY changed)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY changed)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    Q_PROPERTY(bool notificationsEnabled READ notificationsEnabled WRITE setNotificationsEnabled
            NOTIFY changed)
    Q_PROPERTY(bool quietMode READ quietMode WRITE setQuietMode NOTIFY changed)
    Q_PROPERTY(bool minimizeToTray READ minimizeToTray WRITE setMinimizeToTray NOTIFY changed)
    Q_PROPERTY(QString databasePath READ databasePath WRITE setDatabasePath NOTIFY changed)
    Q_PROPERTY(QString fileName READ fileName CONSTANT)

public:
    static constexpr int DefaultPort = 8787;

    // `fileName` empty: the platform's default location.
    explicit AppSettings(const QString &fileName = {}, QObject *parent = nullptr);

    QString listenHost() const;
    void setListenHost(const QString &host);
    int listenPort() const;
    void setListenPort(int port);
    // Where providers reach this listener (a reverse proxy or tunnel), e.g.
    // "https://donations.example.org"; empty: the listen address itself.
    QString publicBaseUrl() const;
    void setPublicBaseUrl(const QString &url);
    qint64 maxBodyBytes() const;
    void setMaxBodyBytes(qint64 bytes);
    QString theme() const; // system, light, dark
    void setTheme(const QString &theme);
    QString language() const; // "de", "fr", "es", "en"; empty: the system's
    void setLanguage(const QString &code);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool on);
    bool quietMode() const;
    void setQuietMode(bool on);
    bool minimizeToTray() const;
    void setMinimizeToTray(bool on);
    QString databasePath() const; // empty: the default database
    void setDatabasePath(const QString &path);
    QString fileName() const;

    Q_INVOKABLE QVariant value(const QString &key, const QVariant &fallback = {}) const;
    Q_INVOKABLE void setValue(const QString &key, const QVariant &value);

Q_SIGNALS:
    void changed();
    // Settings the listener depends on (host, port, body limit) changed.
    void listenerSettingsChanged();

private:
    template<typename T> void store(const char *key, const T &value, bool listener = false);

    std::unique_ptr<QSettings> m_settings;
};
