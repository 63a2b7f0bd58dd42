// libFuzzer target: every provider timestamp format, and zone names as senders write them.
// Invariants: a parsed time is valid, in UTC, and its ISO text parses back to the same instant;
// text that does not parse says why; a zone name never reaches outside the zone database.
#include "fuzzsupport.h"

#include "time/timestamps.h"

#include <QTimeZone>

namespace {

using FuzzSupport::show;

bool isUtc(const QDateTime &t)
{
    return t.timeSpec() == Qt::UTC
        || (t.timeSpec() == Qt::TimeZone && t.timeZone() == QTimeZone::utc());
}

const QList<QTimeZone> &zones()
{
    static const QList<QTimeZone> z {QTimeZone::utc(), QTimeZone(-5 * 3600),
        QTimeZone(13 * 3600 + 45 * 60), QTimeZone("America/New_York"),
        QTimeZone("Australia/Lord_Howe"), QTimeZone("Pacific/Apia")};
    return z;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512)
        return -1; // timestamps are short; longer inputs only slow the regular expressions down
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    const QTimeZone &zone = zones().at(FuzzSupport::selector(data, size, 0) % zones().size());

    QString error;
    const auto t = Timestamps::parse(text, zone, &error);
    if (t) {
        FUZZ_CHECK(error.isEmpty(), error);
        FUZZ_CHECK(t->isValid(), show(bytes));
        FUZZ_CHECK(isUtc(*t), show(bytes));
        // Every accepted form is written in ASCII digits: anything else would be a guess.
        for (QChar c : text) {
            if (c.isDigit())
                FUZZ_CHECK(c.unicode() < 128,
                    QStringLiteral("\"%1\" read as %2").arg(text, Timestamps::toIsoUtc(*t)));
        }
        const QString iso = Timestamps::toIsoUtc(*t);
        QString why;
        const auto back = Timestamps::parse(iso, QTimeZone::utc(), &why);
        FUZZ_CHECK(back && *back == *t,
            QStringLiteral("\"%1\" -> %2 -> %3 %4")
                .arg(text, iso, back ? Timestamps::toIsoUtc(*back) : QStringLiteral("nothing"),
                    why));
        FUZZ_CHECK(Timestamps::fromMs(Timestamps::toMs(*t)) == *t, iso);
    } else {
        FUZZ_CHECK(error.isEmpty() == text.trimmed().isEmpty(), show(bytes) + u' ' + error);
    }

    // Donary names the zone of its times in the payload: sender-controlled.
    if (size <= 64) {
        const QTimeZone named = Timestamps::zoneFromName(text);
        if (named.isValid()) {
            const QString name = text.trimmed();
            FUZZ_CHECK(!name.startsWith(u'/') && !name.contains(QStringLiteral("..")), name);
            (void)Timestamps::parse(u"2024-11-25T21:01:09.827", named);
        }
    }
    return 0;
}
