// dd_bench_desktop: the desktop app's window, stood up as DesktopApp does (AppController, the
// real Main.qml through QQmlApplicationEngine, the listener started after the window loaded),
// measured from inside the process. Prints the figures as one JSON object on stdout.
//
//   window   start to first frame; the Donations view until its first page is on screen;
//            then the whole Donations table scrolled from top to bottom in steps, letting its
//            pages load, with the resident memory (VmRSS) on the way and at the end
//   traffic  signed Givecloud contributions at a fixed rate (open loop, keep-alive, from a
//            thread of this process) while the window shows one view, then the next:
//            from each 200 answer to the donation arriving in the Live feed model (LiveFeed,
//            fed by AppController from the service's signals, as in the app), and the gaps
//            between turns of the main thread's event loop (a 5 ms timer) and between frames
//
// Both sides of a latency are read from the same clock (CLOCK_MONOTONIC) in one process.
// Meant to run headless (QT_QPA_PLATFORM=offscreen, QT_QUICK_BACKEND=software: the defaults
// here when they are not set), over a database of the caller's (for `traffic`, with a
// Givecloud endpoint whose path and secret are given).

#include "app/appcontroller.h"
#include "donations/donationtablemodel.h"
#include "givecloudbodies.h"
#include "live/livefeed.h"
#include "procstatus.h"
#include "webhooksender.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <arpa/inet.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(DonationDeskPlugin)

