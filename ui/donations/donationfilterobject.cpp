#include "donationfilterobject.h"

#include "app/format.h"

#include <QLocale>

QStringList DonationFilterObject::ranges()
{
    return {QStringLiteral("all"), QStringLiteral("today"), QStringLiteral("last7"),
        QStringLiteral("thisMonth"), QStringLiteral("lastMonth"), QStringLiteral("custom")};
}

DonationFilterObject::DonationFilterObject(QObject *parent)
    : QObject(parent)
{
}

template<typename T>
void DonationFilterObject::assign(T &field, const T &value)
{
    if (field == value)
        return;
    field = value;
    emit changed();
}

QVariantList DonationFilterObject::endpointIds() const
{
    QVariantList out;
    for (qint64 id : m_endpointIds)
        out << id;
    return out;
}

void DonationFilterObject::setEndpointIds(const QVariantList &ids)
{
    QList<qint64> v;
    for (const QVariant &id : ids)
        v << id.toLongLong();
    assign(m_endpointIds, v);
}

void DonationFilterObject::setProviders(const QStringList &v) { assign(m_providers, v); }
void DonationFilterObject::setStatuses(const QStringList &v) { assign(m_statuses, v); }
void DonationFilterObject::setRecordStates(const QStringList &v) { assign(m_recordStates, v); }
void DonationFilterObject::setCurrencies(const QStringList &v) { assign(m_currencies, v); }
void DonationFilterObject::setKinds(const QStringList &v) { assign(m_kinds, v); }
void DonationFilterObject::setFromDate(const QDate &d) { assign(m_from, d); }
void DonationFilterObject::setToDate(const QDate &d) { assign(m_to, d); }
void DonationFilterObject::setSearch(const QString &v) { assign(m_search, v); }
void DonationFilterObject::setIncludeTests(bool v) { assign(m_includeTests, v); }

bool DonationFilterObject::isDateText(const QString &text)
{
    return text.trimmed().isEmpty() || QDate::fromString(text.trimmed(), Qt::ISODate).isValid();
}

void DonationFilterObject::setFromDateText(const QString &text)
{
    if (isDateText(text))
        setFromDate(QDate::fromString(text.trimmed(), Qt::ISODate));
}

void DonationFilterObject::setToDateText(const QString &text)
{
    if (isDateText(text))
        setToDate(QDate::fromString(text.trimmed(), Qt::ISODate));
}

void DonationFilterObject::setRange(const QString &v)
{
    assign(m_range, ranges().contains(v) ? v : QStringLiteral("all"));
}

bool DonationFilterObject::isActive() const
{
    return !m_endpointIds.isEmpty() || !m_providers.isEmpty() || !m_statuses.isEmpty()
        || !m_recordStates.isEmpty() || !m_currencies.isEmpty() || !m_kinds.isEmpty()
        || m_range != u"all" || !m_search.trimmed().isEmpty() || m_includeTests;
}

std::pair<QDateTime, QDateTime> DonationFilterObject::interval(const QDate &today) const
{
    auto start = [](const QDate &d) { return QDateTime(d, QTime(0, 0)); };
    if (m_range == u"today")
        return {start(today), start(today.addDays(1))};
    if (m_range == u"last7")
        return {start(today.addDays(-6)), start(today.addDays(1))};
    if (m_range == u"thisMonth") {
        const QDate first(today.year(), today.month(), 1);
        return {start(first), start(first.addMonths(1))};
    }
    if (m_range == u"lastMonth") {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {start(first), start(first.addMonths(1))};
    }
    if (m_range == u"custom") {
        return {m_from.isValid() ? start(m_from) : QDateTime(),
            m_to.isValid() ? start(m_to.addDays(1)) : QDateTime()};
    }
    return {};
}

DonationFilter DonationFilterObject::filter(const QDate &today) const
{
    DonationFilter f;
    f.endpointIds = m_endpointIds;
    f.providers = m_providers;
    for (const QString &s : m_statuses) {
        if (const auto status = Status::fromString(s))
            f.statuses << *status;
    }
    for (const QString &s : m_recordStates) {
        if (const auto state = Record::fromString(s))
            f.recordStates << *state;
    }
    f.currencies = m_currencies;
    f.kinds = m_kinds;
    const auto [from, to] = interval(today);
    f.fromTime = from.toUTC();
    f.toTime = to.toUTC();
    f.search = m_search;
    f.includeTests = m_includeTests;
    return f;
}

