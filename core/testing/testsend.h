#pragma once

#include "providers/webhookrequest.h"
#include "sampleevents.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

// Sending test webhooks: a sample event, signed exactly as its provider signs it (or broken on
// purpose), to the local listener or any URL, with the answer and how long it took.
namespace TestSend {

// What to get wrong on purpose, to see the listener refuse it.
enum class Breakage {
    None,
    BadSignature, // signed with another secret (NationBuilder: another token in the body)
    MissingSignature, // no signature headers (NationBuilder: no token in the body)
    WrongToken, // another token in the URL: an endpoint that does not exist
    StaleTimestamp, // a Standard Webhooks timestamp ten minutes old
    Oversized, // a body over the default 1 MiB limit
};
QString breakageName(Breakage b); // "bad-signature", ...
std::optional<Breakage> breakageFromName(QStringView name);
QStringList breakageNames();

// `bytes` random bytes as URL-safe base64 without padding: ids, tokens, nonces.
QByteArray randomBase64Url(int bytes);

constexpr qint64 OversizedBytes = 1024 * 1024 + 1024;
constexpr qint64 StaleSeconds = 600;

struct Plan
{
    QUrl url; // the endpoint's full URL, http(s)://host:port/hooks/<token>
    EndpointConfig endpoint; // provider, secret, currency, event as the receiving end has them
    SampleEvents::Sample sample;
    SampleEvents::Overrides overrides;
    quint64 variant = 0;
    Breakage breakage = Breakage::None;
    QDateTime now; // invalid: the current time
    bool markAsTest = true; // adds TestEventHeader: its donations stay out of reports
    // Non-empty: sent instead of the sample's body (a body edited by hand), exactly as given
    // and signed as the provider signs; the sample still gives the provider's headers.
    QByteArray body;
};

// A request ready to go, or why it cannot be made.
struct Prepared
{
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QString error;
};

// Builds the body, signs it with the endpoint's provider and applies the breakage. Pure apart
// from fresh random ids; safe on any thread.
Prepared prepare(const Plan &plan);

// Why a request got no HTTP answer, in terms a person can act on.
enum class Failure { None, Dns, Refused, Tls, Timeout, Closed, Other };
QString failureName(Failure f); // "dns", "refused", ...

struct Result
{
    int status = 0; // 0: no HTTP answer (see failure)
    QByteArray reason;
    HeaderList headers;
    QByteArray body;
    qint64 elapsedUs = 0;
    Failure failure = Failure::None;
    QString error; // the network layer's message when there was no answer
    bool ok() const { return status >= 200 && status < 300; }
};

// Sends requests with a QNetworkAccessManager of its own (keep-alive, TLS), each answered with
// `done` on this object's thread. At most six requests are under way to one host at a time
// (Qt's limit per manager); more wait their turn.
class Sender : public QObject
{
    Q_OBJECT
public:
    explicit Sender(QObject *parent = nullptr);
    ~Sender() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void send(const Prepared &request, std::function<void(const Result &)> done);
    int inFlight() const { return m_inFlight; }

private:
    QNetworkAccessManager *m_manager;
    int m_timeoutMs = 15000;
    int m_inFlight = 0;
};

// Many requests at a set concurrency, for --count: throughput and latency.
struct Summary
{
    qint64 sent = 0;
    qint64 succeeded = 0; // 2xx
    QMap<int, qint64> byStatus; // every HTTP status seen
    QMap<QString, qint64> failures; // failureName -> count
    QString firstError; // the first non-2xx answer or failure, for the person
    qint64 elapsedUs = 0;
    QList<qint64> latenciesUs; // sorted
    qint64 percentileUs(double p) const;
    double perSecond() const { return elapsedUs > 0 ? sent * 1e6 / double(elapsedUs) : 0; }
};

class LoadRun : public QObject
{
    Q_OBJECT
public:
    // `make(i)` prepares the i-th request (0 <= i < count).
    LoadRun(qint64 count, int concurrency, std::function<Prepared(qint64)> make,
        QObject *parent = nullptr);
    void start();
    const Summary &summary() const { return m_summary; }

Q_SIGNALS:
    void finished();

private:
    void next(Sender *sender);
    void complete();

    qint64 m_count;
    int m_concurrency;
    std::function<Prepared(qint64)> m_make;
    QList<Sender *> m_senders;
    qint64 m_started = 0;
    qint64 m_done = 0;
    QElapsedTimer m_clock;
    Summary m_summary;
};

} // namespace TestSend
