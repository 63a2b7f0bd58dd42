#include "requestdetail.h"

#include "appcontroller.h"
#include "donationdetail.h" // RequestText
#include "format.h"
#include "reports/requestlog.h"
#include "requestlistmodel.h"
#include "storage/backgrounddatabase.h"

#include <QSqlQuery>

namespace {

// Stands for the listener's address in the cURL command until it is shown.
const QString BasePlaceholder = QStringLiteral("\x01base\x01");

struct Loaded
{
    RequestLog::Detail detail;
    QByteArray endpointPath; // the endpoint's real /hooks/<token>, when it still has one
};

} // namespace

RequestDetail::RequestDetail(QObject *parent)
    : QObject(parent)
{ }

RequestDetail::~RequestDetail() = default;

void RequestDetail::setDatabase(BackgroundDatabase *database)
{
    m_database = database;
    load();
}

BackgroundDatabase *RequestDetail::database() const
{
    return AppController::databaseOr(m_database);
}

void RequestDetail::show(bool refused, qint64 requestId)
{
    if (refused == m_refused && requestId == m_requestId)
        return;
    m_refused = refused;
    m_requestId = requestId;
    m_entry.clear();
    m_headers.clear();
    m_body.clear();
    m_bodyExact.clear();
    m_bodyKind.clear();
    m_bodyCut = false;
    m_touched.clear();
    m_curlTemplate.clear();
    m_error.clear();
    emit loaded();
    emit curlChanged();
    load();
}

void RequestDetail::setBaseUrl(const QString &url)
{
    if (url == m_baseUrl)
        return;
    m_baseUrl = url;
    emit baseUrlChanged();
    emit curlChanged();
}

QString RequestDetail::curl() const
{
    QString out = m_curlTemplate;
    return out.replace(
        BasePlaceholder, m_baseUrl.isEmpty() ? QStringLiteral("http://127.0.0.1:8787") : m_baseUrl);
}

void RequestDetail::setRevision(int revision)
{
    if (revision == m_revision)
        return;
    m_revision = revision;
    emit revisionChanged();
    // A request waiting for the processor, reprocessed, or erased (a refusal too).
    if (m_requestId != 0)
        load();
}

QString RequestDetail::erasedNote() const
{
    const QDateTime at = m_entry.value(QStringLiteral("erasedAt")).toDateTime();
    if (!at.isValid())
        return {};
    const QString why = m_entry.value(QStringLiteral("erasedWhy")).toString();
    const QString reason = why == u"retention" ? tr("retention")
        : why == u"donor erasure"              ? tr("donor erasure")
                                               : why;
    return tr("Raw request erased on %1 (%2)").arg(Format::dateTime(at), reason);
}

void RequestDetail::load()
{
    BackgroundDatabase *db = database();
    const quint64 generation = ++m_generation;
    if (!db || m_requestId == 0) {
        if (m_loading) {
            m_loading = false;
            emit loadingChanged();
        }
        return;
    }
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged();
    }
    const bool refused = m_refused;
    const qint64 id = m_requestId;
    db->read<Loaded>(
        this,
        [refused, id](QSqlDatabase &sql) {
            Loaded l;
            l.detail = RequestLog::detail(sql, refused, id);
            if (l.detail.error.isEmpty() && l.detail.entry.endpointId > 0) {
                QSqlQuery q(sql);
                q.prepare(QStringLiteral(
                    "SELECT token FROM endpoints WHERE id = ? AND removed_at IS NULL"));
                q.addBindValue(l.detail.entry.endpointId);
                if (q.exec() && q.next())
                    l.endpointPath = "/hooks/" + q.value(0).toByteArray();
            }
            return l;
        },
        [this, generation](Loaded l) {
            if (generation != m_generation)
                return;
            const RequestLog::Detail &d = l.detail;
            m_error = d.error;
            m_entry.clear();
            if (d.error.isEmpty()) {
                const RequestLog::Entry &e = d.entry;
                m_entry = {{QStringLiteral("refused"), e.refused},
                    {QStringLiteral("requestId"), e.id},
                    {QStringLiteral("receivedAt"), e.receivedAt}, {QStringLiteral("peer"), e.peer},
                    {QStringLiteral("endpointId"), e.endpointId},
                    {QStringLiteral("endpointName"), e.endpointName},
                    {QStringLiteral("provider"), e.provider}, {QStringLiteral("method"), e.method},
                    {QStringLiteral("target"), e.target}, {QStringLiteral("size"), e.size},
                    {QStringLiteral("httpStatus"), e.httpStatus},
                    {QStringLiteral("result"), RequestLog::resultName(e.result)},
                    {QStringLiteral("resultLabel"), RequestListModel::resultLabel(e)},
                    {QStringLiteral("category"), e.category}, {QStringLiteral("reason"), e.reason},
                    {QStringLiteral("donations"), e.donations},
                    {QStringLiteral("suppressedBefore"), d.suppressedBefore},
                    {QStringLiteral("erased"), e.isErased()},
                    {QStringLiteral("erasedAt"), e.erasedAt},
                    {QStringLiteral("erasedWhy"), e.erasedWhy}};
            }
            m_headers = RequestText::headers(HeaderBlock::serialize(d.headers));
            const RequestText::Shown shown = RequestText::body(d.body);
            m_body = shown.text;
            m_bodyExact = shown.exact;
            m_bodyKind = RequestText::kindName(shown.kind);
            m_bodyCut = d.bodyCut;
            m_touched.clear();
            for (const RequestLog::Touched &t : d.touched) {
                m_touched << QVariantMap {{QStringLiteral("donationId"), t.donationId},
                    {QStringLiteral("externalId"), t.externalId}, {QStringLiteral("kind"), t.kind},
                    {QStringLiteral("statusBefore"), t.statusBefore},
                    {QStringLiteral("statusAfter"), t.statusAfter},
                    {QStringLiteral("duplicate"), t.duplicate},
                    {QStringLiteral("amount"), t.amount}, {QStringLiteral("currency"), t.currency},
                    {QStringLiteral("donorName"), t.donorName}};
            }
            m_curlTemplate = d.error.isEmpty() && !d.entry.method.isEmpty()
                ? RequestLog::curlCommand(d, BasePlaceholder, l.endpointPath)
                : QString();
            m_loading = false;
            emit loadingChanged();
            emit loaded();
            emit curlChanged();
        });
}
