// dd_bench_reports: times the report code paths of the desktop app over a large database (made
// by `donationdesk demo-data`) and prints the figures as one JSON object on stdout.
//
//   pages           first page of the Donations table (DonationTableModel on
//                   BackgroundDatabase, from setting the filter to `ready`, as the view waits
//                   for it), for five filter combinations; beside it the SQL alone
//                   (DonationPages::fetchPage on one connection)
//   charts          daily totals for a year (ChartQueries::compute, what the Charts view shows)
//   reconciliation  the summary of all widgets for last month and for the last 12 months
//                   (Reconciliation::compute)
//   export          CSV of every donation (DonationExport::writeCsv) to a file, with the growth
//                   of the resident set above what it was before the export started
//
// Each case runs --repeat times; the median is the figure. The moment the data leads up to
// (the newest donation) stands in for "now", so the figures do not drift as the database ages.

#include "donations/donationfilterobject.h"
#include "donations/donationpages.h"
#include "donations/donationtablemodel.h"
#include "procstatus.h"
#include "reports/chartqueries.h"
#include "reports/donationexport.h"
#include "reports/reconciliation.h"
#include "storage/backgrounddatabase.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTimer>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

int fail(const QString &message)
{
    fprintf(stderr, "dd_bench_reports: %s\n", qPrintable(message));
    return 1;
}

// Sets the peak (VmHWM) back to the current resident set, so that the next peak is the
// export's own. False where the kernel does not allow it.
bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

QJsonArray toJson(const QList<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a << x;
    return a;
}

// User + system CPU time of this process (all threads), in ms.
double processCpuMs()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(u.ru_utime) + ms(u.ru_stime);
}

// Wall-clock and CPU time since construction: on a machine shared with other work the wall
// time grows while the CPU time stays what the code costs.
class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(processCpuMs())
    {
        m_wall.start();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return processCpuMs() - m_cpu; }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

// With --profile: the time SQLite spent in each statement on one connection (its profile
// trace), to see which query a figure is made of.
class StatementProfile
{
public:
    void attach(QSqlDatabase &db)
    {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return;
        sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_trace_v2(native, SQLITE_TRACE_PROFILE, &StatementProfile::onProfile, this);
    }

    // The statements seen since the last call, slowest first (total time).
    QJsonArray take(int top = 4)
    {
        QList<std::pair<QString, Entry>> all(m_entries.keyValueBegin(), m_entries.keyValueEnd());
        std::sort(all.begin(), all.end(),
            [](const auto &a, const auto &b) { return a.second.ns > b.second.ns; });
        QJsonArray out;
        for (qsizetype i = 0; i < all.size() && i < top; ++i)
            out << QJsonObject {{QStringLiteral("sql"), all.at(i).first},
                {QStringLiteral("runs"), all.at(i).second.runs},
                {QStringLiteral("total_ms"), double(all.at(i).second.ns) / 1e6}};
        m_entries.clear();
        return out;
    }

private:
    struct Entry
    {
        qint64 ns = 0;
        int runs = 0;
    };

    static int onProfile(unsigned, void *context, void *statement, void *nanoseconds)
    {
        auto *self = static_cast<StatementProfile *>(context);
        const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
        Entry &e = self->m_entries[QString::fromUtf8(sql ? sql : "")];
        e.ns += qint64(*static_cast<sqlite3_int64 *>(nanoseconds));
        ++e.runs;
        return 0;
    }

    QHash<QString, Entry> m_entries;
};

// Runs the event loop until `done` holds or `timeoutMs` passes. It sleeps between events: a
// loop that polls would take a core from the query it waits for.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer wake; // to notice the timeout when nothing else happens
    wake.start(50);
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

struct PageCase
{
    QString name;
    QString description;
    std::function<void(DonationFilterObject &)> setUp;
    int column = DonationPages::Time;
    Qt::SortOrder order = Qt::DescendingOrder;
};

class ReportsBench
{
public:
    ReportsBench(const QString &path, int repeat, int caseSeconds, bool profile)
        : m_path(path)
        , m_repeat(repeat)
        , m_caseMs(qint64(caseSeconds) * 1000)
        , m_profiling(profile)
    { }

    bool open(QString *error);
    QJsonArray pages();
    QJsonArray charts();
    QJsonArray reconciliation();
    QJsonArray exportCsv(const QString &dir);
    QJsonObject data() const;

private:
    // Whether to run a case again: --repeat runs, fewer when they take too long.
    bool again(int done, const QElapsedTimer &caseClock) const
    {
        return done == 0 || (done < m_repeat && caseClock.elapsed() < m_caseMs);
    }

    // The statement profile of the case just run (with --profile), for its JSON.
    void addProfile(QJsonObject &caseJson)
    {
        if (m_profiling)
            caseJson.insert(QStringLiteral("statements"), m_profile.take());
    }

