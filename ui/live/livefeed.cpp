#include "livefeed.h"

#include "app/format.h"
#include "endpoints/endpointlistmodel.h"
#include "money/currency.h"
#include "storage/backgrounddatabase.h"
#include "time/timestamps.h"

#include <QSet>
#include <QSqlQuery>

namespace {

qint64 minuteOf(const QDateTime &t)
{
    return t.toSecsSinceEpoch() / 60;
}

QString amountText(const DonationRecord &r)
{
    return r.amountUnits ? formatUnits(*r.amountUnits, Currency::scale(r.currency)) : QString();
}

struct History
{
    QList<int> perMinute;
    qint64 binMinute = 0;
    int donationsToday = 0;
    int requestsToday = 0;
    int refusedToday = 0;
    QList<LiveFeed::Item> recent;
};

} // namespace

LiveFeed::LiveFeed(QObject *parent)
    : QAbstractListModel(parent)
    , m_today(QDate::currentDate())
{
    m_bins = QList<int>(Minutes, 0);
    m_binMinute = minuteOf(QDateTime::currentDateTimeUtc());
    // Advance the sparkline at each minute boundary, whether or not anything arrives.
    m_minuteTimer.setSingleShot(true);
    connect(&m_minuteTimer, &QTimer::timeout, this, &LiveFeed::rollMinutes);
    m_minuteTimer.start(int(60000 - QDateTime::currentMSecsSinceEpoch() % 60000) + 5);
}

int LiveFeed::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant LiveFeed::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &i = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return i.title;
    case KindRole:
        return i.kind;
    case AtRole:
        return i.at.toLocalTime();
    case DetailRole:
        return i.detail;
    case EndpointIdRole:
        return i.endpointId;
    case EndpointNameRole:
        return i.endpointName;
    case AmountRole:
        return i.amount;
    case CurrencyRole:
        return i.currency;
    case StatusRole:
        return i.status;
    case RecordStateRole:
        return i.recordState;
    case HttpStatusRole:
        return i.httpStatus;
    case DonationIdRole:
        return i.donationId;
    case InboxIdRole:
        return i.inboxId;
    case CreatedRole:
        return i.created;
    default:
        return {};
    }
}

QHash<int, QByteArray> LiveFeed::roleNames() const
{
    return {{KindRole, "kind"}, {AtRole, "at"}, {TitleRole, "title"}, {DetailRole, "detail"},
        {EndpointIdRole, "endpointId"}, {EndpointNameRole, "endpointName"}, {AmountRole, "amount"},
        {CurrencyRole, "currency"}, {StatusRole, "status"}, {RecordStateRole, "recordState"},
        {HttpStatusRole, "httpStatus"}, {DonationIdRole, "donationId"}, {InboxIdRole, "inboxId"},
        {CreatedRole, "created"}};
}

QVariantMap LiveFeed::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= rowCount())
        return out;
    const auto names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

void LiveFeed::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused && !m_held.isEmpty()) {
        const QList<Item> held = std::exchange(m_held, {});
        insert(held);
        emit heldCountChanged();
    }
    emit pausedChanged();
}

QVariantList LiveFeed::perMinute() const
{
    QVariantList out;
    out.reserve(m_bins.size());
    for (int n : m_bins)
        out << n;
    return out;
}

int LiveFeed::maxPerMinute() const
{
    int m = 0;
    for (int n : m_bins)
        m = qMax(m, n);
    return m;
}

void LiveFeed::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
    emit countChanged();
    if (!m_held.isEmpty()) {
        m_held.clear();
        emit heldCountChanged();
    }
}

QString LiveFeed::endpointName(qint64 id, const QString &known) const
{
    if (!known.isEmpty())
        return known;
    return m_endpoints ? m_endpoints->nameOf(id) : QString();
}

void LiveFeed::add(const QList<Item> &items)
{
    if (items.isEmpty())
        return;
    const QDate today = QDate::currentDate();
    if (today != m_today) {
        m_today = today;
        m_donationsToday = m_requestsToday = m_refusedToday = 0;
        emit todayChanged();
    }
    if (m_paused) {
        m_held += items;
        emit heldCountChanged();
        return;
    }
    insert(items);
}

void LiveFeed::insert(const QList<Item> &items)
{
    // Newest first: the last of `items` arrived last and goes on top.
    beginInsertRows({}, 0, int(items.size()) - 1);
    for (const Item &i : items)
        m_items.prepend(i);
    endInsertRows();
    if (m_items.size() > Capacity) {
        beginRemoveRows({}, Capacity, int(m_items.size()) - 1);
        m_items.resize(Capacity);
        endRemoveRows();
    }
    emit countChanged();
}

