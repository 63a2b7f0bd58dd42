#include "reconciliationreport.h"

#include "app/appcontroller.h"
#include "donations/donationfilterobject.h"
#include "storage/backgrounddatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>

namespace {

// Debounce: edits in a row (typing a date) and bursts of arriving donations make one load.
constexpr int SettingsDelayMs = 150;
constexpr int DataDelayMs = 400;

} // namespace

ReconciliationReport::ReconciliationReport(QObject *parent)
    : QObject(parent)
    , m_figures(new ReconciliationFiguresModel(this))
    , m_schedule(new ReconciliationScheduleModel(this))
    , m_rows(new ReconciliationRowsModel(this))
    , m_exportFilter(new DonationFilterObject(this))
{
    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ReconciliationReport::reload);
    if (AppController *app = AppController::instance()) {
        // New donations: reload, but leave the lane free at least as long as the last load
        // took, so that a steady stream of webhooks cannot keep it busy.
        connect(app, &AppController::dataRevisionChanged, this, [this] {
            if (!m_reloadTimer.isActive())
                m_reloadTimer.start(int(qMax<qint64>(DataDelayMs, m_lastLoadMs)));
        });
        connect(app, &AppController::databaseChanged, this, [this] {
            ++m_generation;
            m_reloadTimer.start(DataDelayMs);
        });
    }
    updateExportFilter();
    m_reloadTimer.start(0);
}

ReconciliationReport::~ReconciliationReport() = default;

void ReconciliationReport::setDatabase(BackgroundDatabase *database)
{
    m_database = database;
    ++m_generation;
    m_reloadTimer.start(0);
}

BackgroundDatabase *ReconciliationReport::database() const
{
    return AppController::databaseOr(m_database);
}

void ReconciliationReport::setEndpointId(qint64 id)
{
    if (id == m_endpointId)
        return;
    m_endpointId = id;
    settingsEdited();
}

void ReconciliationReport::setPeriod(const QString &period)
{
    const QString p =
        period == u"lastMonth" || period == u"custom" ? period : QStringLiteral("thisMonth");
    if (p == m_period)
        return;
    // Custom starts from the period shown, so the dates are a starting point, not empty.
    if (p == u"custom" && m_fromDate.isEmpty() && m_toDate.isEmpty()) {
        const auto [from, to] = periodDates();
        m_fromDate = from.toString(Qt::ISODate);
        m_toDate = to.toString(Qt::ISODate);
    }
    m_period = p;
    settingsEdited();
}

void ReconciliationReport::setFromDate(const QString &date)
{
    if (date == m_fromDate)
        return;
    m_fromDate = date;
    settingsEdited();
}

void ReconciliationReport::setToDate(const QString &date)
{
    if (date == m_toDate)
        return;
    m_toDate = date;
    settingsEdited();
}

void ReconciliationReport::setAsOfNow(bool now)
{
    if (now == m_asOfNow)
        return;
    m_asOfNow = now;
    if (!now && !m_asOf.isValid())
        m_asOf = QDateTime::currentDateTime();
    settingsEdited();
}

void ReconciliationReport::setAsOf(const QDateTime &t)
{
    if (t == m_asOf && !m_asOfNow)
        return;
    m_asOf = t;
    m_asOfNow = false;
    settingsEdited();
}

bool ReconciliationReport::setAsOfLocal(const QString &date, const QString &time)
{
    const QDate d = QDate::fromString(date.trimmed(), Qt::ISODate);
    const QTime t = QTime::fromString(time.trimmed(), QStringLiteral("H:mm"));
    if (!d.isValid() || !t.isValid())
        return false;
    const QDateTime at(d, t);
    if (!at.isValid())
        return false;
    setAsOf(at);
    return true;
}

bool ReconciliationReport::isDate(const QString &text)
{
    const QString t = text.trimmed();
    const QDate d = QDate::fromString(t, Qt::ISODate);
    return d.isValid() && d.toString(Qt::ISODate) == t;
}

