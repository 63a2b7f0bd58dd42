#pragma once

#include "domain/recordpolicy.h"
#include "domain/silencealarm.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Marks a request Donation Desk's test sender made: its donations are test donations, left out
// of reports unless asked for. The value names the sample.
inline constexpr char TestEventHeader[] = "X-Donation-Desk-Test";

// One HTTP request as it arrived: exact header lines and body bytes.
struct WebhookRequest
{
    QByteArray method = "POST";
    QByteArray target; // request target, with the endpoint token masked
    HeaderList headers; // in arrival order, names as sent
    QByteArray body; // exact bytes
    QDateTime receivedAt;
    QString peer;

    // First value of a header, matched without regard to case; empty if absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

// An endpoint ("widget"): the URL a provider posts to, and how to read what it sends.
struct EndpointConfig
{
    qint64 id = 0;
    QString name;
    QString provider;
    QByteArray token; // secret part of the URL: /hooks/<token>
    QByteArray secret; // signing secret or shared token, where the provider has one
    QString currency; // currency when the provider's payload has none (NationBuilder)
    QString event; // event fixed for this URL; empty: inferred from the payload
    QString timezone; // zone of provider times written without an offset; empty: UTC
    RecordPolicy recordPolicy;
    bool enabled = true;
    QStringList allowFrom; // addresses or CIDR ranges allowed to post; empty: anyone
    SilenceAlarm alarm; // off unless set

    QByteArray path() const { return "/hooks/" + token; }
};

// Header lines as stored: "Name: value\r\n" each, in arrival order.
namespace HeaderBlock {
QByteArray serialize(const HeaderList &headers);
HeaderList parse(const QByteArray &block);
} // namespace HeaderBlock
