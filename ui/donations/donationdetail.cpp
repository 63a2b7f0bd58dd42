#include "donationdetail.h"

#include "app/appcontroller.h"
#include "app/format.h"
#include "domain/donationrecord.h"
#include "domain/recordpolicy.h"
#include "money/currency.h"
#include "providers/provideradapter.h"
#include "storage/backgrounddatabase.h"
#include "time/timestamps.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

#include <algorithm>

namespace RequestText {

namespace {

bool isUtf8(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

// Control characters other than line breaks and tabs would garble the panel (or hide text).
QString withoutControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r')
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (u == 0x7f)
            out += QStringLiteral("\\x7f");
        else
            out += c;
    }
    return out;
}

} // namespace

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Json:
        return QStringLiteral("json");
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Binary:
        return QStringLiteral("binary");
    case Kind::Empty:
        break;
    }
    return QStringLiteral("empty");
}

QString escapeBytes(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == '\n' || b == '\t' || (b >= 0x20 && b < 0x7f && b != '\\'))
            out += QLatin1Char(char(b));
        else if (b == '\\')
            out += QStringLiteral("\\\\");
        else
            out += QStringLiteral("\\x%1").arg(int(b), 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString indentJson(QStringView json)
{
    QString out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    auto newline = [&] {
        out += u'\n';
        out += QString(depth * 4, u' ');
    };
    auto nextToken = [&](qsizetype from) {
        while (from < json.size() && json.at(from).isSpace())
            ++from;
        return from;
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            const QChar close = c == u'{' ? u'}' : u']';
            const qsizetype next = nextToken(i + 1);
            out += c;
            if (next < json.size() && json.at(next) == close) {
                out += close; // {} and [] stay on one line
                i = next;
            } else {
                ++depth;
                newline();
            }
            break;
        }
        case u'}':
        case u']':
            --depth;
            newline();
            out += c;
            break;
        case u',':
            out += c;
            newline();
            break;
        case u':':
            out += QStringLiteral(": ");
            break;
        case u' ':
        case u'\t':
        case u'\n':
        case u'\r':
            break; // whitespace between tokens is replaced by our own
        default:
            out += c; // numbers, true, false, null: exactly as sent
        }
    }
    return out;
}

Shown body(const QByteArray &bytes, qsizetype displayLimit)
{
    Shown shown;
    if (bytes.isEmpty())
        return shown;
    QString text;
    if (!isUtf8(bytes, &text)) {
        shown.kind = Kind::Binary;
        shown.exact = escapeBytes(bytes);
        shown.text = shown.exact;
    } else {
        shown.exact = text;
        QJsonParseError parseError;
        QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            shown.kind = Kind::Json;
            shown.text = withoutControls(indentJson(text));
        } else {
            shown.kind = Kind::Text;
            shown.text = withoutControls(text);
        }
    }
    if (shown.text.size() > displayLimit) {
        shown.text.truncate(displayLimit);
        shown.truncated = true;
    }
    return shown;
}

QString headers(const QByteArray &bytes)
{
    QString text;
    if (!isUtf8(bytes, &text)) {
        QStringList lines;
        for (const QByteArray &line : bytes.split('\n'))
            lines << escapeBytes(line.endsWith('\r') ? line.chopped(1) : line);
        text = lines.join(u'\n');
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (text.endsWith(u'\n'))
        text.chop(1);
    return withoutControls(text);
}

} // namespace RequestText

namespace {

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : Timestamps::fromMs(v.toLongLong()).toLocalTime();
}

QString providerName(const QString &id)
{
    const ProviderAdapter *adapter = Providers::find(id);
    return adapter ? adapter->displayName() : id;
}

