#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

// What the Settings view needs beyond App.settings: checks of the listener settings before they
// are applied (a wrong host would otherwise fall back to 127.0.0.1 without a word), whether
// the desktop has a system tray, and file helpers for the database dialogs.
class SettingsSupport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool trayAvailable READ trayAvailable CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString defaultDatabasePath READ defaultDatabasePath CONSTANT)

public:
    using QObject::QObject;

    static bool trayAvailable();
    static QString qtVersion();
    static QString defaultDatabasePath();

    // Empty when `host` can be listened on: an IPv4 or IPv6 address, or "localhost".
    Q_INVOKABLE static QString checkHost(const QString &host);
    // A caution for hosts that are valid but reachable from other machines; else empty.
    Q_INVOKABLE static QString hostCaution(const QString &host);
    // Empty when `url` is empty or an http(s) URL without query or fragment.
    Q_INVOKABLE static QString checkPublicBaseUrl(const QString &url);
    // "1 MiB", "512 KiB", "1.5 MiB" in the user's locale.
    Q_INVOKABLE static QString formatBytes(qint64 bytes);
    // A local path from a dialog's URL (or a path), and whether a file is there.
    Q_INVOKABLE static bool fileExists(const QString &pathOrUrl);
    // Asks for a database file in the platform's file dialog, starting beside `current`:
    // an existing one, or (`create`) the name of a new one. Empty when cancelled.
    //
    // A widgets dialog rather than QtQuick.Dialogs' FileDialog: without a native dialog (a
    // bare X11 session) the latter needs Qt.labs.folderlistmodel, which Debian ships
    // separately, and would not open at all; this one falls back to Qt's own.
    Q_INVOKABLE static QString chooseDatabaseFile(bool create, const QString &current);
};