void LiveFeed::rollMinutes()
{
    const qint64 now = minuteOf(QDateTime::currentDateTimeUtc());
    const qint64 shift = qMin<qint64>(now - m_binMinute, Minutes);
    if (shift > 0) {
        m_bins.remove(0, shift);
        m_bins += QList<int>(shift, 0);
        m_binMinute = now;
        emit perMinuteChanged();
    }
    m_minuteTimer.start(int(60000 - QDateTime::currentMSecsSinceEpoch() % 60000) + 5);
}

void LiveFeed::countArrival(const QDateTime &at)
{
    if (minuteOf(at) > m_binMinute)
        rollMinutes();
    const qint64 age = m_binMinute - minuteOf(at);
    if (age >= 0 && age < Minutes) {
        ++m_bins[int(Minutes - 1 - age)];
        emit perMinuteChanged();
    }
}

void LiveFeed::addDonationChanges(const QList<DonationChange> &changes)
{
    QList<Item> items;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DonationChange &c : changes) {
        const DonationRecord &r = c.record;
        Item i;
        i.kind = QStringLiteral("donation");
        i.at = now;
        i.created = c.created;
        const QString who = r.donorName.isEmpty() ? (r.donorEmail.isEmpty() ? tr("an anonymous donor") : r.donorEmail) : r.donorName;
        if (r.kind == u"schedule")
            i.title = c.created ? tr("New schedule from %1").arg(who) : tr("Schedule of %1 is now %2").arg(who, Format::statusLabel(c.status));
        else if (r.kind == u"pledge")
            i.title = c.created ? tr("New pledge from %1").arg(who) : tr("Pledge of %1 is now %2").arg(who, Format::statusLabel(c.status));
        else
            i.title = c.created ? tr("New donation from %1").arg(who) : tr("Donation of %1 is now %2").arg(who, Format::statusLabel(c.status));
        i.detail = r.campaign.isEmpty() ? r.externalId : r.campaign + QStringLiteral(" · ") + r.externalId;
        i.endpointId = c.endpointId;
        i.endpointName = endpointName(c.endpointId, c.endpointName);
        i.amount = amountText(r);
        i.currency = r.currency;
        i.status = c.status;
        i.recordState = Record::toString(r.recordStateAsOf(now));
        i.donationId = c.donationId;
        i.inboxId = c.inboxId;
        items << i;
        if (c.created) {
            ++m_donationsToday;
            emit donationReceived(i.title, i.amount.isEmpty() ? i.detail : i.amount + u' ' + i.currency);
        }
    }
    emit todayChanged();
    add(items);
}

void LiveFeed::addStoredRequests(const QList<StoredRequest> &requests)
{
    QList<Item> items;
    for (const StoredRequest &r : requests) {
        Item i;
        i.kind = QStringLiteral("request");
        i.at = r.receivedAt;
        i.httpStatus = 200;
        i.endpointId = r.endpointId;
        i.endpointName = endpointName(r.endpointId);
        i.title = tr("%1 %2 stored as request #%3").arg(QString::fromLatin1(r.method), QString::fromUtf8(r.target)).arg(r.inboxId);
        i.detail = tr("from %1, %n byte(s)", nullptr, int(r.bodySize)).arg(r.peer);
        i.inboxId = r.inboxId;
        items << i;
        ++m_requestsToday;
        countArrival(r.receivedAt);
        if (m_endpoints)
            m_endpoints->noteRequest(r.endpointId, r.receivedAt);
    }
    emit todayChanged();
    add(items);
}

void LiveFeed::addRefusal(const RefusalItem &refusal)
{
    Item i;
    i.kind = QStringLiteral("refused");
    i.at = refusal.request.receivedAt.isValid() ? refusal.request.receivedAt : QDateTime::currentDateTimeUtc();
    i.httpStatus = refusal.httpStatus;
    i.endpointId = refusal.endpointId;
    i.endpointName = endpointName(refusal.endpointId);
    i.title = tr("Refused %1 %2 %3 (%4)")
                  .arg(refusal.httpStatus)
                  .arg(QString::fromLatin1(refusal.request.method), QString::fromUtf8(refusal.request.target), refusal.category);
    i.detail = refusal.reason;
    ++m_refusedToday;
    emit todayChanged();
    if (m_endpoints && refusal.endpointId)
        m_endpoints->noteError(refusal.endpointId, refusal.reason, i.at);
    add({i});
}

void LiveFeed::forgetDonors(const QList<qint64> &donationIds)
{
    const QSet<qint64> ids(donationIds.cbegin(), donationIds.cend());
    auto forget = [&ids](Item &i) {
        if (i.kind != u"donation" || !ids.contains(i.donationId))
            return false;
        i.title = tr("Donation from a donor whose data was erased (%1)").arg(Format::statusLabel(i.status));
        return true;
    };
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (forget(m_items[row]))
            emit dataChanged(index(int(row)), index(int(row)), {TitleRole});
    }
    for (Item &i : m_held)
        forget(i);
}

