#include "testsend.h"

#include "providers/provideradapter.h"
#include "providers/signatures.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace TestSend {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TestSend", text);
}

const struct
{
    Breakage breakage;
    const char *name;
} breakages[] = {
    {Breakage::None, "none"},
    {Breakage::BadSignature, "bad-signature"},
    {Breakage::MissingSignature, "missing-signature"},
    {Breakage::WrongToken, "wrong-token"},
    {Breakage::StaleTimestamp, "stale-timestamp"},
    {Breakage::Oversized, "oversized"},
};

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
        [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

// A secret the receiving end cannot have: the provider's kind where it generates them, else
// a Standard Webhooks one (ChangeUp-style signatures; any text will do for a NationBuilder
// token).
QByteArray otherSecret(const ProviderAdapter &adapter)
{
    const QByteArray generated = adapter.generateSecret();
    return generated.isEmpty() ? Signatures::StandardWebhooks::newSecret() : generated;
}

// The sample's own headers (the event header, a user agent) first, then the signature's;
// a name both set once, the signature's value.
HeaderList merge(const HeaderList &sampleHeaders, const HeaderList &signedHeaders)
{
    HeaderList out;
    for (const auto &h : sampleHeaders) {
        if (!hasHeader(signedHeaders, h.first))
            out << h;
    }
    return out + signedHeaders;
}

} // namespace

QByteArray randomBase64Url(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString breakageName(Breakage b)
{
    for (const auto &e : breakages) {
        if (e.breakage == b)
            return QString::fromLatin1(e.name);
    }
    return {};
}

std::optional<Breakage> breakageFromName(QStringView name)
{
    for (const auto &e : breakages) {
        if (name == QLatin1String(e.name))
            return e.breakage;
    }
    return std::nullopt;
}

QStringList breakageNames()
{
    QStringList out;
    for (const auto &e : breakages)
        out << QString::fromLatin1(e.name);
    return out;
}

Prepared prepare(const Plan &plan)
{
    Prepared out;
    out.url = plan.url;
    const ProviderAdapter *adapter = Providers::find(plan.endpoint.provider);
    if (!adapter) {
        out.error = tr("unknown provider '%1'").arg(plan.endpoint.provider);
        return out;
    }
    if (plan.sample.provider != adapter->id()) {
        out.error =
            tr("the sample %1 is not a %2 event").arg(plan.sample.id, adapter->displayName());
        return out;
    }
    if (!plan.url.isValid() || !plan.url.scheme().startsWith(QLatin1String("http"))
        || plan.url.host().isEmpty()) {
        out.error = tr("'%1' is not an http:// or https:// URL").arg(plan.url.toString());
        return out;
    }
    const QDateTime now = plan.now.isValid() ? plan.now : QDateTime::currentDateTimeUtc();
    SampleEvents::Built built = SampleEvents::build(plan.sample, plan.variant, plan.overrides, now);
    if (!built.error.isEmpty()) {
        out.error = built.error;
        return out;
    }
    if (!plan.body.isEmpty())
        built.body = plan.body;

    if (plan.breakage == Breakage::Oversized) {
        // Padding inside the JSON: still a well-formed body, only too large.
        QJsonDocument doc = QJsonDocument::fromJson(built.body);
        const QByteArray filler(OversizedBytes, 'x');
        if (doc.isObject()) {
            QJsonObject o = doc.object();
            o.insert(QStringLiteral("padding"), QString::fromLatin1(filler));
            built.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else {
            built.body += QByteArray(OversizedBytes, ' ');
        }
    }

    EndpointConfig signer = plan.endpoint;
    QDateTime signedAt = now;
    const QByteArray messageId = "msg_" + randomBase64Url(18);
    switch (plan.breakage) {
    case Breakage::None:
    case Breakage::Oversized:
    case Breakage::WrongToken:
        break;
    case Breakage::BadSignature:
        if (!adapter->acceptsSecret()) {
            out.error = tr("%1 requests carry no signature: its URL is the secret (try "
                           "wrong-token)")
                            .arg(adapter->displayName());
            return out;
        }
        signer.secret = otherSecret(*adapter);
        break;
    case Breakage::MissingSignature:
        if (!adapter->acceptsSecret()) {
            out.error = tr("%1 requests carry no signature: its URL is the secret (try "
                           "wrong-token)")
                            .arg(adapter->displayName());
            return out;
        }
        signer.secret.clear();
        break;
    case Breakage::StaleTimestamp: {
        if (signer.secret.isEmpty())
            signer.secret = otherSecret(*adapter);
        const SignedRequest probe = adapter->sign(built.body, signer, now, messageId);
        if (!hasHeader(probe.headers, "webhook-timestamp")) {
            out.error = tr("%1 signatures carry no timestamp: only Standard Webhooks (and "
                           "ChangeUp-style endpoints with a secret) can be stale")
                            .arg(adapter->displayName());
            return out;
        }
        signer.secret = plan.endpoint.secret;
        signedAt = now.addSecs(-StaleSeconds);
        break;
    }
    }

    const SignedRequest signedRequest = adapter->sign(built.body, signer, signedAt, messageId);
    out.body = signedRequest.body;
    out.headers = merge(built.headers, signedRequest.headers);
    if (plan.markAsTest)
        out.headers << qMakePair(QByteArray(TestEventHeader), plan.sample.id.toUtf8());
    if (plan.breakage == Breakage::WrongToken) {
        QString path = out.url.path();
        const qsizetype slash = path.lastIndexOf(u'/');
        path = path.left(slash + 1) + QString::fromLatin1(randomBase64Url(32));
        out.url.setPath(path);
    }
    return out;
}

QString failureName(Failure f)
{
    switch (f) {
    case Failure::None:
        return QStringLiteral("none");
    case Failure::Dns:
        return QStringLiteral("dns");
    case Failure::Refused:
        return QStringLiteral("refused");
    case Failure::Tls:
        return QStringLiteral("tls");
    case Failure::Timeout:
        return QStringLiteral("timeout");
    case Failure::Closed:
        return QStringLiteral("closed");
    case Failure::Other:
        return QStringLiteral("other");
    }
    return {};
}

Sender::Sender(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // A test must see the answer the listener gives, not one a cache or redirect made up.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Sender::~Sender() = default;

void Sender::send(const Prepared &request, std::function<void(const Result &)> done)
{
    QNetworkRequest r(request.url);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setTransferTimeout(m_timeoutMs);
    for (const auto &h : request.headers) {
        // Qt sets the length from the body it sends.
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            r.setRawHeader(h.first, h.second);
    }
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    ++m_inFlight;
    QNetworkReply *reply = m_manager->post(r, request.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, clock, done = std::move(done)] {
        --m_inFlight;
        Result result;
        result.elapsedUs = clock->nsecsElapsed() / 1000;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            result.status = status.toInt();
            result.reason =
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
            for (const auto &h : reply->rawHeaderPairs())
                result.headers << h;
            result.body = reply->readAll();
        } else {
            result.error = reply->errorString();
            switch (reply->error()) {
            case QNetworkReply::HostNotFoundError:
                result.failure = Failure::Dns;
                break;
            case QNetworkReply::ConnectionRefusedError:
                result.failure = Failure::Refused;
                break;
            case QNetworkReply::SslHandshakeFailedError:
                result.failure = Failure::Tls;
                break;
            case QNetworkReply::TimeoutError:
            case QNetworkReply::OperationCanceledError:
                result.failure = Failure::Timeout;
                break;
            case QNetworkReply::RemoteHostClosedError:
                result.failure = Failure::Closed;
                break;
            default:
                result.failure = Failure::Other;
                break;
            }
        }
        reply->deleteLater();
        done(result);
    });
}

qint64 Summary::percentileUs(double p) const
{
    if (latenciesUs.isEmpty())
        return 0;
    // Nearest rank.
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(latenciesUs.size())));
    return latenciesUs.at(std::clamp<qsizetype>(rank - 1, 0, latenciesUs.size() - 1));
}