    QString m_path;
    int m_repeat;
    qint64 m_caseMs;
    bool m_profiling;
    StatementProfile m_profile;
    std::unique_ptr<DbConnection> m_connection;
    QDateTime m_now; // the newest donation
    qint64 m_donations = 0;
    QString m_currency; // the second most common currency
    QList<qint64> m_endpoints; // the two busiest endpoints
    QString m_search;
};

bool ReportsBench::open(QString *error)
{
    // Every case starts from a warm file cache: read the file once.
    {
        QFile f(m_path);
        if (f.open(QIODevice::ReadOnly)) {
            QByteArray chunk(1 << 20, Qt::Uninitialized);
            while (f.read(chunk.data(), chunk.size()) > 0) { }
        }
    }
    DbConnection::Options options;
    options.mode = DbConnection::Mode::ReadWrite; // applies pending migrations once
    m_connection = std::make_unique<DbConnection>(m_path, options);
    if (!m_connection->open(error))
        return false;
    if (m_profiling)
        m_profile.attach(m_connection->db());
    QSqlQuery q(m_connection->db());
    if (!q.exec(QStringLiteral("SELECT count(*), max(donated_at) FROM donations")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    m_donations = q.value(0).toLongLong();
    m_now = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc());
    if (m_donations == 0) {
        *error = QStringLiteral("the database holds no donations; fill it with demo-data first");
        return false;
    }
    q.exec(QStringLiteral(
        "SELECT currency FROM donations GROUP BY currency ORDER BY count(*) DESC LIMIT 2"));
    while (q.next())
        m_currency = q.value(0).toString();
    q.exec(QStringLiteral("SELECT endpoint_id FROM donations GROUP BY endpoint_id "
                          "ORDER BY count(*) DESC LIMIT 2"));
    while (q.next())
        m_endpoints << q.value(0).toLongLong();
    // A family name that occurs, not too often: what someone looking for a donor types.
    q.exec(QStringLiteral("SELECT donor_name FROM donations "
                          "WHERE donor_name GLOB '[A-Z][a-z]* [A-Z][a-z][a-z]*' "
                          "ORDER BY id LIMIT 1 OFFSET 1000"));
    if (q.next())
        m_search = q.value(0).toString().split(u' ').constLast().toLower();
    return true;
}

QJsonObject ReportsBench::data() const
{
    return QJsonObject {{QStringLiteral("donations"), m_donations},
        {QStringLiteral("now"), m_now.toString(Qt::ISODate)},
        {QStringLiteral("file_bytes"), QFileInfo(m_path).size()}};
}

QJsonArray ReportsBench::pages()
{
    const QDate today = m_now.toLocalTime().date();
    QVariantList endpoints;
    for (qint64 id : m_endpoints)
        endpoints << id;
    const QList<PageCase> cases {
        {QStringLiteral("all"), QStringLiteral("no filter, newest first"),
            [](DonationFilterObject &) {
            }},
        {QStringLiteral("currency"),
            QStringLiteral("one currency (%1), largest amount first").arg(m_currency),
            [this](DonationFilterObject &f) { f.setCurrencies({m_currency}); },
            DonationPages::Amount, Qt::DescendingOrder},
        {QStringLiteral("endpoints_refunded"),
            QStringLiteral("two widgets, status refunded, newest first"),
            [endpoints](DonationFilterObject &f) {
                f.setEndpointIds(endpoints);
                f.setStatuses({QStringLiteral("refunded")});
            }},
        {QStringLiteral("search"), QStringLiteral("text search \"%1\", by donor A-Z").arg(m_search),
            [this](DonationFilterObject &f) { f.setSearch(m_search); }, DonationPages::Donor,
            Qt::AscendingOrder},
        {QStringLiteral("month_provider"),
            QStringLiteral("last 30 days, provider Givecloud, by email A-Z"),
            [today](DonationFilterObject &f) {
                f.setRange(QStringLiteral("custom"));
                f.setFromDate(today.addDays(-29));
                f.setToDate(today);
                f.setProviders({QStringLiteral("givecloud")});
            },
            DonationPages::Email, Qt::AscendingOrder},
    };

    QJsonArray out;
    BackgroundDatabase background(m_path);
    for (const PageCase &c : cases) {
        QList<double> model;
        QList<double> sql;
        QList<double> counting;
        QList<double> cpu;
        int rows = 0;
        qint64 total = -1;
        QString error;
        QElapsedTimer caseClock;
        caseClock.start();
        for (int i = 0; again(i, caseClock); ++i) {
            DonationFilterObject filter;
            c.setUp(filter);
            {
                DonationTableModel m;
                m.setDatabase(&background);
                m.setSortColumn(c.column);
                m.setSortOrder(c.order);
                const Stopwatch t;
                m.setFilter(&filter);
                if (!waitFor([&] { return m.isReady() && !m.isLoading(); }, 60000)) {
                    error = QStringLiteral("timeout");
                    break;
                }
                model << t.wallMs();
                cpu << t.cpuMs();
                rows = m.rowCount();
                if (!m.error().isEmpty())
                    error = m.error();
                // The total count runs after the first page; let it finish before the next run.
                waitFor([&] { return !m.isCounting(); }, 120000);
                counting << t.wallMs();
                total = m.totalCount();
            }
            background.waitForDone();

            DonationPages::Request request;
            request.filter = filter.filter(today);
            request.asOf = QDateTime::currentDateTimeUtc();
            request.column = c.column;
            request.descending = c.order == Qt::DescendingOrder;
            const Stopwatch t;
            const DonationPages::Page page = DonationPages::fetchPage(m_connection->db(), request);
            sql << t.wallMs();
            if (!page.error.isEmpty())
                error = page.error;
        }
        QJsonObject o {{QStringLiteral("case"), c.name},
            {QStringLiteral("description"), c.description}, {QStringLiteral("target_ms"), 20},
            {QStringLiteral("median_ms"), median(model)},
            {QStringLiteral("runs_ms"), toJson(model)},
            {QStringLiteral("cpu_median_ms"), median(cpu)},
            {QStringLiteral("sql_median_ms"), median(sql)},
            {QStringLiteral("count_median_ms"), median(counting)}, {QStringLiteral("rows"), rows},
            {QStringLiteral("matches"), total}, {QStringLiteral("error"), error}};
        addProfile(o);
        out << o;
    }
    return out;
}

QJsonArray ReportsBench::charts()
{
    DonationFilter filter;
    filter.toTime = m_now;
    filter.fromTime = m_now.addDays(-365);
    QList<double> runs;
    QList<double> cpu;
    QString error;
    int buckets = 0;
    qint64 count = 0;
    QElapsedTimer caseClock;
    caseClock.start();
    for (int i = 0; again(i, caseClock); ++i) {
        const Stopwatch t;
        const ChartQueries::Charts c = ChartQueries::compute(m_connection->db(), filter, m_now);
        runs << t.wallMs();
        cpu << t.cpuMs();
        error = c.error;
        buckets = int(c.bounds.size()) - 1;
        count = c.count;
    }
    QJsonObject o {{QStringLiteral("case"), QStringLiteral("daily_year")},
        {QStringLiteral("description"),
            QStringLiteral("daily totals for 365 days, every currency, with pre/post-record "
                           "lines and the provider, widget and status breakdowns")},
        {QStringLiteral("target_ms"), 100}, {QStringLiteral("median_ms"), median(runs)},
        {QStringLiteral("runs_ms"), toJson(runs)}, {QStringLiteral("cpu_median_ms"), median(cpu)},
        {QStringLiteral("buckets"), buckets}, {QStringLiteral("matches"), count},
        {QStringLiteral("error"), error}};
    addProfile(o);
    return QJsonArray {o};
}

QJsonArray ReportsBench::reconciliation()
{
    const QDate today = m_now.toLocalTime().date();
    const QDate monthStart(today.year(), today.month(), 1);
    struct Period
    {
        QString name;
        QString description;
        QDateTime from;
        QDateTime to;
    };
    const QList<Period> periods {
        {QStringLiteral("last_month"), QStringLiteral("all widgets, last month"),
            monthStart.addMonths(-1).startOfDay().toUTC(), monthStart.startOfDay().toUTC()},
        {QStringLiteral("last_year"), QStringLiteral("all widgets, the last 12 months"),
            m_now.addDays(-365), m_now},
    };
    QJsonArray out;
    for (const Period &p : periods) {
        Reconciliation::Query q;
        q.from = p.from;
        q.to = p.to;
        q.asOf = m_now;
        QList<double> runs;
        QList<double> cpu;
        QString error;
        qsizetype currencies = 0;
        QElapsedTimer caseClock;
        caseClock.start();
        for (int i = 0; again(i, caseClock); ++i) {
            const Stopwatch t;
            const Reconciliation::Report r = Reconciliation::compute(m_connection->db(), q);
            runs << t.wallMs();
            cpu << t.cpuMs();
            error = r.error;
            currencies = r.currencies.size();
        }
        QJsonObject o {{QStringLiteral("case"), p.name},
            {QStringLiteral("description"), p.description}, {QStringLiteral("target_ms"), 100},
            {QStringLiteral("median_ms"), median(runs)}, {QStringLiteral("runs_ms"), toJson(runs)},
            {QStringLiteral("cpu_median_ms"), median(cpu)},
            {QStringLiteral("currencies"), currencies}, {QStringLiteral("error"), error}};
        addProfile(o);
        out << o;
    }
    return out;
}

QJsonArray ReportsBench::exportCsv(const QString &dir)
{
    QList<double> runs;
    QList<double> cpu;
    QList<double> growth;
    QString error;
    qint64 rows = 0;
    qint64 bytes = 0;
    bool peakReset = true;
    const QString path = QDir(dir).filePath(QStringLiteral("bench-export.csv"));
    QElapsedTimer caseClock;
    caseClock.start();
    for (int i = 0; again(i, caseClock); ++i) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            error = file.errorString();
            break;
        }
        peakReset = resetPeak() && peakReset;
        const qint64 before = statusKiB("VmRSS");
        const Stopwatch t;
        rows = DonationExport::writeCsv(m_connection->db(), DonationFilter(), m_now, &file, &error);
        file.close(); // flushed: the file is complete when the clock stops
        runs << t.wallMs();
        cpu << t.cpuMs();
        growth << double(statusKiB("VmHWM") - before) / 1024.0;
        bytes = QFileInfo(path).size();
        QFile::remove(path);
        if (rows < 0)
            break;
    }
    QJsonObject o {{QStringLiteral("case"), QStringLiteral("csv_all")},
        {QStringLiteral("description"), QStringLiteral("CSV of every donation, to a file")},
        {QStringLiteral("target_ms"), 3000}, {QStringLiteral("median_ms"), median(runs)},
        {QStringLiteral("runs_ms"), toJson(runs)}, {QStringLiteral("cpu_median_ms"), median(cpu)},
        {QStringLiteral("rows"), rows}, {QStringLiteral("bytes"), bytes},
        {QStringLiteral("target_growth_mib"), 50},
        {QStringLiteral("peak_growth_mib"),
            growth.isEmpty() ? 0.0 : *std::max_element(growth.begin(), growth.end())},
        {QStringLiteral("growth_runs_mib"), toJson(growth)},
        {QStringLiteral("peak_reset"), peakReset}, {QStringLiteral("error"), error}};
    addProfile(o);
    return QJsonArray {o};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dd_bench_reports"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the Donations table, charts, reconciliation and CSV export over a "
                       "database made by `donationdesk demo-data`."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("The database."), QStringLiteral("PATH")},
        {QStringLiteral("repeat"), QStringLiteral("Runs of each case (default 5)."),
            QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("only"),
            QStringLiteral("Comma-separated cases: pages, charts, reconciliation, export "
                           "(default: all)."),
            QStringLiteral("LIST")},
        {QStringLiteral("case-seconds"),
            QStringLiteral("Stop repeating a case after this long (default 60)."),
            QStringLiteral("S"), QStringLiteral("60")},
        {QStringLiteral("profile"),
            QStringLiteral("Also report the slowest SQL statements of each case (SQLite's "
                           "profile trace; adds a little time).")},
        {QStringLiteral("out-dir"),
            QStringLiteral("Where the export writes its file (default: beside the database)."),
            QStringLiteral("DIR")},
    });
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() || !QFileInfo::exists(path))
        return fail(QStringLiteral("--db: give the path of an existing database"));
    const int repeat = parser.value(QStringLiteral("repeat")).toInt();
    if (repeat < 1)
        return fail(QStringLiteral("--repeat must be at least 1"));
    QStringList only = parser.value(QStringLiteral("only")).split(u',', Qt::SkipEmptyParts);
    if (only.isEmpty())
        only = QStringList {QStringLiteral("pages"), QStringLiteral("charts"),
            QStringLiteral("reconciliation"), QStringLiteral("export")};
    const QString outDir = parser.isSet(QStringLiteral("out-dir"))
        ? parser.value(QStringLiteral("out-dir"))
        : QFileInfo(path).absolutePath();

    ReportsBench bench(path, repeat, parser.value(QStringLiteral("case-seconds")).toInt(),
        parser.isSet(QStringLiteral("profile")));
    QString error;
    if (!bench.open(&error))
        return fail(error);
    QJsonObject out {{QStringLiteral("data"), bench.data()}, {QStringLiteral("repeat"), repeat}};
    if (only.contains(u"pages"))
        out.insert(QStringLiteral("pages"), bench.pages());
    if (only.contains(u"charts"))
        out.insert(QStringLiteral("charts"), bench.charts());
    if (only.contains(u"reconciliation"))
        out.insert(QStringLiteral("reconciliation"), bench.reconciliation());
    if (only.contains(u"export"))
        out.insert(QStringLiteral("export"), bench.exportCsv(outDir));
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact);
    fwrite(json.constData(), 1, size_t(json.size()), stdout);
    fputc('\n', stdout);
    return 0;
}
