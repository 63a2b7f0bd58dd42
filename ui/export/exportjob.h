#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <atomic>
#include <memory>

class DonationFilterObject;

// Writes the donations a view shows as CSV (the command-line export's format) in the
// background, with progress and cancel. The file appears only when complete.
class ExportJob : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(qint64 rowsWritten READ rowsWritten NOTIFY progressChanged)
    Q_PROPERTY(qint64 rowsTotal READ rowsTotal NOTIFY progressChanged)
    Q_PROPERTY(QString error READ error NOTIFY finished)
    Q_PROPERTY(QString fileName READ fileName NOTIFY runningChanged)

public:
    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    bool isRunning() const { return m_running; }
    qint64 rowsWritten() const { return m_rowsWritten; }
    qint64 rowsTotal() const { return m_rowsTotal; }
    QString error() const { return m_error; }
    QString fileName() const { return m_fileName; }

    // Record states are computed as of `asOf` (invalid: now).
    Q_INVOKABLE void start(const QUrl &file, DonationFilterObject *filter, const QDateTime &asOf = {});
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void runningChanged();
    void progressChanged();
    // ok: the file is complete; otherwise `error` says why (or that it was canceled).
    void finished(bool ok);

private:
    struct Shared
    {
        std::atomic<bool> cancel {false};
        std::atomic<qint64> rows {0};
    };

    bool m_running = false;
    qint64 m_rowsWritten = 0;
    qint64 m_rowsTotal = 0;
    QString m_error;
    QString m_fileName;
    std::shared_ptr<Shared> m_shared;
};
