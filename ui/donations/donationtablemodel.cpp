#include "donationtablemodel.h"

#include "app/appcontroller.h"
#include "app/format.h"
#include "donationfilterobject.h"
#include "providers/provideradapter.h"
#include "storage/backgrounddatabase.h"

#include <algorithm>

using namespace DonationPages;

namespace {

constexpr int MinPageSize = 10;
constexpr int MinCachedPages = 3;
// New data arrives up to four times a second under load; the view follows at most this often.
constexpr int LiveIntervalMs = 1000;
constexpr qint64 CurrenciesMaxAgeMs = 30 * 1000;

} // namespace

DonationTableModel::DonationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    // Property changes made together (QML sets filter, sort and page size at creation) become
    // one query.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &DonationTableModel::reload);
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(LiveIntervalMs);
    connect(&m_liveTimer, &QTimer::timeout, this, &DonationTableModel::liveUpdate);
    // data() is const and may be called while the view lays out: fetches it wants wait for
    // the next turn of the event loop.
    m_wantedTimer.setSingleShot(true);
    m_wantedTimer.setInterval(0);
    connect(&m_wantedTimer, &QTimer::timeout, this, [this] {
        if (m_prefetchWanted) {
            m_prefetchWanted = false;
            loadMore();
        }
        const QList<int> wanted(m_wantedPages.begin(), m_wantedPages.end());
        m_wantedPages.clear();
        requestPages(wanted, false);
    });
    if (AppController *app = AppController::instance()) {
        connect(app, &AppController::databaseChanged, this, [this] {
            if (!m_database)
                hardReset();
        });
    }
    scheduleReload();
}

DonationTableModel::~DonationTableModel()
{
    // Work still queued for this model finds itself stale and skips its query.
    m_latest->store(0);
}

void DonationTableModel::setDatabase(BackgroundDatabase *database)
{
    if (m_database == database)
        return;
    m_database = database;
    hardReset();
}

BackgroundDatabase *DonationTableModel::database() const
{
    return AppController::databaseOr(m_database);
}

// ----- model interface -----

int DonationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DonationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DonationPages::ColumnCount;
}

const Row *DonationTableModel::rowData(int row) const
{
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (!m_pendingPages.contains(page)) {
            m_wantedPages.insert(page);
            m_wantedTimer.start();
        }
        return nullptr;
    }
    it->lastUsed = ++m_tick;
    const qsizetype i = row % m_pageSize;
    if (i >= it->rows.size() || it->rows.at(i).id != m_ids.at(row))
        return nullptr;
    return &it->rows.at(i);
}

QVariant DonationTableModel::cellText(const Row &r, int column) const
{
    switch (column) {
    case Time:
        return Format::dateTime(r.donatedAt);
    case Endpoint:
        return r.endpointName;
    case Provider:
        return providerName(r.provider);
    case Donor:
        return r.donorName;
    case Email:
        return r.donorEmail;
    case Amount:
        return Format::amount(r.amount, r.currency);
    case DonationPages::Currency:
        return r.currency;
    case DonationPages::Status:
        return r.status;
    case DonationPages::RecordState:
        return r.recordState;
    case Campaign:
        return r.campaign;
    default:
        return {};
    }
}