void LiveFeed::addProcessedRows(const QList<ProcessedRow> &rows)
{
    QList<Item> items;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ProcessedRow &r : rows) {
        if (r.state != u"dead")
            continue;
        Item i;
        i.kind = QStringLiteral("dead");
        i.at = now;
        i.endpointId = r.endpointId;
        i.endpointName = endpointName(r.endpointId);
        i.title = tr("Request #%1 could not be read into a donation").arg(r.inboxId);
        i.detail = r.error;
        i.inboxId = r.inboxId;
        items << i;
        if (m_endpoints)
            m_endpoints->noteError(r.endpointId, r.error, now);
    }
    add(items);
}

void LiveFeed::loadHistory(BackgroundDatabase *database)
{
    if (!database)
        return;
    database->read<History>(this, [](QSqlDatabase &db) {
        History h;
        if (!db.isValid())
            return h;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        h.binMinute = minuteOf(now);
        h.perMinute = QList<int>(Minutes, 0);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT received_at / 60000, count(*) FROM inbox WHERE received_at >= ? GROUP BY 1"));
        q.addBindValue((h.binMinute - Minutes + 1) * 60000);
        if (q.exec()) {
            while (q.next()) {
                const qint64 age = h.binMinute - q.value(0).toLongLong();
                if (age >= 0 && age < Minutes)
                    h.perMinute[int(Minutes - 1 - age)] = q.value(1).toInt();
            }
        }
        const qint64 midnight = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
        auto count = [&](const QString &sql) {
            QSqlQuery c(db);
            c.prepare(sql);
            c.addBindValue(midnight);
            return c.exec() && c.next() ? c.value(0).toInt() : 0;
        };
        h.donationsToday = count(QStringLiteral("SELECT count(*) FROM donations WHERE created_at >= ? AND is_test = 0"));
        h.requestsToday = count(QStringLiteral("SELECT count(*) FROM inbox WHERE received_at >= ?"));
        h.refusedToday = count(QStringLiteral("SELECT count(*) + coalesce(sum(suppressed_before), 0) FROM request_log WHERE received_at >= ?"));
        // The latest donations, so the feed starts with context rather than empty.
        q.prepare(QStringLiteral(
            "SELECT d.id, d.endpoint_id, e.name, d.kind, d.status, d.currency, d.amount_units, "
            "d.donor_name, d.donor_email, d.campaign, d.external_id, d.updated_at, d.created_at, "
            "%1 FROM donations d JOIN endpoints e ON e.id = d.endpoint_id WHERE d.is_test = 0 "
            "ORDER BY d.updated_at DESC, d.id DESC LIMIT 50")
                      .arg(QStringLiteral("dd_record_state(d.status, d.donated_at, d.record_date, d.paid_at, d.reversed_at, ?)")));
        q.addBindValue(now.toMSecsSinceEpoch());
        if (q.exec()) {
            while (q.next()) {
                LiveFeed::Item i;
                i.kind = QStringLiteral("donation");
                i.donationId = q.value(0).toLongLong();
                i.endpointId = q.value(1).toLongLong();
                i.endpointName = q.value(2).toString();
                i.status = q.value(4).toString();
                i.currency = q.value(5).toString();
                if (const auto units = unitsFromSql(q.value(6)))
                    i.amount = formatUnits(*units, Currency::scale(i.currency));
                const QString who = !q.value(7).toString().isEmpty() ? q.value(7).toString()
                                  : !q.value(8).toString().isEmpty() ? q.value(8).toString()
                                                                     : LiveFeed::tr("an anonymous donor");
                i.title = LiveFeed::tr("Donation from %1 (%2)").arg(who, Format::statusLabel(i.status));
                const QString campaign = q.value(9).toString();
                i.detail = campaign.isEmpty() ? q.value(10).toString() : campaign + QStringLiteral(" · ") + q.value(10).toString();
                i.at = Timestamps::fromMs(q.value(11).toLongLong());
                i.created = q.value(11) == q.value(12);
                i.recordState = q.value(13).toString();
                h.recent.prepend(i); // oldest first, as if they had arrived in order
            }
        }
        return h;
    }, [this](History h) {
        if (!h.perMinute.isEmpty()) {
            // Live arrivals counted meanwhile stay counted.
            for (int k = 0; k < Minutes; ++k)
                m_bins[k] = qMax(m_bins[k], h.perMinute[k]);
            emit perMinuteChanged();
        }
        m_donationsToday = qMax(m_donationsToday, h.donationsToday);
        m_requestsToday = qMax(m_requestsToday, h.requestsToday);
        m_refusedToday = qMax(m_refusedToday, h.refusedToday);
        emit todayChanged();
        if (!h.recent.isEmpty()) {
            // Older than anything that arrived live: below it.
            const int first = rowCount();
            beginInsertRows({}, first, first + int(h.recent.size()) - 1);
            for (auto it = h.recent.crbegin(); it != h.recent.crend(); ++it)
                m_items.append(*it);
            endInsertRows();
            emit countChanged();
        }
    });
}
