#include "appsettings.h"

#include <algorithm>

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{ }

template<typename T> void AppSettings::store(const char *key, const T &value, bool listener)
{
    const QString k = QLatin1String(key);
    if (m_settings->value(k) == QVariant::fromValue(value))
        return;
    m_settings->setValue(k, QVariant::fromValue(value));
    emit changed();
    if (listener)
        emit listenerSettingsChanged();
}

QString AppSettings::listenHost() const
{
    return m_settings->value(QStringLiteral("listener/host"), QStringLiteral("127.0.0.1"))
        .toString();
}

void AppSettings::setListenHost(const QString &host)
{
    store("listener/host", host.trimmed(), true);
}

int AppSettings::listenPort() const
{
    return m_settings->value(QStringLiteral("listener/port"), DefaultPort).toInt();
}

void AppSettings::setListenPort(int port)
{
    store("listener/port", qBound(0, port, 65535), true);
}

QString AppSettings::publicBaseUrl() const
{
    return m_settings->value(QStringLiteral("listener/publicBaseUrl")).toString();
}

void AppSettings::setPublicBaseUrl(const QString &url)
{
    QString u = url.trimmed();
    while (u.endsWith(u'/'))
        u.chop(1);
    store("listener/publicBaseUrl", u);
}

qint64 AppSettings::maxBodyBytes() const
{
    return m_settings->value(QStringLiteral("listener/maxBodyBytes"), 1024 * 1024).toLongLong();
}

void AppSettings::setMaxBodyBytes(qint64 bytes)
{
    store("listener/maxBodyBytes", std::clamp<qint64>(bytes, 1024, 256 * 1024 * 1024), true);
}

QString AppSettings::theme() const
{
    return m_settings->value(QStringLiteral("appearance/theme"), QStringLiteral("system"))
        .toString();
}

void AppSettings::setTheme(const QString &theme)
{
    store("appearance/theme", theme);
}

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("appearance/language")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    store("appearance/language", code);
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings->value(QStringLiteral("notifications/enabled"), true).toBool();
}

void AppSettings::setNotificationsEnabled(bool on)
{
    store("notifications/enabled", on);
}

bool AppSettings::quietMode() const
{
    return m_settings->value(QStringLiteral("notifications/quiet"), false).toBool();
}

void AppSettings::setQuietMode(bool on)
{
    store("notifications/quiet", on);
}

bool AppSettings::minimizeToTray() const
{
    return m_settings->value(QStringLiteral("window/minimizeToTray"), true).toBool();
}

void AppSettings::setMinimizeToTray(bool on)
{
    store("window/minimizeToTray", on);
}

QString AppSettings::databasePath() const
{
    return m_settings->value(QStringLiteral("database/path")).toString();
}

void AppSettings::setDatabasePath(const QString &path)
{
    store("database/path", path);
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QVariant AppSettings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(QStringLiteral("views/") + key, fallback);
}

void AppSettings::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(QStringLiteral("views/") + key, value);
}