DonationDetail::Loaded loadDonation(QSqlDatabase &db, qint64 id)
{
    DonationDetail::Loaded out;
    if (!db.isValid() || !db.isOpen()) {
        out.error = DonationDetail::tr("the database cannot be read");
        return out;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT d.id, d.endpoint_id, e.name, d.provider, d.kind, d.external_id, d.status, "
        "d.provider_status, d.currency, d.amount_units, d.amount_text, d.refunded_units, "
        "d.donor_name, d.donor_email, d.campaign, d.recurring, d.parent_id, d.donated_at, "
        "d.record_rule, d.record_date, d.paid_at, d.reversed_at, d.status_at, d.details, "
        "d.is_test, d.created_at, d.updated_at, p.external_id, p.kind "
        "FROM donations d JOIN endpoints e ON e.id = d.endpoint_id "
        "LEFT JOIN donations p ON p.id = d.parent_id WHERE d.id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        out.error = q.lastError().text();
        return out;
    }
    if (!q.next())
        return out; // not (or no longer) there
    out.found = true;
    QVariantMap &m = out.donation;
    const QString currency = q.value(8).toString();
    const int scale = Currency::scale(currency);
    const auto amount = unitsFromSql(q.value(9));
    const Int128 refunded = unitsFromSql(q.value(11)).value_or(0);
    const QString status = q.value(6).toString();
    m.insert(QStringLiteral("id"), q.value(0).toLongLong());
    m.insert(QStringLiteral("endpointId"), q.value(1).toLongLong());
    m.insert(QStringLiteral("endpointName"), q.value(2).toString());
    m.insert(QStringLiteral("provider"), q.value(3).toString());
    m.insert(QStringLiteral("providerName"), providerName(q.value(3).toString()));
    m.insert(QStringLiteral("kind"), q.value(4).toString());
    m.insert(QStringLiteral("externalId"), q.value(5).toString());
    m.insert(QStringLiteral("status"), status);
    m.insert(QStringLiteral("providerStatus"), q.value(7).toString());
    m.insert(QStringLiteral("currency"), currency);
    m.insert(QStringLiteral("amount"), amount ? formatUnits(*amount, scale) : QString());
    m.insert(QStringLiteral("amountText"), q.value(10).toString());
    m.insert(
        QStringLiteral("refunded"), currency.isEmpty() ? QString() : formatUnits(refunded, scale));
    m.insert(QStringLiteral("donorName"), q.value(12).toString());
    m.insert(QStringLiteral("donorEmail"), q.value(13).toString());
    m.insert(QStringLiteral("campaign"), q.value(14).toString());
    m.insert(QStringLiteral("recurring"), q.value(15).toBool());
    m.insert(
        QStringLiteral("parentId"), q.value(16).isNull() ? qint64(0) : q.value(16).toLongLong());
    m.insert(QStringLiteral("parentExternalId"), q.value(27).toString());
    m.insert(QStringLiteral("parentKind"), q.value(28).toString());
    const QDateTime donatedAt = timeOf(q.value(17));
    const QDateTime recordDate = timeOf(q.value(19));
    const QDateTime paidAt = timeOf(q.value(20));
    const QDateTime reversedAt = timeOf(q.value(21));
    m.insert(QStringLiteral("donatedAt"), donatedAt);
    m.insert(QStringLiteral("recordRule"), q.value(18).toString());
    m.insert(QStringLiteral("recordDate"), recordDate);
    m.insert(QStringLiteral("paidAt"), paidAt);
    m.insert(QStringLiteral("reversedAt"), reversedAt);
    m.insert(QStringLiteral("statusAt"), timeOf(q.value(22)));
    const QByteArray details = q.value(23).toByteArray();
    m.insert(QStringLiteral("details"),
        details.isEmpty() || details == "{}" ? QString() : RequestText::body(details).text);
    m.insert(QStringLiteral("isTest"), q.value(24).toBool());
    m.insert(QStringLiteral("createdAt"), timeOf(q.value(25)));
    m.insert(QStringLiteral("updatedAt"), timeOf(q.value(26)));
    const Record::Facts facts {Status::fromString(status).value_or(DonationStatus::Unknown),
        donatedAt, recordDate, paidAt, reversedAt};
    m.insert(QStringLiteral("recordState"),
        Record::toString(Record::stateAsOf(facts, QDateTime::currentDateTimeUtc())));

    QSqlQuery ev(db);
    ev.setForwardOnly(true);
    ev.prepare(QStringLiteral(
        "SELECT ev.id, ev.inbox_id, ev.event, ev.status_before, ev.status_after, "
        "ev.provider_status, ev.duplicate, ev.applied_at, ev.note, ev.dedupe_key, i.received_at, "
        "i.peer, i.method, i.target, i.state, i.error "
        "FROM donation_events ev JOIN inbox i ON i.id = ev.inbox_id "
        "WHERE ev.donation_id = ? ORDER BY ev.id"));
    ev.addBindValue(id);
    if (!ev.exec()) {
        out.error = ev.lastError().text();
        return out;
    }
    while (ev.next()) {
        out.events << QVariantMap {
            {QStringLiteral("eventId"), ev.value(0).toLongLong()},
            {QStringLiteral("inboxId"), ev.value(1).toLongLong()},
            {QStringLiteral("event"), ev.value(2).toString()},
            {QStringLiteral("statusBefore"), ev.value(3).toString()},
            {QStringLiteral("statusAfter"), ev.value(4).toString()},
            {QStringLiteral("providerStatus"), ev.value(5).toString()},
            {QStringLiteral("duplicate"), ev.value(6).toBool()},
            {QStringLiteral("appliedAt"), timeOf(ev.value(7))},
            {QStringLiteral("note"), ev.value(8).toString()},
            {QStringLiteral("dedupeKey"), ev.value(9).toString()},
            {QStringLiteral("receivedAt"), timeOf(ev.value(10))},
            {QStringLiteral("peer"), ev.value(11).toString()},
            {QStringLiteral("method"), ev.value(12).toString()},
            {QStringLiteral("target"), ev.value(13).toString()},
            {QStringLiteral("requestState"), ev.value(14).toString()},
            {QStringLiteral("requestError"), ev.value(15).toString()},
        };
    }
    return out;
}

