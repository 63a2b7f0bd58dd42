#pragma once

#include "testsend.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <QUrl>

#include <functional>

// The round-trip check of one endpoint: a signed test event goes to the endpoint's public URL
// (through the user's reverse proxy or tunnel), and the check looks for it in the database the
// listener writes to, by a nonce in its X-Donation-Desk-Test header and in its external id. The
// answer the sender got and where (and whether) the request arrived give a verdict: green, amber
// or red, with the reason and how to fix it.
//
// The listener may be this process (the desktop app) or another (`donationdesk serve`): the
// check only needs the same database file.
namespace RoundTrip {

// The highest row ids before the check: the request is looked for only after them.
struct Marks
{
    qint64 inbox = 0;
    qint64 refused = 0;
};

// Where the request carrying the nonce turned up.
struct Arrival
{
    enum class Where { Nowhere, Inbox, Refused };
    Where where = Where::Nowhere;
    qint64 id = 0;
    qint64 endpointId = 0; // 0: no endpoint (an unknown URL)
    QString endpointName; // of endpointId, when there is one
    QString peer;
    QString target; // as stored (the token masked)
    QString state; // inbox: pending, processed, ignored, dead
    QString error; // inbox: why processing failed
    int httpStatus = 0; // refused: the answer the listener gave
    QString category; // refused: token, signature, address, malformed, path, ...
    QString reason; // refused: the listener's reason
    QString readError; // the database could not be read
};

Marks marks(QSqlDatabase &db);
// Looks for `nonce` in the headers and bodies of requests stored after `since`.
Arrival find(QSqlDatabase &db, const Marks &since, const QByteArray &nonce);

enum class Level { Green, Amber, Red };
QString levelName(Level level); // "green", "amber", "red"

struct Verdict
{
    Level level = Level::Red;
    // Machine-readable cause: ok, no-public-url, plain-http, slow, dns, refused, tls, timeout,
    // closed, network, redirect, proxy-error, not-arrived, elsewhere, other-endpoint,
    // unknown-url, signature, address, disabled, refused-other, answer-lost, proxy-status,
    // not-processed, prepare, database
    QString code;
    QString summary; // one line
    QString detail; // what happened, with the figures
    QString fix; // what to do about it; empty when nothing
};

// What the check saw.
struct Observation
{
    EndpointConfig endpoint;
    QUrl url; // where the request went
    bool publicUrl = true; // false: no public URL is set, the listener's own URL was used
    QString listenUrl; // the listener's own base URL, for the advice
    TestSend::Result answer;
    Arrival arrival;
    QString prepareError; // the request could not be made
};

// The verdict on what was seen. Pure.
Verdict judge(const Observation &observation);

// Answers slower than this are amber: providers give up after a few seconds.
constexpr qint64 SlowAnswerUs = 5'000'000;

struct Setup
{
    EndpointConfig endpoint;
    QString publicBaseUrl; // e.g. "https://donations.example.org"; empty: listenUrl is used
    QString listenUrl; // the listener's own base URL, "http://127.0.0.1:8787"
    int timeoutMs = 15000;
    // How long to keep looking for the request after the answer (or its absence): a refusal
    // is logged a moment after it is answered.
    int arrivalWaitMs = 3000;
};

// The URL the check sends to: the public base (or the listen URL) and the endpoint's path.
QUrl checkUrl(const Setup &setup);

// How the check reads the database: `marks` and `find` run wherever the caller likes (a
// background lane in the app, at once on the command line) and call back on the check's thread.
struct Probe
{
    std::function<void(std::function<void(Marks)>)> marks;
    std::function<void(Marks, QByteArray, std::function<void(Arrival)>)> find;
};

// Runs one check: `finished` follows `start`, once.
class Check : public QObject
{
    Q_OBJECT
public:
    Check(const Setup &setup, Probe probe, QObject *parent = nullptr);

    void start();
    const Observation &observation() const { return m_observation; }
    const Verdict &verdict() const { return m_verdict; }
    QByteArray nonce() const { return m_nonce; }

Q_SIGNALS:
    // "sending", "waiting"
    void stepChanged(const QString &step);
    void finished();

private:
    void send();
    void look();
    void finish();

    Setup m_setup;
    Probe m_probe;
    QByteArray m_nonce;
    Marks m_marks;
    Observation m_observation;
    Verdict m_verdict;
    TestSend::Sender *m_sender = nullptr;
    QElapsedTimer m_waiting;
    bool m_done = false;
};

} // namespace RoundTrip