QVariant DonationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == DonationIdRole)
        return m_ids.at(row);
    if (m_visibleFirst < 0)
        m_focusRow = row; // no view tells us what it shows: the rows it reads are the focus
    // Close to the end of what is loaded: fetch the next page before the view gets there.
    if (row >= m_ids.size() - m_pageSize / 2 && canFetchMore({})) {
        m_prefetchWanted = true;
        m_wantedTimer.start();
    }
    const Row *r = rowData(row);
    if (role == LoadedRole)
        return r != nullptr;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount ? int(Qt::AlignRight | Qt::AlignVCenter)
                                        : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (!r) {
        // Not loaded (yet, or again): empty values of the right types, so delegates bind.
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case EndpointNameRole:
        case ProviderRole:
        case ProviderNameRole:
        case KindRole:
        case ExternalIdRole:
        case StatusRole:
        case ProviderStatusRole:
        case AmountRole:
        case CurrencyRole:
        case RefundedRole:
        case DonorNameRole:
        case DonorEmailRole:
        case CampaignRole:
        case RecordStateRole:
            return QString();
        case DonatedAtRole:
            return QDateTime();
        case EndpointIdRole:
            return qint64(0);
        case RecurringRole:
        case IsTestRole:
            return false;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*r, index.column());
    case Qt::ToolTipRole:
        return index.column() == Amount ? Format::money(r->amount, r->currency)
                                        : cellText(*r, index.column());
    case DonatedAtRole:
        return r->donatedAt.toLocalTime();
    case EndpointIdRole:
        return r->endpointId;
    case EndpointNameRole:
        return r->endpointName;
    case ProviderRole:
        return r->provider;
    case ProviderNameRole:
        return providerName(r->provider);
    case KindRole:
        return r->kind;
    case ExternalIdRole:
        return r->externalId;
    case StatusRole:
        return r->status;
    case ProviderStatusRole:
        return r->providerStatus;
    case AmountRole:
        return r->amount;
    case CurrencyRole:
        return r->currency;
    case RefundedRole:
        return r->refunded;
    case DonorNameRole:
        return r->donorName;
    case DonorEmailRole:
        return r->donorEmail;
    case CampaignRole:
        return r->campaign;
    case RecurringRole:
        return r->recurring;
    case RecordStateRole:
        return r->recordState;
    case IsTestRole:
        return r->isTest;
    default:
        return {};
    }
}

QString DonationTableModel::columnTitle(int column) const
{
    switch (column) {
    case Time:
        return tr("Time");
    case Endpoint:
        return tr("Endpoint");
    case Provider:
        return tr("Provider");
    case Donor:
        return tr("Donor");
    case Email:
        return tr("Email");
    case Amount:
        return tr("Amount");
    case DonationPages::Currency:
        return tr("Currency");
    case DonationPages::Status:
        return tr("Status");
    case DonationPages::RecordState:
        return tr("Record state");
    case Campaign:
        return tr("Campaign");
    default:
        return {};
    }
}

QVariant DonationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= DonationPages::ColumnCount)
        return {};
    return columnTitle(section);
}

QHash<int, QByteArray> DonationTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{DonationIdRole, "donationId"}, {LoadedRole, "loaded"},
        {DonatedAtRole, "donatedAt"}, {EndpointIdRole, "endpointId"},
        {EndpointNameRole, "endpointName"}, {ProviderRole, "provider"},
        {ProviderNameRole, "providerName"}, {KindRole, "kind"}, {ExternalIdRole, "externalId"},
        {StatusRole, "status"}, {ProviderStatusRole, "providerStatus"}, {AmountRole, "amount"},
        {CurrencyRole, "currency"}, {RefundedRole, "refunded"}, {DonorNameRole, "donorName"},
        {DonorEmailRole, "donorEmail"}, {CampaignRole, "campaign"}, {RecurringRole, "recurring"},
        {RecordStateRole, "recordState"}, {IsTestRole, "isTest"}});
    return names;
}

bool DonationTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_ready && !m_atEnd && !m_fetchingMore && !m_reloading
        && m_rowsGeneration == m_generation && database();
}

void DonationTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    BackgroundDatabase *db = database();
    Request request;
    request.filter = m_query.filter;
    request.asOf = m_query.asOf;
    request.column = m_query.column;
    request.descending = m_query.descending;
    request.maxId = m_maxId;
    request.after = m_lastKey;
    request.segments = m_segments;
    request.limit = m_pageSize;
    const quint64 generation = m_rowsGeneration;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    setLoadingFlags(m_reloading, true);
    db->read<Page>(
        this,
        [request, generation, latest](QSqlDatabase &db) {
            if (latest->load() != generation)
                return Page {};
            return fetchPage(db, request);
        },
        [this, generation](Page page) { onMorePage(generation, page); });
}

void DonationTableModel::loadMore()
{
    if (canFetchMore({}))
        fetchMore({});
}

// ----- properties -----

void DonationTableModel::setFilter(DonationFilterObject *filter)
{
    if (m_filter == filter)
        return;
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (m_filter)
        connect(
            m_filter, &DonationFilterObject::changed, this, &DonationTableModel::scheduleReload);
    emit filterChanged();
    scheduleReload();
}

