#include "backgrounddatabase.h"

#include "database.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>

// One lane: a queue shared by its worker threads.
struct LaneQueue
{
    QMutex mutex;
    QWaitCondition ready;
    QWaitCondition idle;
    std::deque<std::function<void(QSqlDatabase &, const QString &)>> tasks;
    int running = 0;
    bool stopping = false;
};

class BackgroundDatabase::Worker : public QThread
{
public:
    Worker(LaneQueue *queue, QString path, bool writable)
        : m_queue(queue)
        , m_path(std::move(path))
        , m_writable(writable)
    {
    }

protected:
    void run() override
    {
        // The connection lives and dies in this function: it is closed before the thread is
        // reported finished, never during thread teardown.
        std::unique_ptr<DbConnection> connection;
        QString openError;
        QSqlDatabase invalid;
        for (;;) {
            std::function<void(QSqlDatabase &, const QString &)> task;
            {
                QMutexLocker lock(&m_queue->mutex);
                while (m_queue->tasks.empty() && !m_queue->stopping)
                    m_queue->ready.wait(&m_queue->mutex);
                if (m_queue->tasks.empty())
                    break;
                task = std::move(m_queue->tasks.front());
                m_queue->tasks.pop_front();
                ++m_queue->running;
            }
            if (!connection || !connection->isOpen()) {
                DbConnection::Options options;
                options.mode = m_writable ? DbConnection::Mode::ReadWrite : DbConnection::Mode::ReadOnly;
                options.migrate = m_writable;
                connection = std::make_unique<DbConnection>(m_path, options);
                openError.clear();
                if (!connection->open(&openError))
                    connection.reset();
            }
            task(connection ? connection->db() : invalid, openError);
            QMutexLocker lock(&m_queue->mutex);
            if (--m_queue->running == 0 && m_queue->tasks.empty())
                m_queue->idle.wakeAll();
        }
        connection.reset();
    }

private:
    LaneQueue *m_queue;
    QString m_path;
    bool m_writable;
};

struct BackgroundDatabase::Lanes
{
    LaneQueue read;
    LaneQueue write;
    LaneQueue longRead;
    std::vector<std::unique_ptr<Worker>> workers;

    LaneQueue &queue(Lane lane)
    {
        switch (lane) {
        case Lane::Write:
            return write;
        case Lane::Long:
            return longRead;
        case Lane::Read:
            break;
        }
        return read;
    }
};

BackgroundDatabase::BackgroundDatabase(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_lanes(std::make_unique<Lanes>())
{
    auto add = [this](LaneQueue *queue, bool writable, const char *name) {
        auto worker = std::make_unique<Worker>(queue, m_path, writable);
        worker->setObjectName(QLatin1String(name));
        worker->start();
        m_lanes->workers.push_back(std::move(worker));
    };
    add(&m_lanes->read, false, "database-read-1");
    add(&m_lanes->read, false, "database-read-2");
    add(&m_lanes->write, true, "database-write");
    add(&m_lanes->longRead, false, "database-long");
}

BackgroundDatabase::~BackgroundDatabase()
{
    for (LaneQueue *q : {&m_lanes->read, &m_lanes->write, &m_lanes->longRead}) {
        QMutexLocker lock(&q->mutex);
        q->stopping = true;
        q->ready.wakeAll();
    }
    for (auto &w : m_lanes->workers)
        w->wait();
}

void BackgroundDatabase::enqueue(Lane lane, Task task)
{
    LaneQueue &q = m_lanes->queue(lane);
    QMutexLocker lock(&q.mutex);
    q.tasks.push_back(std::move(task));
    q.ready.wakeOne();
}

void BackgroundDatabase::waitForDone()
{
    for (LaneQueue *q : {&m_lanes->read, &m_lanes->write, &m_lanes->longRead}) {
        QMutexLocker lock(&q->mutex);
        while (!q->tasks.empty() || q->running > 0)
            q->idle.wait(&q->mutex);
    }
}
