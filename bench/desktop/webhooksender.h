#pragma once

#include <netinet/in.h>

#include <atomic>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

// Sends pre-built webhook requests in an open loop on a thread of its own, so that the main
// thread of the same process is left to the app as it runs it (service signals, models,
// rendering), and both sides read the same clock (nowNs, CLOCK_MONOTONIC).
//
// Request k is due at start + k / rate whatever the receiver does; a due request goes out on
// the first idle keep-alive connection. One thread, non-blocking sockets and epoll, as
// dd_loadgen does, but it keeps the moment each answer arrived, per request, which dd_loadgen
// does not: the live latency starts there.
class WebhookSender
{
public:
    struct Config
    {
        sockaddr_in target {};
        int connections = 32;
        double rate = 1000; // requests per second
        size_t first = 0; // index of the first request of the pool to send
        size_t count = 0; // how many to send
        double drainSeconds = 10; // at most, for answers still on their way at the end
    };

    struct Request
    {
        int64_t dueNs = 0;
        int64_t sentNs = 0;
        int64_t answeredNs = 0; // 0: no answer
        int status = 0;
    };

    struct Result
    {
        std::string error; // set: the run could not be made (e.g. no connection)
        std::vector<Request> requests; // by index from Config::first
        int64_t startNs = 0;
        int64_t errors = 0; // connections lost with a request on them
        int64_t reconnects = 0;
    };

    WebhookSender(const Config &config, const std::vector<std::string> &requests);
    ~WebhookSender();

    // Starts sending on the sender's thread: the first request is due at once.
    void start();
    // Waits for the thread; the result is complete after it.
    void join();
    bool isDone() const { return m_done.load(); }
    const Result &result() const { return m_result; }

    // CLOCK_MONOTONIC in ns, the clock of every figure here.
    static int64_t nowNs();

private:
    struct Connection
    {
        int fd = -1;
        bool busy = false;
        size_t request = 0; // index into m_result.requests
        size_t written = 0;
        std::string in;
    };

    void run();
    bool openSocket(Connection &c);
    void closeSocket(Connection &c);
    void issue(Connection &c, size_t k);
    void writeSome(Connection &c);
    void readSome(Connection &c);
    void lost(Connection &c);

    Config m_config;
    const std::vector<std::string> &m_requests;
    Result m_result;
    std::vector<Connection> m_connections;
    std::vector<size_t> m_idle;
    int m_epoll = -1;
    size_t m_answered = 0;
    std::thread m_thread;
    std::atomic<bool> m_done {false};
};