QUrl ReconciliationReport::suggestedFile(const QString &endpointName) const
{
    QString name = endpointName.trimmed();
    // Only what every file system takes.
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-';
    }
    const auto [from, to] = periodDates();
    QStringList parts {QStringLiteral("reconciliation")};
    if (!name.isEmpty())
        parts << name;
    if (from.isValid())
        parts << from.toString(Qt::ISODate) << to.toString(Qt::ISODate);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(QDir(folder).filePath(parts.join(u'_') + QStringLiteral(".csv")));
}

std::pair<QDate, QDate> ReconciliationReport::periodDates(const QDate &today) const
{
    const QDate first(today.year(), today.month(), 1);
    if (m_period == u"thisMonth")
        return {first, first.addMonths(1).addDays(-1)};
    if (m_period == u"lastMonth")
        return {first.addMonths(-1), first.addDays(-1)};
    if (!isDate(m_fromDate) || !isDate(m_toDate))
        return {};
    const QDate from = QDate::fromString(m_fromDate.trimmed(), Qt::ISODate);
    const QDate to = QDate::fromString(m_toDate.trimmed(), Qt::ISODate);
    if (to < from)
        return {};
    return {from, to};
}

QDateTime ReconciliationReport::periodStart() const
{
    const QDate from = periodDates().first;
    return from.isValid() ? QDateTime(from, QTime(0, 0)) : QDateTime();
}

QDateTime ReconciliationReport::periodEnd() const
{
    const QDate to = periodDates().second;
    return to.isValid() ? QDateTime(to.addDays(1), QTime(0, 0)) : QDateTime();
}

QString ReconciliationReport::periodError() const
{
    if (m_period != u"custom")
        return {};
    if (!isDate(m_fromDate) || !isDate(m_toDate))
        return tr("Enter both dates as YYYY-MM-DD.");
    if (!periodDates().first.isValid())
        return tr("The end date is before the start date.");
    return {};
}

void ReconciliationReport::settingsEdited()
{
    ++m_generation;
    updateExportFilter();
    emit settingsChanged();
    m_reloadTimer.start(SettingsDelayMs);
    // Loading from the edit on: the figures shown are of the old settings until the new load.
    if (!m_loading && database()) {
        m_loading = true;
        emit loadingChanged();
    }
}

void ReconciliationReport::updateExportFilter()
{
    // The export and the figures read the same filter: the query of reload() is this filter
    // without its record states.
    QVariantMap map;
    map.insert(QStringLiteral("endpointIds"),
        m_endpointId > 0 ? QVariantList {m_endpointId} : QVariantList {});
    map.insert(QStringLiteral("kinds"), QStringList {QStringLiteral("donation")});
    map.insert(QStringLiteral("recordStates"),
        QStringList {Record::toString(RecordState::PreRecord),
            Record::toString(RecordState::PostRecord), Record::toString(RecordState::Reversed)});
    const auto [from, to] = periodDates();
    map.insert(QStringLiteral("range"), QStringLiteral("custom"));
    // An unusable period matches nothing rather than everything.
    map.insert(QStringLiteral("from"),
        (from.isValid() ? from : QDate(9999, 12, 31)).toString(Qt::ISODate));
    map.insert(
        QStringLiteral("to"), (to.isValid() ? to : QDate(9999, 12, 30)).toString(Qt::ISODate));
    m_exportFilter->fromMap(map);
}

Reconciliation::Query ReconciliationReport::query() const
{
    const DonationFilter f = m_exportFilter->filter();
    Reconciliation::Query q;
    q.endpointIds = f.endpointIds;
    q.from = f.fromTime;
    q.to = f.toTime;
    q.includeTests = f.includeTests;
    q.asOf = (m_asOfNow || !m_asOf.isValid() ? QDateTime::currentDateTime() : m_asOf).toUTC();
    return q;
}