void DonationTableModel::setSortColumn(int column)
{
    column = qBound(0, column, int(DonationPages::ColumnCount) - 1);
    if (m_sortColumn == column)
        return;
    m_sortColumn = column;
    emit sortChanged();
    scheduleReload();
}

void DonationTableModel::setSortOrder(Qt::SortOrder order)
{
    if (m_sortOrder == order)
        return;
    m_sortOrder = order;
    emit sortChanged();
    scheduleReload();
}

Qt::SortOrder DonationTableModel::naturalOrder(int column)
{
    return column == Time ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void DonationTableModel::sortBy(int column)
{
    if (column < 0 || column >= DonationPages::ColumnCount)
        return;
    if (column == m_sortColumn) {
        setSortOrder(m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = naturalOrder(column);
    emit sortChanged();
    scheduleReload();
}

void DonationTableModel::setPageSize(int size)
{
    size = qMax(MinPageSize, size);
    if (m_pageSize == size)
        return;
    m_pageSize = size;
    emit pageSizeChanged();
    scheduleReload();
}

void DonationTableModel::setMaxCachedPages(int pages)
{
    pages = qMax(MinCachedPages, pages);
    if (m_maxCachedPages == pages)
        return;
    m_maxCachedPages = pages;
    emit maxCachedPagesChanged();
    evictFarPages();
}

void DonationTableModel::setFollowLive(bool follow)
{
    if (m_followLive == follow)
        return;
    m_followLive = follow;
    emit followLiveChanged();
    // Back at the top with new rows waiting: show them.
    if (follow && m_newCount > 0 && !m_liveTimer.isActive())
        m_liveTimer.start(0);
}

void DonationTableModel::setDataRevision(int revision)
{
    if (m_dataRevision == revision)
        return;
    m_dataRevision = revision;
    emit dataRevisionChanged();
    // Nothing shown yet: the query on its way reads the new data anyway.
    if (!m_ready || m_liveTimer.isActive())
        return;
    const qint64 since = m_lastLive.isValid() ? m_lastLive.elapsed() : LiveIntervalMs;
    m_liveTimer.start(int(qMax<qint64>(0, LiveIntervalMs - since)));
}

void DonationTableModel::liveUpdate()
{
    if (!m_ready)
        return;
    m_lastLive.start();
    // A new currency may have arrived. The list walks the whole currency index (tens of
    // milliseconds over a large database): under a stream of webhooks, twice a minute at most.
    if (!m_currenciesAge.isValid() || m_currenciesAge.elapsed() >= CurrenciesMaxAgeMs)
        loadCurrencies();
    if (m_followLive) {
        reload();
        m_liveReload = true;
        updateLoading();
        return;
    }
    refreshCachedPages();
    countNew();
}

QString DonationTableModel::providerName(const QString &provider)
{
    const ProviderAdapter *adapter = Providers::find(provider);
    return adapter ? adapter->shortName() : provider;
}

QStringList DonationTableModel::providers()
{
    return Providers::ids();
}

QStringList DonationTableModel::statuses()
{
    return Status::allNames();
}

QStringList DonationTableModel::recordStates()
{
    return {Record::toString(RecordState::PreRecord), Record::toString(RecordState::PostRecord),
        Record::toString(RecordState::Reversed), Record::toString(RecordState::None)};
}

// ----- queries -----

void DonationTableModel::scheduleReload()
{
    m_reloadTimer.start();
    updateLoading();
}

void DonationTableModel::hardReset()
{
    // Another database: nothing of the old one may stay on screen.
    ++m_generation;
    m_latest->store(m_generation);
    beginResetModel();
    m_ids.clear();
    m_pages.clear();
    m_pendingPages.clear();
    m_wantedPages.clear();
    m_segments.clear();
    m_lastKey = {};
    m_maxId = 0;
    m_atEnd = true;
    endResetModel();
    m_rowsGeneration = m_generation;
    const bool wasReady = m_ready;
    m_ready = false;
    m_totalCount = -1;
    m_counting = false;
    m_newCount = 0;
    m_currenciesAge.invalidate(); // another database: its currencies are asked for anew
    setLoadingFlags(false, false);
    if (wasReady)
        emit readyChanged();
    emit countChanged();
    emit atEndChanged();
    emit totalCountChanged();
    emit newCountChanged();
    emit cacheChanged();
    scheduleReload();
}

void DonationTableModel::reload()
{
    m_reloadTimer.stop();
    BackgroundDatabase *db = database();
    if (!db) {
        // Until the app has opened its database (it does once the listener has started).
        m_waitingForDatabase = true;
        updateLoading();
        return;
    }
    m_waitingForDatabase = false;
    m_liveReload = false;
    ++m_generation;
    m_latest->store(m_generation);

    Query query;
    query.filter = m_filter ? m_filter->filter() : DonationFilter {};
    query.asOf = QDateTime::currentDateTimeUtc();
    query.column = m_sortColumn;
    query.descending = m_sortOrder == Qt::DescendingOrder;

    Request request;
    request.filter = query.filter;
    request.asOf = query.asOf;
    request.column = query.column;
    request.descending = query.descending;
    request.limit = m_pageSize;
    const quint64 generation = m_generation;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    setLoadingFlags(true, false);
    db->read<Page>(
        this,
        [request, generation, latest](QSqlDatabase &db) {
            if (latest->load() != generation)
                return Page {};
            return fetchPage(db, request);
        },
        [this, generation, query](Page page) {
            onFirstPage(generation, query, page);
            // After the first page, not beside it: over a large database the list walks the
            // whole currency index and would share the CPU with the page being waited for.
            if (!m_currenciesAge.isValid())
                loadCurrencies();
        });
}

void DonationTableModel::onFirstPage(quint64 generation, const Query &query, const Page &page)
{
    if (generation != m_generation) {
        emit staleResultDropped();
        return;
    }
    const bool queryChanged = query.asOf != m_query.asOf;
    // What the count of a live reload can start from (see startCount).
    const bool sameRows = m_liveReload && m_ready && query.filter == m_query.filter
        && query.column == m_query.column && query.descending == m_query.descending;
    const qint64 previousTotal = sameRows && !m_counting ? m_totalCount : -1;
    const qint64 previousMaxId = m_maxId;
    beginResetModel();
    m_query = query;
    m_rowsGeneration = generation;
    m_ids.clear();
    m_pages.clear();
    m_pendingPages.clear();
    m_wantedPages.clear();
    m_segments = page.segments;
    m_maxId = page.maxId;
    m_lastKey = page.last;
    m_atEnd = page.atEnd || !page.error.isEmpty();
    m_ids.reserve(page.rows.size());
    for (const Row &r : page.rows)
        m_ids << r.id;
    if (!page.rows.isEmpty())
        m_pages.insert(0, CachedPage {page.rows, ++m_tick});
    m_focusRow = 0;
    m_visibleFirst = m_visibleLast = -1;
    endResetModel();

    setError(page.error);
    const bool wasReady = m_ready;
    m_ready = true;
    m_fetchingMore = false;
    setLoadingFlags(false, false);
    m_newCount = 0;
    emit newCountChanged();
    if (!wasReady)
        emit readyChanged();
    if (queryChanged)
        emit asOfChanged();
    emit countChanged();
    emit atEndChanged();
    emit cacheChanged();
    emit reloaded();
    startCount(previousTotal, previousMaxId);
}

void DonationTableModel::onMorePage(quint64 generation, const Page &page)
{
    if (generation != m_rowsGeneration) {
        emit staleResultDropped();
        return;
    }
    setLoadingFlags(m_reloading, false);
    if (!page.error.isEmpty()) {
        setError(page.error);
        m_atEnd = true;
        emit atEndChanged();
        return;
    }
    m_lastKey = page.last;
    m_segments = page.segments;
    if (!page.rows.isEmpty()) {
        const int first = int(m_ids.size());
        beginInsertRows({}, first, first + int(page.rows.size()) - 1);
        for (const Row &r : page.rows)
            m_ids << r.id;
        // Pages are full except the last, so new rows start a page.
        m_pages.insert(first / m_pageSize, CachedPage {page.rows, ++m_tick});
        endInsertRows();
        emit countChanged();
        evictFarPages();
    }
    if (m_atEnd != page.atEnd) {
        m_atEnd = page.atEnd;
        emit atEndChanged();
    }
    if (m_atEnd && m_counting) {
        // Everything is loaded before the count came back: it is the number of rows.
        m_counting = false;
        m_totalCount = m_ids.size();
        emit totalCountChanged();
    }
    // The last row seen by the tester or a big view may already be close to the new end.
    if (m_visibleLast >= m_ids.size() - m_pageSize / 2)
        loadMore();
}

void DonationTableModel::startCount(qint64 previousTotal, qint64 previousMaxId)
{
    if (m_atEnd) {
        // Everything is loaded: the count is known without asking.
        m_totalCount = m_ids.size();
        m_counting = false;
        emit totalCountChanged();
        return;
    }
    BackgroundDatabase *db = database();
    if (!db)
        return;
    m_totalCount = -1;
    m_counting = true;
    emit totalCountChanged();
    const quint64 generation = m_rowsGeneration;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    const DonationFilter filter = m_query.filter;
    const QDateTime asOf = m_query.asOf;
    const qint64 maxId = m_maxId;
    // A live reload of a filter whose matches never stop matching (donations are never
    // deleted, and their endpoint, provider, kind and test mark do not change) only adds the
    // donations that arrived since: counting a million rows again every second would keep a
    // core busy while webhooks stream in.
    const bool stable = filter.statuses.isEmpty() && filter.recordStates.isEmpty()
        && filter.currencies.isEmpty() && filter.search.isEmpty() && !filter.from.isValid()
        && !filter.to.isValid() && !filter.fromTime.isValid() && !filter.toTime.isValid();
    const qint64 base = stable && previousTotal >= 0 && previousMaxId > 0 ? previousTotal : -1;
    const qint64 afterId = base >= 0 ? previousMaxId : 0;
    db->read<qint64>(
        this,
        [=](QSqlDatabase &db) -> qint64 {
            if (latest->load() != generation)
                return -1;
            QString error;
            return DonationPages::count(db, filter, asOf, afterId, maxId, &error);
        },
        [this, generation, base](qint64 n) {
            if (generation != m_rowsGeneration) {
                emit staleResultDropped();
                return;
            }
            m_counting = false;
            m_totalCount = n < 0 ? n : qMax<qint64>(0, base) + n;
            emit totalCountChanged();
        });
}

void DonationTableModel::countNew()
{
    BackgroundDatabase *db = database();
    if (!db)
        return;
    const quint64 generation = m_rowsGeneration;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    const DonationFilter filter = m_query.filter;
    const QDateTime asOf = m_query.asOf;
    const qint64 maxId = m_maxId;
    db->read<qint64>(
        this,
        [=](QSqlDatabase &db) -> qint64 {
            if (latest->load() != generation)
                return -1;
            QString error;
            return DonationPages::count(db, filter, asOf, maxId, -1, &error);
        },
        [this, generation](qint64 n) {
            if (generation != m_rowsGeneration || n < 0)
                return;
            if (m_newCount != int(n)) {
                m_newCount = int(n);
                emit newCountChanged();
            }
        });
}

void DonationTableModel::loadCurrencies()
{
    BackgroundDatabase *db = database();
    if (!db)
        return;
    m_currenciesAge.start();
    db->read<QStringList>(
        this, [](QSqlDatabase &db) { return DonationPages::currencies(db); },
        [this](QStringList currencies) {
            if (currencies == m_currencies)
                return;
            m_currencies = currencies;
            emit currenciesChanged();
        });
}

void DonationTableModel::refreshCachedPages()
{
    // Changed donations (a refund, a late status) show their new values where they are.
    requestPages(m_pages.keys(), true);
}

void DonationTableModel::requestPages(const QList<int> &pages, bool refresh)
{
    BackgroundDatabase *db = database();
    if (!db)
        return;
    for (int page : pages) {
        const qsizetype first = qsizetype(page) * m_pageSize;
        if (page < 0 || first >= m_ids.size() || m_pendingPages.contains(page)
            || (!refresh && m_pages.contains(page)))
            continue;
        m_pendingPages.insert(page);
        const QList<qint64> ids = m_ids.mid(first, m_pageSize);
        const quint64 generation = m_rowsGeneration;
        const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
        const QDateTime asOf = m_query.asOf;
        db->read<QList<Row>>(
            this,
            [ids, asOf, generation, latest](QSqlDatabase &db) {
                if (latest->load() != generation)
                    return QList<Row> {};
                QString error;
                return fetchRows(db, ids, asOf, &error);
            },
            [this, generation, page](QList<Row> rows) {
                if (generation != m_rowsGeneration) {
                    emit staleResultDropped();
                    return;
                }
                m_pendingPages.remove(page);
                storePage(page, rows);
            });
    }
}

void DonationTableModel::storePage(int page, const QList<Row> &rows)
{
    const qsizetype first = qsizetype(page) * m_pageSize;
    if (first >= m_ids.size())
        return;
    const qsizetype n = qMin<qsizetype>(m_pageSize, m_ids.size() - first);
    // The rows come back in any order; put them in the page's.
    QHash<qint64, const Row *> byId;
    for (const Row &r : rows)
        byId.insert(r.id, &r);
    CachedPage cached;
    cached.rows.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 id = m_ids.at(first + i);
        if (const Row *r = byId.value(id))
            cached.rows << *r;
        else
            cached.rows << Row {}; // no longer there: shown as not loaded
    }
    cached.lastUsed = ++m_tick;
    m_pages.insert(page, cached);
    emit dataChanged(
        index(int(first), 0), index(int(first + n - 1), DonationPages::ColumnCount - 1));
    emit cacheChanged();
    evictFarPages();
}

void DonationTableModel::noteVisibleRows(int first, int last)
{
    if (first < 0 || last < first)
        return;
    m_visibleFirst = first;
    m_visibleLast = last;
    m_focusRow = (first + last) / 2;
    evictFarPages();
    if (last >= m_ids.size() - m_pageSize / 2)
        loadMore();
    // Pages of the visible rows that were evicted: fetch them again now rather than when a
    // delegate asks.
    QList<int> missing;
    for (int p = first / m_pageSize; p <= last / m_pageSize; ++p) {
        if (!m_pages.contains(p) && !m_pendingPages.contains(p))
            missing << p;
    }
    requestPages(missing, false);
}

void DonationTableModel::evictFarPages()
{
    bool evicted = false;
    const int focusPage = m_focusRow / m_pageSize;
    while (m_pages.size() > m_maxCachedPages) {
        // The page farthest from the visible rows; of two as far, the one unused longer.
        int victim = -1;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (it.key() == focusPage)
                continue;
            if (victim < 0) {
                victim = it.key();
                continue;
            }
            const int d = qAbs(it.key() - focusPage);
            const int dv = qAbs(victim - focusPage);
            if (d > dv || (d == dv && it->lastUsed < m_pages.value(victim).lastUsed))
                victim = it.key();
        }
        if (victim < 0)
            break;
        m_pages.remove(victim);
        evicted = true;
    }
    if (evicted)
        emit cacheChanged();
}

// ----- helpers -----

void DonationTableModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

void DonationTableModel::setLoadingFlags(bool reloading, bool fetchingMore)
{
    m_reloading = reloading;
    m_fetchingMore = fetchingMore;
    updateLoading();
}

void DonationTableModel::updateLoading()
{
    if (m_loadingShown == isLoading() && m_reloadingShown == isReloading())
        return;
    m_loadingShown = isLoading();
    m_reloadingShown = isReloading();
    emit loadingChanged();
}

QVariantMap DonationTableModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= rowCount())
        return out;
    const QModelIndex i = index(row, 0);
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.key() >= Qt::UserRole)
            out.insert(QString::fromLatin1(it.value()), data(i, it.key()));
    }
    return out;
}

qint64 DonationTableModel::donationId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int DonationTableModel::rowOfDonation(qint64 donationId) const
{
    return int(m_ids.indexOf(donationId));
}

QVariantList DonationTableModel::donationIds(int first, int count) const
{
    QVariantList out;
    first = qMax(0, first);
    const qsizetype end =
        count < 0 ? m_ids.size() : qMin<qsizetype>(m_ids.size(), qsizetype(first) + count);
    for (qsizetype i = first; i < end; ++i)
        out << m_ids.at(i);
    return out;
}
