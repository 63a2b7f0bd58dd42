#include "requestlistmodel.h"

#include "appcontroller.h"
#include "storage/backgrounddatabase.h"

namespace {
// Typing in the search field: one query when the typing pauses.
constexpr int SearchDelayMs = 250;
} // namespace

RequestListModel::RequestListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &RequestListModel::reload);
    if (AppController *app = AppController::instance()) {
        connect(app, &AppController::databaseChanged, this, [this] { scheduleReload(0); });
    }
    scheduleReload(0);
}

RequestListModel::~RequestListModel() = default;

void RequestListModel::setDatabase(BackgroundDatabase *database)
{
    m_database = database;
    scheduleReload(0);
}

BackgroundDatabase *RequestListModel::database() const
{
    return AppController::databaseOr(m_database);
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString RequestListModel::resultLabel(const RequestLog::Entry &e)
{
    switch (e.result) {
    case RequestLog::Result::Accepted:
        return tr("Accepted");
    case RequestLog::Result::Pending:
        return tr("Accepted, processing");
    case RequestLog::Result::Duplicate:
        return tr("Duplicate");
    case RequestLog::Result::Ignored:
        return tr("Accepted, no donation");
    case RequestLog::Result::Dead:
        return tr("Dead letter");
    case RequestLog::Result::Refused:
        break;
    }
    if (e.category == u"signature")
        return tr("Refused: signature");
    if (e.category == u"token")
        return tr("Refused: unknown URL");
    if (e.category == u"size" || e.category == u"headers")
        return tr("Refused: too large");
    if (e.category == u"malformed" || e.category == u"framing" || e.category == u"method")
        return tr("Refused: malformed");
    return tr("Refused: %1").arg(e.category);
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLog::Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 %2").arg(e.method, e.target);
    case RefusedRole:
        return e.refused;
    case RequestIdRole:
        return e.id;
    case ReceivedAtRole:
        return e.receivedAt;
    case PeerRole:
        return e.peer;
    case EndpointIdRole:
        return e.endpointId;
    case EndpointNameRole:
        return e.endpointName;
    case ProviderRole:
        return e.provider;
    case MethodRole:
        return e.method;
    case TargetRole:
        return e.target;
    case SizeRole:
        return e.size;
    case HttpStatusRole:
        return e.httpStatus;
    case ResultRole:
        return RequestLog::resultName(e.result);
    case ResultLabelRole:
        return resultLabel(e);
    case CategoryRole:
        return e.category;
    case ReasonRole:
        return e.reason;
    case DonationsRole:
        return e.donations;
    case ErasedRole:
        return e.isErased();
    case ErasedAtRole:
        return e.erasedAt;
    case ErasedWhyRole:
        return e.erasedWhy;
    }
    return {};
}

QHash<int, QByteArray> RequestListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {RefusedRole, "refused"}, {RequestIdRole, "requestId"},
        {ReceivedAtRole, "receivedAt"}, {PeerRole, "peer"}, {EndpointIdRole, "endpointId"},
        {EndpointNameRole, "endpointName"}, {ProviderRole, "provider"}, {MethodRole, "method"},
        {TargetRole, "target"}, {SizeRole, "size"}, {HttpStatusRole, "httpStatus"},
        {ResultRole, "result"}, {ResultLabelRole, "resultLabel"}, {CategoryRole, "category"},
        {ReasonRole, "reason"}, {DonationsRole, "donations"}, {ErasedRole, "erased"},
        {ErasedAtRole, "erasedAt"}, {ErasedWhyRole, "erasedWhy"}};
}

bool RequestListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_loading;
}

void RequestListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(false);
}

void RequestListModel::setEndpointId(qint64 id)
{
    const QList<qint64> ids = id > 0 ? QList<qint64> {id} : QList<qint64> {};
    if (ids == m_filter.endpointIds)
        return;
    m_filter.endpointIds = ids;
    emit filterChanged();
    scheduleReload(0);
}

