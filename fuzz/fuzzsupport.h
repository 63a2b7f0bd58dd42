#pragma once

// Shared by every fuzz target: a quiet Qt, and checks that stop the run with a message.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {

// Qt's warnings about malformed input are expected by the thousand; only fatal ones matter.
inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

inline void init()
{
    qputenv("TZ", "UTC");
    qInstallMessageHandler(quietMessages);
}

[[noreturn]] inline void fail(
    const char *file, int line, const char *condition, const QString &what)
{
    std::fprintf(
        stderr, "%s:%d: invariant broken: %s\n  %s\n", file, line, condition, qPrintable(what));
    std::abort();
}

// A byte of the input used to choose among settings, so that mutating it explores them.
inline quint8 selector(const uint8_t *data, size_t size, size_t fromEnd)
{
    return size > fromEnd ? data[size - 1 - fromEnd] : 0;
}

// Printable form of bytes for messages.
inline QString show(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.left(200).toPercentEncoding(" :/{}[],\"'=+-_.@"));
}

} // namespace FuzzSupport

#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition))                                                                          \
            FuzzSupport::fail(__FILE__, __LINE__, #condition, (what));                             \
    } while (false)
