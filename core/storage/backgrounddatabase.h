#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <memory>

// Database work away from the calling (UI) thread, in lanes of worker threads that each own a
// connection (QSqlDatabase cannot move between threads): reads on two read-only connections,
// writes on one read-write connection, and long jobs (exports) on a read-only connection of
// their own so that they never hold up a view. Results come back through the event loop of
// the thread of a `context` object, and not at all if that object is gone by then.
class BackgroundDatabase : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundDatabase(const QString &path, QObject *parent = nullptr);
    ~BackgroundDatabase() override; // finishes queued work, closes the connections

    QString path() const { return m_path; }

    template<typename Result>
    void read(QObject *context, std::function<Result(QSqlDatabase &)> work,
              std::function<void(Result)> done)
    {
        submit<Result>(Lane::Read, context, std::move(work), std::move(done));
    }

    template<typename Result>
    void write(QObject *context, std::function<Result(QSqlDatabase &)> work,
               std::function<void(Result)> done)
    {
        submit<Result>(Lane::Write, context, std::move(work), std::move(done));
    }

    template<typename Result>
    void longRead(QObject *context, std::function<Result(QSqlDatabase &)> work,
                  std::function<void(Result)> done)
    {
        submit<Result>(Lane::Long, context, std::move(work), std::move(done));
    }

    // Blocks until all work submitted so far has run (tests).
    void waitForDone();

    enum class Lane { Read, Write, Long };
    class Worker;

Q_SIGNALS:
    // A worker could not open the database; work given to it received an invalid database.
    void connectionFailed(const QString &error);

private:
    using Task = std::function<void(QSqlDatabase &, const QString &openError)>;
    void enqueue(Lane lane, Task task);

    template<typename Result>
    void submit(Lane lane, QObject *context, std::function<Result(QSqlDatabase &)> work,
                std::function<void(Result)> done)
    {
        QPointer<QObject> guard(context);
        QPointer<BackgroundDatabase> self(this);
        enqueue(lane, [=, work = std::move(work), done = std::move(done)](QSqlDatabase &db, const QString &openError) mutable {
            if (!openError.isEmpty() && self)
                QMetaObject::invokeMethod(self, [self, openError] { if (self) emit self->connectionFailed(openError); }, Qt::QueuedConnection);
            Result result = work(db);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(), [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
                Qt::QueuedConnection);
        });
    }

    struct Lanes;
    QString m_path;
    std::unique_ptr<Lanes> m_lanes;
};
