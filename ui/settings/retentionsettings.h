#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class BackgroundDatabase;

// The Settings view's data retention: how many days raw requests are kept (in the database's
// settings, where the listener and `serve` read it), changed and applied ("Purge now") on the
// database's write lane, never on the UI thread.
class RetentionSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // As stored; -1 until read.
    Q_PROPERTY(int days READ days NOTIFY daysChanged)
    Q_PROPERTY(int maxDays READ maxDays CONSTANT)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    // What the last change or purge did, or why it failed.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool ok READ isOk NOTIFY messageChanged)

public:
    explicit RetentionSettings(QObject *parent = nullptr);

    void setDatabase(BackgroundDatabase *database);

    int days() const { return m_days; }
    static int maxDays();
    bool isBusy() const { return m_busy; }
    QString message() const { return m_message; }
    bool isOk() const { return m_ok; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void setDays(int days);
    // Applies the stored setting now, as the listener does every hour.
    Q_INVOKABLE void purgeNow();

Q_SIGNALS:
    void daysChanged();
    void busyChanged();
    void messageChanged();
    void purged();

private:
    BackgroundDatabase *database() const;
    void setBusy(bool busy);
    void report(const QString &message, bool ok);

    QPointer<BackgroundDatabase> m_database;
    int m_days = -1;
    bool m_busy = false;
    QString m_message;
    bool m_ok = true;
    quint64 m_generation = 0;
};
