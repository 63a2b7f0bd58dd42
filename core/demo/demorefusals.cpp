#include "demopayloads.h"
#include "providers/provideradapter.h"
#include "providers/signatures.h"
#include "time/timestamps.h"

#include <QCoreApplication>

namespace DemoData {

namespace {

enum Kind {
    GivecloudOldSecret,
    UnknownToken,
    StaleTimestamp,
    InqudNoDigest,
    NationBuilderOldToken,
    TruncatedBody,
    BrowserGet,
    UnsignedChangeUp,
    KindCount
};

// The listener's own words for what it refuses before any adapter is involved.
QString listenerText(const char *text)
{
    return QCoreApplication::translate("WebhookListener", text);
}

int endpointFor(Kind kind, const QList<LiveEndpoint> &endpoints)
{
    auto find = [&](Provider provider, EndpointSpec::Flavor flavor) {
        for (qsizetype i = 0; i < endpoints.size(); ++i) {
            const EndpointSpec &s = endpoints.at(i).spec;
            if (s.provider == provider && s.flavor == flavor)
                return int(i);
        }
        return 0;
    };
    switch (kind) {
    case GivecloudOldSecret:
        return find(Provider::Givecloud, EndpointSpec::Flavor::Plain);
    case StaleTimestamp:
        return find(Provider::Standard, EndpointSpec::Flavor::Plain);
    case InqudNoDigest:
        return find(Provider::Inqud, EndpointSpec::Flavor::Plain);
    case NationBuilderOldToken:
        return find(Provider::NationBuilder, EndpointSpec::Flavor::Plain);
    case UnsignedChangeUp:
        return find(Provider::ChangeUp, EndpointSpec::Flavor::Signed);
    default:
        return find(Provider::ChangeUp, EndpointSpec::Flavor::Plain);
    }
}

void setHeader(HeaderList &headers, QByteArrayView name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers << qMakePair(name.toByteArray(), value);
}

void removeHeaders(HeaderList &headers, std::initializer_list<QByteArrayView> names)
{
    headers.removeIf([&](const QPair<QByteArray, QByteArray> &h) {
        for (QByteArrayView n : names) {
            if (h.first.compare(n, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    });
}

QByteArray randomToken(Rng &rng, int chars)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QByteArray s(chars, 'A');
    for (int i = 0; i < chars; ++i)
        s[i] = alphabet[rng.below(64)];
    return s;
}

} // namespace

QList<RefusalItem> buildRefusals(const Planner &planner, const PayloadBuilder &builder,
    const QList<LiveEndpoint> &endpoints, int count, qint64 firstIndex)
{
    constexpr qsizetype MaxLoggedBody = 16 * 1024; // what the listener keeps of a body
    QList<RefusalItem> out;
    qint64 next = firstIndex;
    for (int i = 0; i < count && !endpoints.isEmpty(); ++i) {
        auto kind = Kind(i % KindCount);
        Rng rng(mix(planner.seed() ^ 0x4ef05a15, quint64(i)));
        const int want = endpointFor(kind, endpoints);
        // A body the sender really meant to deliver: a gift planned for that endpoint.
        Gift g;
        for (int tries = 0; tries < 20000; ++tries) {
            g = planner.plan(next++);
            if (g.endpoint == want && g.dead == DeadLetter::None && !g.events.isEmpty())
                break;
        }
        if (g.events.isEmpty())
            continue;
        const qint64 at = planner.randomTime(rng);
        Event e = g.events.first();
        e.redelivery = false;
        e.received = at;
        const BuiltRequest built = builder.build(g, e, 4'000'000'000ULL + quint64(i));
        const LiveEndpoint &ep = endpoints.at(g.endpoint);

        WebhookRequest req;
        req.method = "POST";
        req.target = built.target;
        req.headers = built.headers;
        req.body = built.body;
        req.receivedAt = Timestamps::fromMs(at);
        req.peer = built.peer;

        RefusalItem item;
        item.endpointId = ep.config.id;
        bool viaAdapter = true;
        switch (kind) {
        case GivecloudOldSecret:
            // Signed with the secret from before it was rotated here.
            setHeader(req.headers, "X-Givecloud-Signature",
                Signatures::hmacHex(QCryptographicHash::Sha1, randomToken(rng, 32), req.body));
            break;
        case StaleTimestamp: {
            // A request replayed from the sender's queue long after it was signed.
            const QByteArray id = req.header("webhook-id");
            const qint64 ts = at / 1000 - rng.range(360, 3600);
            setHeader(req.headers, "webhook-timestamp", QByteArray::number(ts));
            setHeader(req.headers, "webhook-signature",
                Signatures::StandardWebhooks::signature(ep.signingKey, id, ts, req.body));
            break;
        }
        case InqudNoDigest:
            removeHeaders(req.headers, {"X-Payload-Digest"});
            break;
        case NationBuilderOldToken:
            req.body.replace(QByteArray("\"token\":\"" + ep.config.secret + '"'),
                QByteArray("\"token\":\"" + randomToken(rng, 24) + '"'));
            setHeader(req.headers, "Content-Length", QByteArray::number(req.body.size()));
            break;
        case TruncatedBody:
            // A proxy that cut the body short.
            req.body.truncate(req.body.size() * 2 / 3);
            setHeader(req.headers, "Content-Length", QByteArray::number(req.body.size()));
            break;
        case UnsignedChangeUp:
            removeHeaders(req.headers, {"webhook-id", "webhook-timestamp", "webhook-signature"});
            break;
        case UnknownToken:
        case BrowserGet:
        case KindCount:
            viaAdapter = false;
            break;
        }
        if (viaAdapter) {
            const ProviderAdapter *adapter = Providers::find(ep.config.provider);
            const Verdict verdict =
                adapter ? adapter->verify(req, ep.config, req.receivedAt) : Verdict::accept();
            if (verdict.accepted()) {
                // An endpoint reused without a secret accepts this; log a stray URL instead.
                kind = UnknownToken;
            } else {
                item.httpStatus = verdict.httpStatus();
                item.category = verdict.kind == Verdict::Kind::Unauthorized
                    ? QStringLiteral("signature")
                    : QStringLiteral("malformed");
                item.reason = verdict.reason;
            }
        }
        if (kind == UnknownToken) {
            // An old URL still configured at some sender after the endpoint got a new token.
            req.target = "/hooks/" + randomToken(rng, 4) + "...";
            item.endpointId = 0;
            item.httpStatus = 404;
            item.category = QStringLiteral("token");
            item.reason = listenerText("no endpoint has this URL; check the token in the URL");
        } else if (kind == BrowserGet) {
            // Someone opened the webhook URL in a browser.
            req.method = "GET";
            req.body.clear();
            req.headers = {{"Host", "hooks.donate.example.org"},
                {"User-Agent",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                    "Gecko) Chrome/124.0 Safari/537.36"},
                {"Accept", "text/html,application/xhtml+xml,*/*;q=0.8"},
                {"Accept-Language", "en-US,en;q=0.9"}};
            req.peer = QStringLiteral("203.0.113.200:%1").arg(rng.range(32768, 60999));
            item.endpointId = 0;
            item.httpStatus = 405;
            item.category = QStringLiteral("method");
            item.reason =
                listenerText("webhooks must be sent with POST, not %1").arg(QStringLiteral("GET"));
        }
        item.bodySize = req.body.size();
        req.body.truncate(MaxLoggedBody);
        item.request = req;
        out << item;
    }
    std::sort(out.begin(), out.end(), [](const RefusalItem &a, const RefusalItem &b) {
        return a.request.receivedAt < b.request.receivedAt;
    });
    return out;
}

} // namespace DemoData
