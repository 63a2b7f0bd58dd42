#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

#include <atomic>
#include <memory>

class BackgroundDatabase;
class DonationFilterObject;
struct DonationFilter;

// Writes the donations a view shows as CSV (the command-line export's format) in the
// background, with progress and cancel. The file appears only when complete. The count for
// the progress bar and the rows come from one read transaction, so they agree even while
// donations arrive.
class ExportJob : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(qint64 rowsWritten READ rowsWritten NOTIFY progressChanged)
    Q_PROPERTY(qint64 rowsTotal READ rowsTotal NOTIFY progressChanged)
    Q_PROPERTY(QString error READ error NOTIFY finished)
    Q_PROPERTY(QString fileName READ fileName NOTIFY runningChanged)
    Q_PROPERTY(bool canceled READ isCanceled NOTIFY finished)

public:
    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    // The database to export from; without one, the app's.
    void setDatabase(BackgroundDatabase *database);

    bool isRunning() const { return m_running; }
    qint64 rowsWritten() const { return m_rowsWritten; }
    qint64 rowsTotal() const { return m_rowsTotal; }
    QString error() const { return m_error; }
    QString fileName() const { return m_fileName; }
    bool isCanceled() const { return m_canceled; }

    // Record states are computed as of `asOf` (invalid: now). The work is queued when control
    // returns to the event loop: cancel() before then means it never starts.
    Q_INVOKABLE void start(const QUrl &file, DonationFilterObject *filter, const QDateTime &asOf = {});
    Q_INVOKABLE void cancel();
    // A file for the save dialog to suggest: "<prefix>-2026-11-22.csv" in the user's documents.
    Q_INVOKABLE static QUrl suggestedFile(const QString &prefix);
    // A path typed by the user as a file URL ("~/" is the home folder).
    Q_INVOKABLE static QUrl fileUrl(const QString &path);

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
    struct Outcome
    {
        qint64 rows = -1;
        QString error;
        bool canceled = false;
    };

    BackgroundDatabase *database() const;
    void run(const std::shared_ptr<Shared> &shared, const QString &path, const DonationFilter &filter,
             const QDateTime &asOf);
    void finish(const std::shared_ptr<Shared> &shared, const Outcome &outcome);

    QPointer<BackgroundDatabase> m_database;

    bool m_running = false;
    qint64 m_rowsWritten = 0;
    qint64 m_rowsTotal = 0;
    QString m_error;
    QString m_fileName;
    bool m_canceled = false;
    std::shared_ptr<Shared> m_shared;
};
