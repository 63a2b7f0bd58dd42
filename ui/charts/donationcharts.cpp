#include "donationcharts.h"

#include "app/appcontroller.h"
#include "donations/donationfilterobject.h"
#include "money/currency.h"
#include "storage/backgrounddatabase.h"

#include <QElapsedTimer>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QXYSeries>

#include <cmath>

namespace {

constexpr int FilterDelayMs = 150;
constexpr int DataDelayMs = 500;

QString money(Int128 units, const QString &currency)
{
    return formatUnits(units, Currency::scale(currency));
}

// Chart coordinates only: the exact per-bucket total in major units as a double, for drawing.
// Figures a person reads (tooltips, totals) come from the exact values, never from this.
double plotValue(Int128 units, const QString &currency)
{
    return double(units) / std::pow(10.0, Currency::scale(currency));
}

double ms(const QDateTime &t)
{
    return double(t.toMSecsSinceEpoch());
}

QVariantList counts(const QList<ChartQueries::Slice> &slices)
{
    QVariantList out;
    for (const ChartQueries::Slice &s : slices)
        out << s.count;
    return out;
}

} // namespace

// ChartCurrencyModel

int ChartCurrencyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ChartCurrencyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CurrencyRole:
        return e.currency;
    case CountRole:
        return e.total.count;
    case KeptRole:
        return money(e.total.kept, e.currency);
    case ReturnedRole:
        return money(e.total.returned, e.currency);
    default:
        return {};
    }
}

QHash<int, QByteArray> ChartCurrencyModel::roleNames() const
{
    return {{CurrencyRole, "currency"}, {CountRole, "count"}, {KeptRole, "kept"},
        {ReturnedRole, "returned"}};
}

void ChartCurrencyModel::setSeries(const QList<ChartQueries::CurrencySeries> &series)
{
    QList<Entry> entries;
    for (const ChartQueries::CurrencySeries &s : series)
        entries.append({s.currency, s.total});
    if (entries == m_entries)
        return;
    bool sameKeys = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameKeys && i < entries.size(); ++i)
        sameKeys = entries[i].currency == m_entries[i].currency;
    if (sameKeys) {
        // In place: a ComboBox showing the model keeps its current item.
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries[i] == m_entries[i])
                continue;
            m_entries[i] = entries[i];
            emit dataChanged(index(int(i)), index(int(i)));
        }
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    emit countChanged();
}

int ChartCurrencyModel::indexOf(const QString &currency) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].currency == currency)
            return int(i);
    }
    return -1;
}

QVariantMap ChartCurrencyModel::get(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const QModelIndex i = index(row);
    return {{QStringLiteral("currency"), data(i, CurrencyRole)},
        {QStringLiteral("count"), data(i, CountRole)}, {QStringLiteral("kept"), data(i, KeptRole)},
        {QStringLiteral("returned"), data(i, ReturnedRole)}};
}

// DonationCharts

DonationCharts::DonationCharts(QObject *parent)
    : QObject(parent)
    , m_currencies(new ChartCurrencyModel(this))
{
    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &DonationCharts::reload);
    if (AppController *app = AppController::instance()) {
        // New donations: reload, but leave the lane free at least as long as the last load
        // took, so that a steady stream of webhooks cannot keep it busy.
        connect(app, &AppController::dataRevisionChanged, this,
            [this] { scheduleReload(int(qMax<qint64>(DataDelayMs, m_lastLoadMs))); });
        connect(app, &AppController::databaseChanged, this, &DonationCharts::settingsChanged);
    }
    scheduleReload(0);
}

DonationCharts::~DonationCharts() = default;

void DonationCharts::setDatabase(BackgroundDatabase *database)
{
    m_database = database;
    settingsChanged();
}

void DonationCharts::settingsChanged()
{
    ++m_generation;
    scheduleReload(FilterDelayMs);
}

BackgroundDatabase *DonationCharts::database() const
{
    return AppController::databaseOr(m_database);
}

void DonationCharts::scheduleReload(int delayMs)
{
    // A pending reload that is due sooner stays due.
    if (m_reloadTimer.isActive() && m_reloadTimer.remainingTime() <= delayMs)
        return;
    m_reloadTimer.start(delayMs);
}

void DonationCharts::setFilter(DonationFilterObject *filter)
{
    if (filter == m_filter)
        return;
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (m_filter)
        connect(m_filter, &DonationFilterObject::changed, this, &DonationCharts::settingsChanged);
    emit filterChanged();
    ++m_generation;
    scheduleReload(0);
}