namespace {

int64_t g_mainNs = 0; // the clock at the first statement of main()
double g_ageAtMainMs = 0; // how long the process had existed by then

int fail(const QString &message)
{
    fprintf(stderr, "dd_bench_desktop: %s\n", qPrintable(message));
    return 1;
}

double msSince(int64_t fromNs, int64_t toNs)
{
    return double(toNs - fromNs) / 1e6;
}

// The process's age, from its start time in /proc/self/stat (clock ticks since boot, so
// 10 ms resolution): exec, the dynamic linker and static initialisers happen before main().
double processAgeMs()
{
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may contain spaces): state is field 3, start
    // time field 22.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return 0;
    const double startSeconds = double(fields.at(19).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    timespec boot {};
    clock_gettime(CLOCK_BOOTTIME, &boot);
    return std::max(0.0, (double(boot.tv_sec) + double(boot.tv_nsec) / 1e9 - startSeconds) * 1e3);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    // Nearest rank, as dd_loadgen.
    const size_t rank = size_t(std::ceil(p / 100.0 * double(v.size())));
    return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

QJsonObject distribution(const std::vector<double> &v)
{
    return QJsonObject {{QStringLiteral("count"), qint64(v.size())},
        {QStringLiteral("p50"), percentile(v, 50)}, {QStringLiteral("p99"), percentile(v, 99)},
        {QStringLiteral("max"), v.empty() ? 0.0 : *std::max_element(v.begin(), v.end())}};
}

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// Steps run one after the other from the application's own event loop (app.exec(), as in the
// app: a loop of processEvents() would never run deferred deletes, and the memory figure
// would be wrong). A step is called on every tick until it returns true.
class Script : public QObject
{
public:
    using Step = std::function<bool()>;

    void add(Step step) { m_steps.push_back(std::move(step)); }
    void start()
    {
        // Coarse enough to cost nothing, fine enough not to hold a scroll step up.
        m_tick.setInterval(2);
        m_tick.setTimerType(Qt::PreciseTimer);
        connect(&m_tick, &QTimer::timeout, this, &Script::tick);
        m_tick.start();
    }

private:
    void tick()
    {
        while (m_next < m_steps.size() && m_steps[m_next]())
            ++m_next;
        if (m_next == m_steps.size()) {
            m_tick.stop();
            QCoreApplication::quit();
        }
    }

    std::vector<Step> m_steps;
    size_t m_next = 0;
    QTimer m_tick;
};

// A step that waits for `done`, failing the run after `timeoutMs`.
Script::Step waitUntil(std::function<bool()> done, int timeoutMs, QString what, QString *error)
{
    auto deadline = std::make_shared<int64_t>(0);
    return [=] {
        if (*deadline == 0)
            *deadline = WebhookSender::nowNs() + int64_t(timeoutMs) * 1'000'000;
        if (done())
            return true;
        if (WebhookSender::nowNs() > *deadline) {
            if (error->isEmpty())
                *error = QStringLiteral("timed out waiting for ") + what;
            QCoreApplication::exit(1);
            return false;
        }
        return false;
    };
}

// The window as DesktopApp makes it, over `databasePath`, with settings of its own.
class Desktop
{
public:
    bool standUp(const QString &databasePath, QString *error)
    {
        AppController::Options options;
        options.settingsFile = m_scratch.filePath(QStringLiteral("settings.ini"));
        options.databasePath = databasePath;
        options.listenOnFreePort = true;
        controller = std::make_unique<AppController>(options);
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(QStringLiteral("qrc:/"));
        QObject::connect(
            engine.get(), &QQmlEngine::warnings, [this](const QList<QQmlError> &warnings) {
                for (const QQmlError &w : warnings)
                    qmlProblems << w.toString();
            });
        engine->load(QUrl(QStringLiteral("qrc:/DonationDesk/qml/Main.qml")));
        window = engine->rootObjects().isEmpty()
            ? nullptr
            : qobject_cast<QQuickWindow *>(engine->rootObjects().first());
        if (!window) {
            *error = QStringLiteral("the user interface failed to load: ")
                + qmlProblems.join(QStringLiteral("; "));
            return false;
        }
        // The basic (software) render loop swaps on the main thread: the time is the frame's.
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [this] { frames.push_back(WebhookSender::nowNs()); }, Qt::DirectConnection);
        QObject::connect(controller.get(), &AppController::listenerChanged, window, [this] {
            if (controller->isListening() && listeningNs == 0)
                listeningNs = WebhookSender::nowNs();
        });
        controller->startListener();
        return true;
    }

    bool viewBusy() const { return window->property("currentViewBusy").toBool(); }
    void showView(const QString &name)
    {
        QMetaObject::invokeMethod(window, "showView", Q_ARG(QVariant, name));
    }

    QJsonObject startup() const
    {
        const int64_t first = frames.empty() ? 0 : frames.front();
        return QJsonObject {{QStringLiteral("process_age_at_main_ms"), g_ageAtMainMs},
            {QStringLiteral("first_frame_ms"),
                first ? g_ageAtMainMs + msSince(g_mainNs, first) : -1},
            {QStringLiteral("main_to_first_frame_ms"), first ? msSince(g_mainNs, first) : -1},
            {QStringLiteral("listening_ms"),
                listeningNs ? g_ageAtMainMs + msSince(g_mainNs, listeningNs) : -1}};
    }

    std::unique_ptr<AppController> controller;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    std::vector<int64_t> frames;
    int64_t listeningNs = 0;
    QStringList qmlProblems;

private:
    QTemporaryDir m_scratch;
};

// ---- window: start-up, the Donations view, scrolling it all --------------------------------

int runWindow(const QString &db, int stepRows)
{
    Desktop desk;
    QString error;
    if (!desk.standUp(db, &error))
        return fail(error);
    Script script;
    QJsonObject out {{QStringLiteral("mode"), QStringLiteral("window")}};

    script.add(waitUntil([&] { return !desk.frames.empty() && desk.listeningNs; }, 60000,
        QStringLiteral("the first frame and the listener"), &error));

    // The Donations view, as soon as the window is there: until its first page is drawn.
    int64_t switchedNs = 0;
    size_t framesBefore = 0;
    int64_t readyNs = 0;
    script.add([&] {
        out.insert(QStringLiteral("startup"), desk.startup());
        out.insert(QStringLiteral("rss_after_start_kib"), statusKiB("VmRSS"));
        framesBefore = desk.frames.size();
        switchedNs = WebhookSender::nowNs();
        desk.showView(QStringLiteral("donations"));
        return true;
    });
    script.add(waitUntil(
        [&] {
            if (!readyNs && !desk.viewBusy())
                readyNs = WebhookSender::nowNs();
            // The first frame swapped after the rows arrived shows them.
            return readyNs && !desk.frames.empty() && desk.frames.back() > readyNs
                && desk.frames.size() > framesBefore;
        },
        60000, QStringLiteral("the Donations view's first page"), &error));

    QQuickItem *table = nullptr;
    DonationTableModel *model = nullptr;
    script.add([&] {
        const int64_t shown = desk.frames.back();
        out.insert(QStringLiteral("donations_first_page"),
            QJsonObject {{QStringLiteral("since_switch_ms"), msSince(switchedNs, shown)},
                {QStringLiteral("model_ready_since_switch_ms"), msSince(switchedNs, readyNs)},
                {QStringLiteral("since_process_start_ms"),
                    g_ageAtMainMs + msSince(g_mainNs, shown)}});
        table = findItem(desk.window->contentItem(), QStringLiteral("donationTable"));
        model = table
            ? qobject_cast<DonationTableModel *>(table->property("model").value<QObject *>())
            : nullptr;
        if (!model) {
            error = QStringLiteral("no donationTable with a DonationTableModel in the window");
            QCoreApplication::exit(1);
            return false;
        }
        return true;
    });

    // Scrolling: move down by `stepRows`, wait for a frame and for the rows in view to be
    // loaded (fetched, or fetched again after eviction), read VmRSS; until the last row is in
    // view and the model has no more.
    struct Scroll
    {
        int64_t startNs = 0;
        int64_t endNs = 0;
        int steps = 0;
        size_t framesAtMove = 0;
        bool moved = false;
        qint64 rssBefore = 0;
        qint64 peakRss = 0;
        int64_t waitingSinceNs = 0;
        int64_t movedAtNs = 0;
        double longestStepMs = 0; // from a move until its rows are loaded and drawn
    };
    Scroll s;
    auto rowLoaded = [&](int row) {
        return model->data(model->index(row, 0), DonationTableModel::LoadedRole).toBool();
    };
    script.add([&] {
        const int64_t now = WebhookSender::nowNs();
        if (s.startNs == 0) {
            s.startNs = now;
            s.rssBefore = statusKiB("VmRSS");
        }
        if (s.moved && desk.frames.size() <= s.framesAtMove)
            return false; // the step is not on screen yet
        const int top = table->property("topRow").toInt();
        const int bottom = table->property("bottomRow").toInt();
        if (top < 0 || bottom < top || !rowLoaded(top) || !rowLoaded(bottom)
            || (bottom >= model->count() - 1 && !model->atEnd())) {
            if (s.waitingSinceNs == 0)
                s.waitingSinceNs = now;
            if (now - s.waitingSinceNs > 60'000'000'000) {
                error = QStringLiteral("rows %1-%2 did not load").arg(top).arg(bottom);
                QCoreApplication::exit(1);
            }
            return false;
        }
        if (s.movedAtNs)
            s.longestStepMs = std::max(s.longestStepMs, msSince(s.movedAtNs, now));
        s.waitingSinceNs = 0;
        s.moved = false;
        s.peakRss = std::max(s.peakRss, statusKiB("VmRSS"));
        if (model->atEnd() && bottom >= model->count() - 1) {
            s.endNs = now;
            return true;
        }
        const double rowHeight =
            table->property("contentHeight").toDouble() / std::max(1, model->count());
        const double maxY = table->property("originY").toDouble()
            + table->property("contentHeight").toDouble() - table->height();
        const double y =
            std::min(maxY, table->property("contentY").toDouble() + double(stepRows) * rowHeight);
        s.framesAtMove = desk.frames.size();
        table->setProperty("contentY", y);
        s.moved = true;
        s.movedAtNs = now;
        ++s.steps;
        return false;
    });
    // A second later, what stays resident.
    int64_t settleUntil = 0;
    script.add([&] {
        if (!settleUntil)
            settleUntil = WebhookSender::nowNs() + 1'000'000'000;
        return WebhookSender::nowNs() >= settleUntil;
    });
    script.add([&] {
        out.insert(QStringLiteral("scroll"),
            QJsonObject {{QStringLiteral("rows"), model->count()},
                {QStringLiteral("total_count"), model->totalCount()},
                {QStringLiteral("steps"), s.steps}, {QStringLiteral("step_rows"), stepRows},
                {QStringLiteral("seconds"), msSince(s.startNs, s.endNs) / 1e3},
                {QStringLiteral("longest_step_ms"), s.longestStepMs},
                {QStringLiteral("cached_pages"), model->cachedPageCount()},
                {QStringLiteral("rss_before_kib"), s.rssBefore},
                {QStringLiteral("rss_peak_kib"), s.peakRss},
                {QStringLiteral("rss_final_kib"), statusKiB("VmRSS")},
                {QStringLiteral("hwm_kib"), statusKiB("VmHWM")}});
        return true;
    });

    script.start();
    const int code = QApplication::exec();
    if (code != 0 || !error.isEmpty())
        return fail(error.isEmpty() ? QStringLiteral("failed") : error);
    out.insert(QStringLiteral("qml_problems"), QJsonArray::fromStringList(desk.qmlProblems));
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact);
    fwrite(json.constData(), 1, size_t(json.size()), stdout);
    fputc('\n', stdout);
    return 0;
}

