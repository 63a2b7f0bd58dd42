#pragma once

#include "donationpages.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>

class BackgroundDatabase;
class DonationFilterObject;

// Every donation in the database that the filter matches, as a table for the Donations view;
// smooth with a million rows. All SQL runs on the read lanes of BackgroundDatabase; results
// come back as events, and a result for a query that has since been replaced (the filter or
// the sort changed, a reload) is dropped by its generation number.
//
// Paging: rows arrive a page at a time (canFetchMore/fetchMore, or loadMore() and
// noteVisibleRows() from QML, which fetch ahead of the visible rows), each page by keyset
// pagination after the last row so far (see DonationPages). The view is a snapshot: donations
// created after the first page (id above `maxId`) are left out, counted in `newCount`, and
// shown after a reload; donations that change meanwhile show their new values in place.
//
// Memory: the model keeps the id of every row loaded so far (8 bytes a row: 8 MB for a
// million), the key of the last row, and the full data of at most `maxCachedPages` pages. When
// more pages are loaded, those farthest from the visible rows are evicted; a row of an evicted
// page reads as not loaded (`loaded` false) until its page, fetched again by id, arrives
// (dataChanged). Scrolling through a million rows therefore costs ids, not rows.
class DonationTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DonationFilterObject *filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int sortColumn READ sortColumn WRITE setSortColumn NOTIFY sortChanged)
    Q_PROPERTY(Qt::SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(
        int maxCachedPages READ maxCachedPages WRITE setMaxCachedPages NOTIFY maxCachedPagesChanged)
    // True once the first page of a query has arrived (stays true across later reloads, which
    // keep the old rows until the new ones are there).
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    // A reload or a page is on its way.
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    // A new query is on its way (filter, sort, reload); the rows shown are the old query's.
    Q_PROPERTY(bool reloading READ isReloading NOTIFY loadingChanged)
    Q_PROPERTY(bool atEnd READ atEnd NOTIFY atEndChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged) // rows loaded so far
    // Rows the filter matches in all; -1 until known. Counting a million rows takes a moment.
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(bool counting READ isCounting NOTIFY totalCountChanged)
    // Donations matching the filter that arrived after the rows shown were loaded.
    Q_PROPERTY(int newCount READ newCount NOTIFY newCountChanged)
    // The view is at the top: new data reloads the first page instead of counting new rows.
    Q_PROPERTY(bool followLive READ followLive WRITE setFollowLive NOTIFY followLiveChanged)
    // Bind to App.dataRevision: each increase means stored donations changed.
    Q_PROPERTY(int dataRevision READ dataRevision WRITE setDataRevision NOTIFY dataRevisionChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // The moment record states are computed for (the last reload).
    Q_PROPERTY(QDateTime asOf READ asOf NOTIFY asOfChanged)
    // Currency codes in the database, for the currency filter.
    Q_PROPERTY(QStringList currencies READ currencies NOTIFY currenciesChanged)
    Q_PROPERTY(QStringList providers READ providers CONSTANT)
    Q_PROPERTY(QStringList statuses READ statuses CONSTANT)
    Q_PROPERTY(QStringList recordStates READ recordStates CONSTANT)
    Q_PROPERTY(int cachedPageCount READ cachedPageCount NOTIFY cacheChanged)

public:
    enum Column {
        TimeColumn = DonationPages::Time,
        EndpointColumn = DonationPages::Endpoint,
        ProviderColumn = DonationPages::Provider,
        DonorColumn = DonationPages::Donor,
        EmailColumn = DonationPages::Email,
        AmountColumn = DonationPages::Amount,
        CurrencyColumn = DonationPages::Currency,
        StatusColumn = DonationPages::Status,
        RecordStateColumn = DonationPages::RecordState,
        CampaignColumn = DonationPages::Campaign,
    };
    Q_ENUM(Column)

    enum Role {
        DonationIdRole = Qt::UserRole + 1,
        LoadedRole,
        DonatedAtRole,
        EndpointIdRole,
        EndpointNameRole,
        ProviderRole,
        ProviderNameRole,
        KindRole,
        ExternalIdRole,
        StatusRole,
        ProviderStatusRole,
        AmountRole, // canonical major units
        CurrencyRole,
        RefundedRole,
        DonorNameRole,
        DonorEmailRole,
        CampaignRole,
        RecurringRole,
        RecordStateRole,
        IsTestRole,
    };
    Q_ENUM(Role)

    explicit DonationTableModel(QObject *parent = nullptr);
    ~DonationTableModel() override;

    // The database to read; without one, the app's (AppController), followed when it changes.
    void setDatabase(BackgroundDatabase *database);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    DonationFilterObject *filter() const { return m_filter; }
    void setFilter(DonationFilterObject *filter);
    int sortColumn() const { return m_sortColumn; }
    void setSortColumn(int column);
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(Qt::SortOrder order);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    int maxCachedPages() const { return m_maxCachedPages; }
    void setMaxCachedPages(int pages);
    bool isReady() const { return m_ready; }
    bool isLoading() const { return isReloading() || m_fetchingMore; }
    bool isReloading() const
    {
        return (m_reloading && !m_liveReload) || m_reloadTimer.isActive() || m_waitingForDatabase;
    }
    bool atEnd() const { return m_atEnd; }
    int count() const { return int(m_ids.size()); }
    qint64 totalCount() const { return m_totalCount; }
    bool isCounting() const { return m_counting; }
    int newCount() const { return m_newCount; }
    bool followLive() const { return m_followLive; }
    void setFollowLive(bool follow);
    int dataRevision() const { return m_dataRevision; }
    void setDataRevision(int revision);
    QString error() const { return m_error; }
    QDateTime asOf() const { return m_query.asOf; }
    QStringList currencies() const { return m_currencies; }
    static QStringList providers();
    static QStringList statuses();
    static QStringList recordStates();
    int cachedPageCount() const { return int(m_pages.size()); }
    qint64 snapshotId() const { return m_maxId; }

    // Runs the query again (keeping the rows shown until the new first page is there).
    Q_INVOKABLE void reload();
    // A header click: the same column again reverses the order; another column starts in its
    // natural order (newest first for time, A to Z otherwise).
    Q_INVOKABLE void sortBy(int column);
    Q_INVOKABLE void loadMore();
    // The rows the view shows: pages ahead are fetched, pages far away may be evicted.
    Q_INVOKABLE void noteVisibleRows(int first, int last);
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE qint64 donationId(int row) const;
    Q_INVOKABLE int rowOfDonation(qint64 donationId) const;
    // Ids of loaded rows from `first` (all with count < 0), for tests and selections.
    Q_INVOKABLE QVariantList donationIds(int first = 0, int count = -1) const;
    Q_INVOKABLE QString columnTitle(int column) const;
    // "Givecloud" for "givecloud".
    Q_INVOKABLE static QString providerName(const QString &provider);
    // The default order of a column: descending for time, ascending for the others.
    Q_INVOKABLE static Qt::SortOrder naturalOrder(int column);

Q_SIGNALS:
    void filterChanged();
    void sortChanged();
    void pageSizeChanged();
    void maxCachedPagesChanged();
    void readyChanged();
    void loadingChanged();
    void atEndChanged();
    void countChanged();
    void totalCountChanged();
    void newCountChanged();
    void followLiveChanged();
    void dataRevisionChanged();
    void errorChanged();
    void asOfChanged();
    void currenciesChanged();
    void cacheChanged();
    // A first page arrived and replaced the rows (after a reload, sort or filter change).
    void reloaded();
    // For tests: a result that arrived for a query that had been replaced was dropped.
    void staleResultDropped();

private:
    struct Query
    {
        DonationFilter filter;
        QDateTime asOf;
        int column = DonationPages::Time;
        bool descending = true;
    };
    struct CachedPage
    {
        QList<DonationPages::Row> rows; // aligned with the ids of the page
        quint64 lastUsed = 0;
    };

    BackgroundDatabase *database() const;
    void scheduleReload();
    void hardReset();
    void onFirstPage(quint64 generation, const Query &query, const DonationPages::Page &page);
    void onMorePage(quint64 generation, const DonationPages::Page &page);
    // Counts the matches; after a live reload that adds to `previousTotal` (the count before
    // it, -1: unknown) only the donations newer than `previousMaxId`, where that is exact.
    void startCount(qint64 previousTotal = -1, qint64 previousMaxId = 0);
    void countNew();
    void loadCurrencies();
    void refreshCachedPages();
    void requestPages(const QList<int> &pages, bool refresh);
    void storePage(int page, const QList<DonationPages::Row> &rows);
    void evictFarPages();
    const DonationPages::Row *rowData(int row) const;
    QVariant cellText(const DonationPages::Row &r, int column) const;
    void setError(const QString &error);
    void setLoadingFlags(bool reloading, bool fetchingMore);
    void updateLoading();
    void liveUpdate();

    QPointer<BackgroundDatabase> m_database;
    QPointer<DonationFilterObject> m_filter;
    int m_sortColumn = DonationPages::Time;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_pageSize = 200;
    int m_maxCachedPages = 10;

    // Generations: m_generation names the newest query asked for; m_rowsGeneration the query
    // whose rows are shown. Workers read m_latest to skip work that is already stale.
    quint64 m_generation = 0;
    quint64 m_rowsGeneration = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;

    Query m_query; // of the rows shown
    QList<qint64> m_ids; // every loaded row's id, in order
    DonationPages::Key m_lastKey;
    QList<DonationPages::Segment> m_segments;
    qint64 m_maxId = 0;

    mutable QHash<int, CachedPage> m_pages;
    mutable QSet<int> m_wantedPages; // misses seen by data(), requested on the next turn
    QSet<int> m_pendingPages; // refetches on their way
    mutable quint64 m_tick = 0;
    mutable int m_focusRow = 0; // the middle of the visible rows (or the last row read)
    mutable bool m_prefetchWanted = false;
    int m_visibleFirst = -1;
    int m_visibleLast = -1;

    bool m_ready = false;
    bool m_reloading = false;
    bool m_fetchingMore = false;
    bool m_loadingShown = false; // isLoading() as last announced
    bool m_reloadingShown = false;
    bool m_liveReload = false; // the reload on its way follows new data, not the user
    bool m_atEnd = true;
    bool m_counting = false;
    qint64 m_totalCount = -1;
    int m_newCount = 0;
    bool m_followLive = false;
    int m_dataRevision = 0;
    bool m_waitingForDatabase = false;
    QString m_error;
    QStringList m_currencies;
    QTimer m_reloadTimer;
    QTimer m_liveTimer;
    mutable QTimer m_wantedTimer; // started from data()
    QElapsedTimer m_lastLive;
    QElapsedTimer m_currenciesAge; // since the currency list was last asked for; invalid: never
};