void DonationCharts::reload()
{
    BackgroundDatabase *db = database();
    if (!db)
        return; // databaseChanged reloads
    if (m_inFlight) {
        m_again = true;
        return;
    }
    const DonationFilter filter = m_filter ? m_filter->filter() : DonationFilter();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const quint64 generation = m_generation;
    m_inFlight = true;
    m_reloadTimer.stop(); // this load covers what it was waiting to do
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged();
    }
    QElapsedTimer clock;
    clock.start();
    db->read<ChartQueries::Charts>(
        this,
        [filter, now](QSqlDatabase &sql) {
            if (!sql.isValid()) {
                ChartQueries::Charts failed;
                failed.error = tr("the database cannot be read");
                return failed;
            }
            return ChartQueries::compute(sql, filter, now, MaxSlices);
        },
        [this, generation, now, clock](ChartQueries::Charts charts) {
            m_inFlight = false;
            m_lastLoadMs = clock.elapsed();
            if (generation != m_generation) {
                // The filter changed meanwhile: this result is of the old one.
                m_again = false;
                reload();
                return;
            }
            m_data = std::move(charts);
            m_computedAt = now.toLocalTime();
            m_currencies->setSeries(m_data.totals);
            QString currency =
                m_currencies->indexOf(m_chosenCurrency) >= 0 ? m_chosenCurrency : QString();
            if (currency.isEmpty() && !m_data.totals.isEmpty())
                currency = m_data.totals.first().currency;
            m_currency = currency;
            m_ready = true;
            m_loading = false;
            emit loadingChanged();
            emit loaded();
            emit currencyChanged();
            if (m_again) {
                m_again = false;
                scheduleReload(int(qMax<qint64>(DataDelayMs, m_lastLoadMs)));
            }
        });
}

void DonationCharts::setCurrency(const QString &currency)
{
    if (currency == m_currency || m_currencies->indexOf(currency) < 0)
        return;
    m_currency = currency;
    m_chosenCurrency = currency;
    emit currencyChanged();
}

QDateTime DonationCharts::rangeStart() const
{
    return m_data.bounds.isEmpty() ? QDateTime() : m_data.bounds.first().toLocalTime();
}

QDateTime DonationCharts::rangeEnd() const
{
    return m_data.bounds.isEmpty() ? QDateTime() : m_data.bounds.last().toLocalTime();
}

const ChartQueries::CurrencySeries *DonationCharts::selectedSeries() const
{
    for (const ChartQueries::CurrencySeries &s : m_data.totals) {
        if (s.currency == m_currency)
            return &s;
    }
    return nullptr;
}

const ChartQueries::CurrencyStates *DonationCharts::selectedStates() const
{
    for (const ChartQueries::CurrencyStates &s : m_data.recordStates) {
        if (s.currency == m_currency)
            return &s;
    }
    return nullptr;
}

double DonationCharts::niceCeiling(double value)
{
    if (!(value > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value * (1 - 1e-12))
            return step * magnitude;
    }
    return 10 * magnitude;
}

double DonationCharts::totalsMax() const
{
    double top = 0;
    if (const auto *s = selectedSeries()) {
        for (const ChartQueries::BucketTotals &b : s->buckets)
            top = qMax(top, plotValue(b.kept + b.returned, s->currency));
    }
    return niceCeiling(top);
}

double DonationCharts::statesMax() const
{
    double top = 0;
    if (const auto *s = selectedStates()) {
        for (const ChartQueries::StatePoint &p : s->points)
            top = qMax(top,
                qMax(plotValue(p.preRecord, s->currency), plotValue(p.postRecord, s->currency)));
    }
    return niceCeiling(top);
}

QStringList DonationCharts::providerLabels() const
{
    QStringList out;
    for (const ChartQueries::Slice &s : m_data.providers)
        out << s.label;
    return out;
}

QVariantList DonationCharts::providerCounts() const
{
    return counts(m_data.providers);
}

QStringList DonationCharts::endpointLabels() const
{
    QStringList out;
    for (const ChartQueries::Slice &s : m_data.endpoints)
        out << (s.key.isEmpty() ? tr("Other endpoints") : s.label);
    return out;
}

QVariantList DonationCharts::endpointCounts() const
{
    return counts(m_data.endpoints);
}

QStringList DonationCharts::statusKeys() const
{
    QStringList out;
    for (const ChartQueries::Slice &s : m_data.statuses)
        out << s.key;
    return out;
}

QVariantList DonationCharts::statusCounts() const
{
    return counts(m_data.statuses);
}

double DonationCharts::countMax() const
{
    qint64 top = 0;
    for (const auto *list : {&m_data.providers, &m_data.endpoints}) {
        for (const ChartQueries::Slice &s : *list)
            top = qMax(top, s.count);
    }
    return double(qMax<qint64>(top, 1));
}