DonationDetail::Request loadRequest(QSqlDatabase &db, qint64 inboxId)
{
    DonationDetail::Request out;
    if (!db.isValid() || !db.isOpen()) {
        out.error = DonationDetail::tr("the database cannot be read");
        return out;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, received_at, peer, method, target, headers, body, state, "
                             "error, erased_at, ifnull(erased_why, '') FROM inbox WHERE id = ?"));
    q.addBindValue(inboxId);
    if (!q.exec()) {
        out.error = q.lastError().text();
        return out;
    }
    if (!q.next())
        return out;
    const QByteArray body = q.value(6).toByteArray();
    const RequestText::Shown shown = RequestText::body(body);
    out.request = QVariantMap {
        {QStringLiteral("inboxId"), q.value(0).toLongLong()},
        {QStringLiteral("receivedAt"), timeOf(q.value(1))},
        {QStringLiteral("peer"), q.value(2).toString()},
        {QStringLiteral("method"), q.value(3).toString()},
        {QStringLiteral("target"), q.value(4).toString()},
        {QStringLiteral("headers"), RequestText::headers(q.value(5).toByteArray())},
        {QStringLiteral("body"), shown.text},
        {QStringLiteral("bodyExact"), shown.exact},
        {QStringLiteral("bodyKind"), RequestText::kindName(shown.kind)},
        {QStringLiteral("bodySize"), qint64(body.size())},
        {QStringLiteral("truncated"), shown.truncated},
        {QStringLiteral("state"), q.value(7).toString()},
        {QStringLiteral("error"), q.value(8).toString()},
        // Its raw bytes were erased (retention, a donor's request): when, and why.
        {QStringLiteral("erased"), !q.value(9).isNull()},
        {QStringLiteral("erasedAt"), timeOf(q.value(9))},
        {QStringLiteral("erasedWhy"), q.value(10).toString()},
    };
    return out;
}