// ---- traffic: live latency and stalls ------------------------------------------------------

struct TrafficOptions
{
    QString db;
    QByteArray path;
    QByteArray secret;
    QStringList views;
    double rate = 1000;
    double seconds = 10;
    double warmup = 1;
    int connections = 32;
    quint64 seed = 1;
};

// The gaps between turns of the main thread's event loop: a 5 ms timer that fires late by as
// long as the thread was busy elsewhere (a handler, a layout, rendering a frame).
class GapMonitor : public QObject
{
public:
    GapMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            ticks.push_back(WebhookSender::nowNs());
            timespec cpu {};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
            cpuNs.push_back(int64_t(cpu.tv_sec) * 1'000'000'000 + cpu.tv_nsec);
        });
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    std::vector<int64_t> ticks;
    // The main thread's own CPU time at each tick: a long gap with little CPU in it was the
    // thread waiting (for a core, a lock), not working.
    std::vector<int64_t> cpuNs;

private:
    QTimer m_timer;
};

// Intervals between consecutive times within [from, to), in ms.
std::vector<double> intervals(const std::vector<int64_t> &times, int64_t from, int64_t to)
{
    std::vector<double> out;
    int64_t last = 0;
    for (int64_t t : times) {
        if (t < from || t >= to)
            continue;
        if (last)
            out.push_back(msSince(last, t));
        last = t;
    }
    return out;
}