void DonationCharts::fillTotals(
    QAbstractSeries *kept, QAbstractSeries *returnedBase, QAbstractSeries *returnedTop) const
{
    QList<QPointF> keptPoints, basePoints, topPoints;
    if (const auto *s = selectedSeries()) {
        for (qsizetype i = 0; i < s->buckets.size(); ++i) {
            const ChartQueries::BucketTotals &b = s->buckets[i];
            if (b.kept == 0 && b.returned == 0)
                continue; // the area stays on the axis between bars
            const double lo = ms(m_data.bounds[i]);
            const double hi = ms(m_data.bounds[i + 1]);
            // A gap on each side makes each bucket a bar of its own.
            const double left = lo + (hi - lo) * 0.12;
            const double right = hi - (hi - lo) * 0.12;
            const double k = plotValue(b.kept, s->currency);
            const double top = plotValue(b.kept + b.returned, s->currency);
            // Both edges of `returned` come back to zero between bars, so nothing is drawn
            // there.
            keptPoints << QPointF(left, 0) << QPointF(left, k) << QPointF(right, k)
                       << QPointF(right, 0);
            basePoints << QPointF(left, 0) << QPointF(left, k) << QPointF(right, k)
                       << QPointF(right, 0);
            topPoints << QPointF(left, 0) << QPointF(left, top) << QPointF(right, top)
                      << QPointF(right, 0);
        }
    }
    if (auto *xy = qobject_cast<QXYSeries *>(kept))
        xy->replace(keptPoints);
    if (auto *xy = qobject_cast<QXYSeries *>(returnedBase))
        xy->replace(basePoints);
    if (auto *xy = qobject_cast<QXYSeries *>(returnedTop))
        xy->replace(topPoints);
}

void DonationCharts::fillRecordStates(QAbstractSeries *preRecord, QAbstractSeries *postRecord) const
{
    QList<QPointF> pre, post;
    if (const auto *s = selectedStates()) {
        for (const ChartQueries::StatePoint &p : s->points) {
            pre << QPointF(ms(p.at), plotValue(p.preRecord, s->currency));
            post << QPointF(ms(p.at), plotValue(p.postRecord, s->currency));
        }
    }
    if (auto *xy = qobject_cast<QXYSeries *>(preRecord))
        xy->replace(pre);
    if (auto *xy = qobject_cast<QXYSeries *>(postRecord))
        xy->replace(post);
}

void DonationCharts::fillStatuses(QAbstractSeries *pie) const
{
    auto *series = qobject_cast<QPieSeries *>(pie);
    if (!series)
        return;
    series->clear();
    for (const ChartQueries::Slice &s : m_data.statuses)
        series->append(s.key, double(s.count));
}

QVariantMap DonationCharts::bucketAt(double at) const
{
    const int i = ChartQueries::bucketIndex(m_data.bounds, qint64(at));
    const auto *s = selectedSeries();
    if (i < 0 || !s)
        return {};
    const ChartQueries::BucketTotals &b = s->buckets.value(i);
    return {{QStringLiteral("start"), m_data.bounds[i].toLocalTime()},
        {QStringLiteral("end"), m_data.bounds[i + 1].toLocalTime()},
        {QStringLiteral("count"), b.count}, {QStringLiteral("kept"), money(b.kept, s->currency)},
        {QStringLiteral("returned"), money(b.returned, s->currency)},
        {QStringLiteral("currency"), s->currency}};
}

const QList<ChartQueries::Slice> *DonationCharts::group(const QString &name) const
{
    if (name == u"providers")
        return &m_data.providers;
    if (name == u"endpoints")
        return &m_data.endpoints;
    if (name == u"statuses")
        return &m_data.statuses;
    return nullptr;
}

QVariantMap DonationCharts::sliceAt(const QString &groupName, int index) const
{
    const QList<ChartQueries::Slice> *list = group(groupName);
    if (!list || index < 0 || index >= list->size())
        return {};
    const ChartQueries::Slice &s = list->at(index);
    QVariantList kept;
    for (const auto &[currency, units] : s.kept)
        kept << QVariantMap {{QStringLiteral("amount"), money(units, currency)},
            {QStringLiteral("currency"), currency}};
    const QString label = groupName == u"endpoints" ? endpointLabels().value(index) : s.label;
    return {{QStringLiteral("label"), label}, {QStringLiteral("key"), s.key},
        {QStringLiteral("count"), s.count}, {QStringLiteral("kept"), kept}};
}