QString recordRuleText(const QString &rule)
{
    const auto policy = RecordPolicy::fromRule(rule);
    if (!policy)
        return rule;
    switch (policy->kind) {
    case RecordPolicy::Kind::Delay:
        return DonationDetail::tr("%n day(s) after the donation", nullptr, policy->days);
    case RecordPolicy::Kind::ReportDelay:
        return DonationDetail::tr(
            "%n day(s) after the donation (set by the donation)", nullptr, policy->days);
    case RecordPolicy::Kind::FixedDate:
        return DonationDetail::tr("fixed date %1")
            .arg(QLocale().toString(policy->fixedDate, QLocale::ShortFormat));
    }
    return rule;
}

} // namespace

DonationDetail::DonationDetail(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    if (AppController *app = AppController::instance()) {
        connect(app, &AppController::databaseChanged, this, [this] {
            if (!m_database)
                reload();
        });
    }
}

DonationDetail::~DonationDetail()
{
    m_latest->store(0);
}

void DonationDetail::setDatabase(BackgroundDatabase *database)
{
    if (m_database == database)
        return;
    m_database = database;
    reload();
}

BackgroundDatabase *DonationDetail::database() const
{
    return AppController::databaseOr(m_database);
}

void DonationDetail::setDonationId(qint64 id)
{
    if (m_donationId == id)
        return;
    m_donationId = id;
    emit donationIdChanged();
    // Nothing of the previous donation may show as this one's while it loads.
    m_found = false;
    m_error.clear();
    m_donation.clear();
    m_fields.clear();
    m_events.clear();
    m_selectedEvent = -1;
    m_request.clear();
    m_requestInboxId = 0;
    ++m_requestGeneration;
    emit loaded();
    emit selectedEventChanged();
    emit requestChanged();
    reload();
}

void DonationDetail::setDataRevision(int revision)
{
    if (m_dataRevision == revision)
        return;
    m_dataRevision = revision;
    emit dataRevisionChanged();
    if (m_donationId > 0)
        reload();
}

void DonationDetail::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void DonationDetail::reload()
{
    ++m_generation;
    m_latest->store(m_generation);
    BackgroundDatabase *db = database();
    if (m_donationId <= 0 || !db) {
        setLoading(false);
        return;
    }
    setLoading(true);
    const quint64 generation = m_generation;
    const qint64 id = m_donationId;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    // The same donation read again (new data): the event chosen stays chosen.
    const bool keepSelection = m_found && m_donation.value(QStringLiteral("id")).toLongLong() == id;
    db->read<Loaded>(
        this,
        [id, generation, latest](QSqlDatabase &db) {
            if (latest->load() != generation)
                return Loaded {};
            return loadDonation(db, id);
        },
        [this, generation, keepSelection](Loaded result) {
            if (generation != m_generation)
                return;
            setLoading(false);
            apply(result, keepSelection);
        });
}

void DonationDetail::apply(const Loaded &result, bool keepSelection)
{
    m_found = result.found;
    m_error = result.error;
    m_donation = result.donation;
    m_events = result.events;
    buildFields();
    emit loaded();
    int selected = keepSelection ? m_selectedEvent : -1;
    if (selected < 0 || selected >= m_events.size())
        selected = int(m_events.size()) - 1;
    if (selected != m_selectedEvent) {
        m_selectedEvent = selected;
        emit selectedEventChanged();
    }
    loadRequest();
}

void DonationDetail::setSelectedEvent(int index)
{
    if (index < -1 || index >= m_events.size() || index == m_selectedEvent)
        return;
    m_selectedEvent = index;
    emit selectedEventChanged();
    loadRequest();
}

void DonationDetail::loadRequest()
{
    const qint64 inboxId = m_selectedEvent >= 0
        ? m_events.at(m_selectedEvent).toMap().value(QStringLiteral("inboxId")).toLongLong()
        : 0;
    if (inboxId == m_requestInboxId && !m_request.isEmpty())
        return; // requests are stored once and never change
    m_requestInboxId = inboxId;
    const quint64 generation = ++m_requestGeneration;
    m_request.clear();
    BackgroundDatabase *db = database();
    m_requestLoading = inboxId > 0 && db;
    emit requestChanged();
    if (!m_requestLoading)
        return;
    db->read<Request>(
        this, [inboxId](QSqlDatabase &db) { return ::loadRequest(db, inboxId); },
        [this, generation](Request result) {
            if (generation != m_requestGeneration)
                return;
            m_requestLoading = false;
            m_request = result.request;
            if (!result.error.isEmpty())
                m_request.insert(QStringLiteral("loadError"), result.error);
            emit requestChanged();
        });
}