LoadRun::LoadRun(
    qint64 count, int concurrency, std::function<Prepared(qint64)> make, QObject *parent)
    : QObject(parent)
    , m_count(count)
    , m_concurrency(qMax(1, concurrency))
    , m_make(std::move(make))
{ }

void LoadRun::start()
{
    // Six connections per manager: one sender per six concurrent requests.
    constexpr int PerSender = 6;
    const int senders = (m_concurrency + PerSender - 1) / PerSender;
    for (int i = 0; i < senders; ++i)
        m_senders << new Sender(this);
    m_summary.latenciesUs.reserve(qsizetype(qMin<qint64>(m_count, 10'000'000)));
    m_clock.start();
    if (m_count <= 0) {
        QTimer::singleShot(0, this, &LoadRun::complete);
        return;
    }
    for (int i = 0; i < m_concurrency && m_started < m_count; ++i)
        next(m_senders.at(i / PerSender));
}

void LoadRun::next(Sender *sender)
{
    const qint64 index = m_started++;
    const Prepared request = m_make(index);
    if (!request.error.isEmpty()) {
        ++m_done;
        ++m_summary.sent;
        ++m_summary.failures[QStringLiteral("prepare")];
        if (m_summary.firstError.isEmpty())
            m_summary.firstError = request.error;
        if (m_started < m_count)
            QTimer::singleShot(0, this, [this, sender] { next(sender); });
        else if (m_done == m_count)
            QTimer::singleShot(0, this, &LoadRun::complete);
        return;
    }
    sender->send(request, [this, sender](const Result &r) {
        ++m_done;
        ++m_summary.sent;
        if (r.status > 0)
            ++m_summary.byStatus[r.status];
        else
            ++m_summary.failures[failureName(r.failure)];
        if (r.ok()) {
            ++m_summary.succeeded;
            m_summary.latenciesUs << r.elapsedUs;
        } else if (m_summary.firstError.isEmpty()) {
            m_summary.firstError = r.status > 0 ? QStringLiteral("HTTP %1: %2")
                                                      .arg(r.status)
                                                      .arg(QString::fromUtf8(r.body.left(300)))
                                                : r.error;
        }
        if (m_started < m_count)
            next(sender);
        else if (m_done == m_count)
            complete();
    });
}

void LoadRun::complete()
{
    m_summary.elapsedUs = m_clock.nsecsElapsed() / 1000;
    std::sort(m_summary.latenciesUs.begin(), m_summary.latenciesUs.end());
    emit finished();
}

} // namespace TestSend
