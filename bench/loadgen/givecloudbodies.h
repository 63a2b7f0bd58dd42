#pragma once

#include <QByteArray>

#include <string>
#include <vector>

// Complete HTTP/1.1 requests as Givecloud sends them: POST of one contribution object (about
// the size of a real one with a few line items, padded to an exact size), with
// X-Givecloud-Event, X-Givecloud-Delivery and X-Givecloud-Signature (lowercase hex HMAC-SHA1
// of the body). Every request is a different contribution (id, number, delivery id, donor,
// amount, time), so a receiver that deduplicates cannot take a short cut. Built before any
// timing starts: the generator then only copies bytes to sockets.
namespace GivecloudBodies {

struct Options
{
    QByteArray host; // Host header
    QByteArray path; // /hooks/<token>
    QByteArray secret; // empty: unsigned
    int bodyBytes = 5120;
    quint64 seed = 1; // distinct seeds give distinct contribution ids
    qint64 now = 0; // ms since the epoch; contributions are placed before it
};

// The JSON body of contribution `index`, exactly `bodyBytes` long when that is large enough.
QByteArray body(const Options &options, quint64 index);

// `count` requests (head and body), built on all cores.
std::vector<std::string> requests(const Options &options, size_t count);

} // namespace GivecloudBodies