void DonationDetail::buildFields()
{
    m_fields.clear();
    if (!m_found)
        return;
    const QVariantMap &d = m_donation;
    auto text = [&](const char *key) {
        return d.value(QLatin1String(key)).toString();
    };
    auto time = [&](const char *key) {
        return Format::dateTime(d.value(QLatin1String(key)).toDateTime());
    };
    auto add = [this](const QString &key, const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_fields << QVariantMap {{QStringLiteral("key"), key}, {QStringLiteral("label"), label},
                {QStringLiteral("value"), value}};
    };
    const QString currency = text("currency");
    add(QStringLiteral("id"), tr("Donation id"), text("id"));
    add(QStringLiteral("externalId"), tr("Provider's id"), text("externalId"));
    add(QStringLiteral("endpointName"), tr("Endpoint"), text("endpointName"));
    add(QStringLiteral("providerName"), tr("Provider"), text("providerName"));
    add(QStringLiteral("kind"), tr("Kind"), text("kind"));
    add(QStringLiteral("status"), tr("Status"), Format::statusLabel(text("status")));
    add(QStringLiteral("providerStatus"), tr("Provider's status"), text("providerStatus"));
    add(QStringLiteral("amount"), tr("Amount"), Format::money(text("amount"), currency));
    add(QStringLiteral("amountText"), tr("Amount as sent"), text("amountText"));
    const QString refunded = text("refunded");
    const bool anyRefund = std::any_of(
        refunded.cbegin(), refunded.cend(), [](QChar c) { return c >= u'1' && c <= u'9'; });
    if (anyRefund)
        add(QStringLiteral("refunded"), tr("Refunded"), Format::money(refunded, currency));
    add(QStringLiteral("donorName"), tr("Donor"), text("donorName"));
    add(QStringLiteral("donorEmail"), tr("Email"), text("donorEmail"));
    add(QStringLiteral("campaign"), tr("Campaign"), text("campaign"));
    add(QStringLiteral("recurring"), tr("Recurring"),
        d.value(QStringLiteral("recurring")).toBool() ? tr("yes") : tr("no"));
    if (d.value(QStringLiteral("parentId")).toLongLong() > 0)
        add(QStringLiteral("parent"), tr("Part of"),
            tr("%1 %2").arg(text("parentKind"), text("parentExternalId")));
    add(QStringLiteral("donatedAt"), tr("Donated"), time("donatedAt"));
    add(QStringLiteral("recordRule"), tr("Record rule"), recordRuleText(text("recordRule")));
    add(QStringLiteral("recordDate"), tr("Record date"), time("recordDate"));
    add(QStringLiteral("recordState"), tr("Record state now"), text("recordState"));
    add(QStringLiteral("paidAt"), tr("Paid"), time("paidAt"));
    add(QStringLiteral("reversedAt"), tr("Reversed"), time("reversedAt"));
    add(QStringLiteral("statusAt"), tr("Status since"), time("statusAt"));
    add(QStringLiteral("createdAt"), tr("First stored"), time("createdAt"));
    add(QStringLiteral("updatedAt"), tr("Last changed"), time("updatedAt"));
    if (d.value(QStringLiteral("isTest")).toBool())
        add(QStringLiteral("isTest"), tr("Test event"), tr("yes"));
}

QString DonationDetail::fieldsText() const
{
    QStringList lines;
    for (const QVariant &f : m_fields) {
        const QVariantMap m = f.toMap();
        lines << m.value(QStringLiteral("label")).toString() + QStringLiteral(": ")
                + m.value(QStringLiteral("value")).toString();
    }
    const QString details = m_donation.value(QStringLiteral("details")).toString();
    if (!details.isEmpty())
        lines << tr("Details:") << details;
    return lines.join(u'\n');
}