QString DonationFilterObject::description() const
{
    QStringList parts;
    const auto [from, to] = interval();
    const QLocale locale;
    if (m_range == u"today")
        parts << tr("today");
    else if (m_range == u"last7")
        parts << tr("last 7 days");
    else if (m_range == u"thisMonth")
        parts << tr("this month");
    else if (m_range == u"lastMonth")
        parts << tr("last month");
    else if (m_range == u"custom" && (from.isValid() || to.isValid()))
        parts << tr("%1 to %2")
                     .arg(from.isValid() ? locale.toString(from.date(), QLocale::ShortFormat) : tr("the start"),
                         to.isValid() ? locale.toString(to.date().addDays(-1), QLocale::ShortFormat) : tr("now"));
    if (!m_endpointIds.isEmpty())
        parts << tr("%n endpoint(s)", nullptr, int(m_endpointIds.size()));
    if (!m_providers.isEmpty())
        parts << m_providers.join(QStringLiteral(", "));
    if (!m_statuses.isEmpty()) {
        QStringList labels;
        for (const QString &s : m_statuses)
            labels << Format::statusLabel(s);
        parts << labels.join(QStringLiteral(", "));
    }
    if (!m_recordStates.isEmpty()) {
        QStringList labels;
        for (const QString &s : m_recordStates)
            labels << Format::recordStateLabel(s);
        parts << labels.join(QStringLiteral(", "));
    }
    if (!m_currencies.isEmpty())
        parts << m_currencies.join(QStringLiteral(", "));
    if (!m_kinds.isEmpty())
        parts << m_kinds.join(QStringLiteral(", "));
    if (!m_search.trimmed().isEmpty())
        parts << tr("matching \"%1\"").arg(m_search.trimmed());
    if (m_includeTests)
        parts << tr("with test events");
    return parts.isEmpty() ? tr("all donations") : parts.join(QStringLiteral("; "));
}

void DonationFilterObject::clear()
{
    fromMap({});
}

QVariantMap DonationFilterObject::toMap() const
{
    return {{QStringLiteral("endpointIds"), endpointIds()},
        {QStringLiteral("providers"), m_providers},
        {QStringLiteral("statuses"), m_statuses},
        {QStringLiteral("recordStates"), m_recordStates},
        {QStringLiteral("currencies"), m_currencies},
        {QStringLiteral("kinds"), m_kinds},
        {QStringLiteral("range"), m_range},
        {QStringLiteral("from"), m_from.toString(Qt::ISODate)},
        {QStringLiteral("to"), m_to.toString(Qt::ISODate)},
        {QStringLiteral("search"), m_search},
        {QStringLiteral("includeTests"), m_includeTests}};
}

void DonationFilterObject::fromMap(const QVariantMap &map)
{
    QSignalBlocker blocker(this);
    setEndpointIds(map.value(QStringLiteral("endpointIds")).toList());
    setProviders(map.value(QStringLiteral("providers")).toStringList());
    setStatuses(map.value(QStringLiteral("statuses")).toStringList());
    setRecordStates(map.value(QStringLiteral("recordStates")).toStringList());
    setCurrencies(map.value(QStringLiteral("currencies")).toStringList());
    setKinds(map.value(QStringLiteral("kinds")).toStringList());
    setRange(map.value(QStringLiteral("range"), QStringLiteral("all")).toString());
    setFromDate(QDate::fromString(map.value(QStringLiteral("from")).toString(), Qt::ISODate));
    setToDate(QDate::fromString(map.value(QStringLiteral("to")).toString(), Qt::ISODate));
    setSearch(map.value(QStringLiteral("search")).toString());
    setIncludeTests(map.value(QStringLiteral("includeTests")).toBool());
    blocker.unblock();
    emit changed();
}

void DonationFilterObject::copyFrom(DonationFilterObject *other)
{
    if (other && other != this)
        fromMap(other->toMap());
}