void ReconciliationReport::reload()
{
    BackgroundDatabase *db = database();
    if (!db)
        return; // the database arrives later: databaseChanged reloads
    if (m_inFlight) {
        m_again = true;
        return;
    }
    const Reconciliation::Query q = query();
    const quint64 generation = m_generation;
    m_inFlight = true;
    m_reloadTimer.stop(); // this load covers what it was waiting to do
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged();
    }
    const bool periodOk = periodError().isEmpty();
    QElapsedTimer clock;
    clock.start();
    db->read<Reconciliation::Report>(
        this,
        [q, periodOk](QSqlDatabase &sql) {
            if (!sql.isValid())
                return Reconciliation::Report {{}, {}, tr("the database cannot be read")};
            if (!periodOk)
                return Reconciliation::Report {};
            return Reconciliation::compute(sql, q);
        },
        [this, generation, q, clock](Reconciliation::Report report) {
            m_inFlight = false;
            m_lastLoadMs = clock.elapsed();
            if (generation != m_generation) {
                // The settings changed meanwhile: this result is of the old ones.
                m_again = false;
                reload();
                return;
            }
            m_figures->setFigures(report.currencies);
            m_schedule->setEntries(report.schedule);
            m_error = report.error;
            m_computedAsOf = q.asOf.toLocalTime();
            m_ready = true;
            m_loading = false;
            emit loadingChanged();
            emit loaded();
            if (!m_selectedFigure.isEmpty())
                loadRows();
            if (m_again) {
                m_again = false;
                m_reloadTimer.start(int(qMax<qint64>(DataDelayMs, m_lastLoadMs)));
            }
        });
}

void ReconciliationReport::showRows(
    const QString &figure, const QString &currency, const QString &day)
{
    const QString f = figure == u"net"           ? figure
        : Reconciliation::figureFromName(figure) ? figure
                                                 : QString();
    if (f.isEmpty() || currency.isEmpty()) {
        clearSelection();
        return;
    }
    m_selectedFigure = f;
    m_selectedCurrency = currency;
    m_selectedDay = isDate(day) ? day.trimmed() : QString();
    emit selectionChanged();
    loadRows();
}

void ReconciliationReport::clearSelection()
{
    ++m_rowsGeneration;
    const bool changed = !m_selectedFigure.isEmpty();
    m_selectedFigure.clear();
    m_selectedCurrency.clear();
    m_selectedDay.clear();
    m_rows->clear();
    m_rowsTotal = 0;
    m_rowsLoading = false;
    if (changed)
        emit selectionChanged();
    emit rowsChanged();
}

void ReconciliationReport::loadRows()
{
    BackgroundDatabase *db = database();
    if (!db || m_selectedFigure.isEmpty())
        return;
    // Rows as of the moment of the figures shown, so that they add up to them.
    Reconciliation::Query q = query();
    if (m_computedAsOf.isValid())
        q.asOf = m_computedAsOf.toUTC();
    const Reconciliation::Figure figure = m_selectedFigure == u"net"
        ? Reconciliation::Figure::PostRecord
        : Reconciliation::figureFromName(m_selectedFigure)
              .value_or(Reconciliation::Figure::PreRecord);
    const QString currency = m_selectedCurrency;
    const QDate day = QDate::fromString(m_selectedDay, Qt::ISODate);
    const quint64 generation = ++m_rowsGeneration;
    m_rowsLoading = true;
    emit rowsChanged();
    db->read<Reconciliation::Rows>(
        this,
        [q, figure, currency, day](QSqlDatabase &sql) {
            if (!sql.isValid())
                return Reconciliation::Rows {{}, 0, tr("the database cannot be read")};
            return Reconciliation::rows(sql, q, figure, currency, day, RowLimit);
        },
        [this, generation](Reconciliation::Rows rows) {
            if (generation != m_rowsGeneration)
                return;
            m_rows->setRows(rows.rows);
            m_rowsTotal = rows.total;
            m_rowsLoading = false;
            emit rowsChanged();
        });
}
