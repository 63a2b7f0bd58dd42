#include "webhookrequest.h"

QByteArray WebhookRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return {};
}

bool WebhookRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace HeaderBlock {

QByteArray serialize(const HeaderList &headers)
{
    QByteArray out;
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    return out;
}

HeaderList parse(const QByteArray &block)
{
    HeaderList out;
    for (const QByteArray &line : block.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            continue;
        out.append({l.left(colon), l.mid(colon + 1).trimmed()});
    }
    return out;
}

} // namespace HeaderBlock