int runTraffic(const TrafficOptions &o)
{
    const size_t perView = size_t(o.rate * (o.warmup + o.seconds));
    GivecloudBodies::Options bodies;
    bodies.host = "127.0.0.1";
    bodies.path = o.path;
    bodies.secret = o.secret;
    bodies.seed = o.seed;
    bodies.now = QDateTime::currentMSecsSinceEpoch();
    const std::vector<std::string> requests =
        GivecloudBodies::requests(bodies, perView * size_t(o.views.size()));
    // Contribution id -> request: the Live feed shows the id at the end of an item's detail.
    QHash<QString, size_t> byId;
    for (size_t i = 0; i < requests.size(); ++i) {
        const size_t at = requests[i].find("{\"id\":\"");
        const size_t end = requests[i].find('"', at + 7);
        byId.insert(QString::fromStdString(requests[i].substr(at + 7, end - at - 7)), i);
    }
    std::vector<int64_t> arrived(requests.size(), 0);

    Desktop desk;
    QString error;
    if (!desk.standUp(o.db, &error))
        return fail(error);
    LiveFeed *live = desk.controller->live();
    qint64 unmatched = 0;
    QObject::connect(live, &QAbstractItemModel::rowsInserted, live,
        [&](const QModelIndex &, int first, int last) {
            const int64_t now = WebhookSender::nowNs();
            for (int row = first; row <= last; ++row) {
                const QModelIndex i = live->index(row);
                if (i.data(LiveFeed::KindRole).toString() != u"donation")
                    continue;
                const QString detail = i.data(LiveFeed::DetailRole).toString();
                const auto it = byId.constFind(detail.mid(detail.lastIndexOf(u' ') + 1));
                if (it == byId.cend()) {
                    ++unmatched;
                    continue;
                }
                if (!arrived[*it])
                    arrived[*it] = now;
            }
        });

    Script script;
    GapMonitor gaps;
    QJsonArray results;
    std::unique_ptr<WebhookSender> sender;
    sockaddr_in target {};
    script.add(waitUntil([&] { return !desk.frames.empty() && desk.listeningNs; }, 60000,
        QStringLiteral("the first frame and the listener"), &error));
    script.add([&] {
        target.sin_family = AF_INET;
        target.sin_port = htons(desk.controller->service()->port());
        inet_pton(AF_INET, "127.0.0.1", &target.sin_addr);
        gaps.start();
        return true;
    });
    for (qsizetype v = 0; v < o.views.size(); ++v) {
        const QString view = o.views.at(v);
        auto settleUntil = std::make_shared<int64_t>(0);
        script.add([&desk, view] {
            desk.showView(view);
            return true;
        });
        script.add(waitUntil([&desk] { return !desk.viewBusy(); }, 60000,
            QStringLiteral("the %1 view").arg(view), &error));
        script.add([settleUntil] {
            // Let the view settle (first layouts, its first data) before the load starts.
            if (!*settleUntil)
                *settleUntil = WebhookSender::nowNs() + 1'000'000'000;
            return WebhookSender::nowNs() >= *settleUntil;
        });
        script.add([&, v] {
            WebhookSender::Config c;
            c.target = target;
            c.connections = o.connections;
            c.rate = o.rate;
            c.first = size_t(v) * perView;
            c.count = perView;
            sender = std::make_unique<WebhookSender>(c, requests);
            sender->start();
            return true;
        });
        script.add([&] { return sender->isDone(); });
        // The last donations may still be on their way to the feed.
        auto drainUntil = std::make_shared<int64_t>(0);
        script.add([&, v, drainUntil] {
            if (!*drainUntil)
                *drainUntil = WebhookSender::nowNs() + 10'000'000'000;
            const auto &rs = sender->result().requests;
            bool all = true;
            for (size_t k = 0; k < rs.size() && all; ++k)
                all = rs[k].status != 200 || arrived[size_t(v) * perView + k];
            return all || WebhookSender::nowNs() >= *drainUntil;
        });
        script.add([&, v, view] {
            sender->join();
            const WebhookSender::Result &r = sender->result();
            const int64_t from = r.startNs + int64_t(o.warmup * 1e9);
            const int64_t to = from + int64_t(o.seconds * 1e9);
            std::vector<double> feed;
            std::vector<double> answer;
            std::vector<double> endToEnd;
            qint64 ok = 0;
            qint64 notOk = 0;
            qint64 missing = 0;
            for (size_t k = 0; k < r.requests.size(); ++k) {
                const WebhookSender::Request &q = r.requests[k];
                if (q.dueNs < from || q.dueNs >= to)
                    continue;
                if (q.status != 200) {
                    ++notOk;
                    continue;
                }
                ++ok;
                answer.push_back(msSince(q.dueNs, q.answeredNs));
                const int64_t a = arrived[size_t(v) * perView + k];
                if (!a) {
                    ++missing;
                    continue;
                }
                feed.push_back(msSince(q.answeredNs, a));
                endToEnd.push_back(msSince(q.dueNs, a));
            }
            const std::vector<double> turns = intervals(gaps.ticks, from, to);
            // The longest gap's own main-thread CPU, and the thread's CPU over the window.
            double longestGap = 0;
            double longestGapCpu = 0;
            int64_t firstCpu = -1;
            int64_t lastCpu = 0;
            for (size_t i = 1; i < gaps.ticks.size(); ++i) {
                if (gaps.ticks[i - 1] < from || gaps.ticks[i] >= to)
                    continue;
                if (firstCpu < 0)
                    firstCpu = gaps.cpuNs[i - 1];
                lastCpu = gaps.cpuNs[i];
                if (msSince(gaps.ticks[i - 1], gaps.ticks[i]) > longestGap) {
                    longestGap = msSince(gaps.ticks[i - 1], gaps.ticks[i]);
                    longestGapCpu = msSince(gaps.cpuNs[i - 1], gaps.cpuNs[i]);
                }
            }
            const std::vector<double> frameGaps = intervals(desk.frames, from, to);
            qint64 over50 = 0;
            for (double g : turns)
                over50 += g > 50 ? 1 : 0;
            qint64 framesOver50 = 0;
            for (double g : frameGaps)
                framesOver50 += g > 50 ? 1 : 0;
            results << QJsonObject {{QStringLiteral("view"), view},
                {QStringLiteral("error"), QString::fromStdString(r.error)},
                {QStringLiteral("ok_2xx"), ok}, {QStringLiteral("not_2xx"), notOk},
                {QStringLiteral("errors"), qint64(r.errors)},
                {QStringLiteral("missing_in_feed"), missing},
                {QStringLiteral("answer_to_feed_ms"), distribution(feed)},
                {QStringLiteral("due_to_answer_ms"), distribution(answer)},
                {QStringLiteral("due_to_feed_ms"), distribution(endToEnd)},
                {QStringLiteral("loop_gap_ms"), distribution(turns)},
                {QStringLiteral("loop_gaps_over_50ms"), over50},
                {QStringLiteral("loop_longest_gap_cpu_ms"), longestGapCpu},
                {QStringLiteral("main_thread_cpu_share"),
                    firstCpu < 0 ? 0.0 : msSince(firstCpu, lastCpu) / (o.seconds * 1e3)},
                {QStringLiteral("frame_gap_ms"), distribution(frameGaps)},
                {QStringLiteral("frame_gaps_over_50ms"), framesOver50},
                {QStringLiteral("frames_per_s"), double(frameGaps.size()) / o.seconds}};
            return true;
        });
    }

    script.start();
    const int code = QApplication::exec();
    gaps.stop();
    if (code != 0 || !error.isEmpty())
        return fail(error.isEmpty() ? QStringLiteral("failed") : error);
    const QJsonObject out {{QStringLiteral("mode"), QStringLiteral("traffic")},
        {QStringLiteral("startup"), desk.startup()}, {QStringLiteral("rate"), o.rate},
        {QStringLiteral("seconds"), o.seconds}, {QStringLiteral("warmup"), o.warmup},
        {QStringLiteral("connections"), o.connections},
        {QStringLiteral("unmatched_feed_items"), unmatched}, {QStringLiteral("views"), results},
        {QStringLiteral("qml_problems"), QJsonArray::fromStringList(desk.qmlProblems)}};
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact);
    fwrite(json.constData(), 1, size_t(json.size()), stdout);
    fputc('\n', stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    g_mainNs = WebhookSender::nowNs();
    g_ageAtMainMs = processAgeMs();
    // Headless unless told otherwise: the figures in docs/PERFORMANCE.md are measured so.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");

    // As app/main.cpp and DesktopApp set them up.
    QCoreApplication::setOrganizationName(QStringLiteral("DonationDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("donationdesk"));
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Donation Desk"));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the desktop window: `window` (start-up, the Donations view, scrolling it all, "
        "memory) or `traffic` (live latency and main-thread stalls under webhooks)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("window or traffic"));
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("The database (it is written to)."),
            QStringLiteral("PATH")},
        {QStringLiteral("step-rows"),
            QStringLiteral("window: rows scrolled per step (default 200)."), QStringLiteral("N"),
            QStringLiteral("200")},
        {QStringLiteral("path"), QStringLiteral("traffic: the Givecloud endpoint's /hooks/TOKEN."),
            QStringLiteral("PATH")},
        {QStringLiteral("secret"), QStringLiteral("traffic: its signing secret."),
            QStringLiteral("S")},
        {QStringLiteral("views"),
            QStringLiteral("traffic: views to show in turn, one run each (default live)."),
            QStringLiteral("LIST"), QStringLiteral("live")},
        {QStringLiteral("rate"), QStringLiteral("traffic: requests per second (default 1000)."),
            QStringLiteral("R"), QStringLiteral("1000")},
        {QStringLiteral("seconds"),
            QStringLiteral("traffic: measured seconds per view (default 10)."), QStringLiteral("S"),
            QStringLiteral("10")},
        {QStringLiteral("warmup"), QStringLiteral("traffic: seconds before measuring (default 1)."),
            QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("connections"),
            QStringLiteral("traffic: keep-alive connections (default 32)."), QStringLiteral("N"),
            QStringLiteral("32")},
        {QStringLiteral("seed"),
            QStringLiteral("traffic: distinct seeds give distinct contributions (default 1)."),
            QStringLiteral("N"), QStringLiteral("1")},
    });
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty() || !QFileInfo::exists(db))
        return fail(QStringLiteral("--db: give the path of an existing database"));
    if (mode == u"window")
        return runWindow(db, std::max(1, parser.value(QStringLiteral("step-rows")).toInt()));
    if (mode != u"traffic")
        return fail(QStringLiteral("the mode is window or traffic"));
    TrafficOptions o;
    o.db = db;
    o.path = parser.value(QStringLiteral("path")).toUtf8();
    o.secret = parser.value(QStringLiteral("secret")).toUtf8();
    o.views = parser.value(QStringLiteral("views")).split(u',', Qt::SkipEmptyParts);
    o.rate = parser.value(QStringLiteral("rate")).toDouble();
    o.seconds = parser.value(QStringLiteral("seconds")).toDouble();
    o.warmup = parser.value(QStringLiteral("warmup")).toDouble();
    o.connections = parser.value(QStringLiteral("connections")).toInt();
    o.seed = parser.value(QStringLiteral("seed")).toULongLong();
    if (o.path.isEmpty() || o.views.isEmpty() || o.rate <= 0 || o.seconds <= 0 || o.connections < 1)
        return fail(
            QStringLiteral("traffic needs --path, --views, a rate, seconds and connections"));
    return runTraffic(o);
}