void RequestListModel::setResults(const QStringList &results)
{
    QStringList known;
    for (const QString &r : results) {
        if (RequestLog::filterNames().contains(r) && !known.contains(r))
            known << r;
    }
    if (known == m_filter.results)
        return;
    m_filter.results = known;
    emit filterChanged();
    scheduleReload(0);
}

void RequestListModel::setSearch(const QString &search)
{
    if (search == m_filter.search)
        return;
    m_filter.search = search;
    emit filterChanged();
    scheduleReload(SearchDelayMs);
}

void RequestListModel::setRevision(int revision)
{
    if (revision == m_revision)
        return;
    m_revision = revision;
    emit revisionChanged();
    // At the top: show what arrived. Further down: keep the place, say there is more.
    if (m_entries.size() <= m_pageSize) {
        scheduleReload(0);
    } else if (!m_stale) {
        m_stale = true;
        emit staleChanged();
    }
}

void RequestListModel::setPageSize(int size)
{
    size = qBound(10, size, 5000);
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    emit pageSizeChanged();
}

QVariantList RequestListModel::resultChoices() const
{
    const QList<QPair<QString, QString>> labels {
        {QStringLiteral("accepted"), tr("Accepted")},
        {QStringLiteral("duplicate"), tr("Duplicates")},
        {QStringLiteral("ignored"), tr("Accepted, no donation")},
        {QStringLiteral("dead"), tr("Dead letters")},
        {QStringLiteral("refused-signature"), tr("Refused: signature")},
        {QStringLiteral("refused-token"), tr("Refused: unknown URL")},
        {QStringLiteral("refused-size"), tr("Refused: too large")},
        {QStringLiteral("refused-malformed"), tr("Refused: malformed")},
        {QStringLiteral("refused-other"), tr("Refused: other")},
    };
    QVariantList out;
    for (const auto &l : labels)
        out << QVariantMap {{QStringLiteral("name"), l.first}, {QStringLiteral("label"), l.second}};
    return out;
}

void RequestListModel::scheduleReload(int delayMs)
{
    // Loading from now on: what is shown is the previous query's until the new one arrives.
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged();
    }
    if (m_reloadTimer.isActive() && m_reloadTimer.remainingTime() <= delayMs)
        return;
    m_reloadTimer.start(delayMs);
}

void RequestListModel::reload()
{
    m_reloadTimer.stop();
    load(true);
}

void RequestListModel::loadMore()
{
    if (m_more && !m_loading)
        load(false);
}

void RequestListModel::load(bool fromStart)
{
    BackgroundDatabase *db = database();
    if (!db) {
        if (m_loading) {
            m_loading = false;
            emit loadingChanged();
        }
        return;
    }
    const quint64 generation = ++m_generation;
    std::optional<RequestLog::Cursor> cursor;
    if (!fromStart && !m_entries.isEmpty())
        cursor = RequestLog::Cursor::after(m_entries.last());
    const RequestLog::Filter filter = m_filter;
    const int limit = m_pageSize;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged();
    }
    db->read<RequestLog::Page>(
        this,
        [filter, cursor, limit](
            QSqlDatabase &sql) { return RequestLog::page(sql, filter, cursor, limit); },
        [this, generation, fromStart](RequestLog::Page page) {
            if (generation != m_generation)
                return; // a newer query is on its way
            const int before = rowCount();
            m_error = page.error;
            if (fromStart) {
                beginResetModel();
                m_entries = page.entries;
                endResetModel();
                if (m_stale) {
                    m_stale = false;
                    emit staleChanged();
                }
            } else if (!page.entries.isEmpty()) {
                beginInsertRows({}, before, before + int(page.entries.size()) - 1);
                m_entries += page.entries;
                endInsertRows();
            }
            m_more = page.more && page.error.isEmpty();
            m_loading = false;
            m_loaded = true;
            if (before != rowCount())
                emit countChanged();
            emit loadingChanged();
        });
}

int RequestListModel::indexOf(bool refused, qint64 requestId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).refused == refused && m_entries.at(i).id == requestId)
            return int(i);
    }
    return -1;
}

QVariantMap RequestListModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= rowCount())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}
