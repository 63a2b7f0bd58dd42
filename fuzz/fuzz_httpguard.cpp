// libFuzzer target: the connection guard's HTTP/1.1 framing (HttpFraming), fed the bytes of one
// connection the way ConnectionGuard::advance() consumes them, pipelined requests included.
// Invariants: a request handed on to QHttpServer is within the limits and unambiguous — its
// head has no bare CR, NUL or other control character that QHttpServer's parser could read as a
// line end, and every header survives the inbox's storage format.
#include "fuzzsupport.h"

#include "ingest/httpguard.h"

namespace {

using FuzzSupport::show;

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// Lines end in LF or CRLF; a CR anywhere else, a NUL or another control character (HTAB
// aside) must have been refused: QHttpServer's parser would frame the head differently.
void checkControls(QByteArrayView head)
{
    for (qsizetype i = 0; i < head.size(); ++i) {
        const char c = head[i];
        if (c == '\r')
            FUZZ_CHECK(i + 1 < head.size() && head[i + 1] == '\n',
                QStringLiteral("bare CR at %1 in ").arg(i) + show(head.toByteArray()));
        else if (c != '\n' && c != '\t')
            FUZZ_CHECK(!((c >= 0 && c < 0x20) || c == 0x7f),
                QStringLiteral("control character at %1 in ").arg(i) + show(head.toByteArray()));
    }
}

void checkHead(QByteArrayView head, const HttpFraming::Head &h, const ListenerLimits &limits)
{
    FUZZ_CHECK(head.size() <= limits.maxHeaderBytes, QString::number(head.size()));
    FUZZ_CHECK(h.headers.size() <= limits.maxHeaderCount, QString::number(h.headers.size()));
    FUZZ_CHECK(
        h.bodyLength >= 0 && h.bodyLength <= limits.maxBodyBytes, QString::number(h.bodyLength));
    FUZZ_CHECK(!h.method.isEmpty(), show(head.toByteArray()));
    for (char c : h.method)
        FUZZ_CHECK(isTokenChar(c), show(h.method));
    FUZZ_CHECK(h.target.startsWith('/'), show(h.target));
    checkControls(head);
    for (const auto &[name, value] : h.headers) {
        FUZZ_CHECK(!name.isEmpty(), show(head.toByteArray()));
        for (char c : name)
            FUZZ_CHECK(isTokenChar(c), show(name));
        FUZZ_CHECK(value == value.trimmed(), show(value));
    }
    // Stored in the inbox as a header block and read back before processing.
    const HeaderList stored = HeaderBlock::parse(HeaderBlock::serialize(h.headers));
    FUZZ_CHECK(stored == h.headers, show(HeaderBlock::serialize(h.headers)));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The last byte chooses between the listener's defaults and tight limits, so that every
    // limit is reached with short inputs as well.
    const quint8 s = FuzzSupport::selector(data, size, 0);
    ListenerLimits limits;
    if (s & 1)
        limits.maxHeaderBytes = 256;
    if (s & 2)
        limits.maxHeaderCount = 4;
    if (s & 4)
        limits.maxBodyBytes = 64;

    QByteArray buf(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int requests = 0; requests < 64; ++requests) {
        // Empty lines before a request line are skipped (RFC 9112 2.2).
        qsizetype skip = 0;
        while (skip < buf.size() && (buf[skip] == '\r' || buf[skip] == '\n'))
            ++skip;
        buf.remove(0, skip);
        if (buf.isEmpty())
            return 0;

        const qsizetype end = HttpFraming::headEnd(buf);
        if (end < 0) {
            const HttpFraming::Refusal r = HttpFraming::checkIncompleteHead(buf, limits);
            if (!r.status) {
                // Still waiting for more: the guard must not be holding more than it allows.
                FUZZ_CHECK(buf.size() <= limits.maxHeaderBytes, QString::number(buf.size()));
            }
            return 0;
        }
        FUZZ_CHECK(end > 0 && end <= buf.size(), QString::number(end));
        FUZZ_CHECK(buf[end - 1] == '\n', show(buf));

        HttpFraming::Head head;
        const HttpFraming::Refusal r = HttpFraming::parseHead(buf, end, limits, head);
        if (r.status) {
            FUZZ_CHECK(r.status >= 400 && r.status < 600, QString::number(r.status));
            FUZZ_CHECK(!r.category.isEmpty() && !r.reason.isEmpty(), show(buf));
            return 0; // the guard answers and closes
        }
        checkHead(QByteArrayView(buf).first(end), head, limits);

        // Dispatched once the whole body is there; the rest is the next request.
        const qint64 total = end + head.bodyLength;
        if (buf.size() < total)
            return 0;
        buf.remove(0, total);
    }
    return 0;
}
