#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class BackgroundDatabase;

// Runs stored requests through the processor again, on the write lane: one request (a replay:
// idempotent, it creates no duplicates), or an endpoint's dead letters after its settings were
// fixed. When done, the views read the database again.
class ReprocessJob : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    // What the last run did, for the eye ("1 request: 1 processed").
    Q_PROPERTY(QString summary READ summary NOTIFY finished)
    Q_PROPERTY(bool ok READ isOk NOTIFY finished)

public:
    explicit ReprocessJob(QObject *parent = nullptr);

    void setDatabase(BackgroundDatabase *database);

    bool isRunning() const { return m_running; }
    QString summary() const { return m_summary; }
    bool isOk() const { return m_ok; }

    // One stored request, whatever its state.
    Q_INVOKABLE void replay(qint64 inboxId);
    // Every dead letter, of one endpoint (0: of all).
    Q_INVOKABLE void reprocessDeadLetters(qint64 endpointId);
    // Every request of one endpoint (0: of all) received in [from, to), local times written
    // "YYYY-MM-DD" or "YYYY-MM-DD HH:MM"; an empty bound is open. Returns why it cannot run
    // (a bound that is not a time, an empty window), or an empty string when it started.
    Q_INVOKABLE QString replayWindow(qint64 endpointId, const QString &from, const QString &to);
    // A local time as replayWindow() reads it; invalid when it is not one.
    static QDateTime parseLocal(const QString &text);

Q_SIGNALS:
    void runningChanged();
    void finished();

private:
    struct Outcome
    {
        int rows = 0;
        int processed = 0;
        int ignored = 0;
        int dead = 0;
        int erasedSkipped = 0;
        QString error;
    };
    void start(bool deadLetters, qint64 endpointId, qint64 inboxId, const QDateTime &from = {},
        const QDateTime &to = {});

    QPointer<BackgroundDatabase> m_database;
    bool m_running = false;
    QString m_summary;
    bool m_ok = true;
};
