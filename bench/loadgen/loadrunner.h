#pragma once

#include <netinet/in.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

// Sends pre-built HTTP/1.1 requests over keep-alive connections and measures the answers. One
// thread, non-blocking sockets and epoll: the generator shares the machine with the server it
// measures, so it spends as little CPU as it can and none of it building requests.
//
// Closed loop: each connection sends its next request as soon as the answer to the previous
// one has arrived; throughput is what the server sustains at that concurrency.
// Open loop: request k is due at start + k / rate whatever the server does. A due request goes
// out on the first idle connection; if none is idle it waits, and its latency still counts
// from the moment it was due, so a server that stalls is charged for the requests it delayed
// (no coordinated omission).
class LoadRunner
{
public:
    enum class Mode { Closed, Open };

    struct Config
    {
        Mode mode = Mode::Closed;
        sockaddr_in target {};
        int connections = 16;
        double rate = 0; // open loop: requests per second
        double warmupSeconds = 1; // excluded from the figures
        double durationSeconds = 10; // measured, after the warm-up
        double drainSeconds = 10; // at most, for answers still on their way at the end
        double connectSeconds = 10;
        // Connections per local address (127.0.0.1, .2, ...), for servers that cap connections
        // per peer; 0: all from the default address.
        int maxPerSource = 0;
        // When the pre-built requests are used up, send them again from the first (for a
        // receiver that reads nothing); otherwise the run ends there.
        bool cycle = false;
    };

    struct Result
    {
        std::string error; // set: the run could not be made (e.g. no connection)
        int64_t sent = 0; // requests written, warm-up included
        bool cycled = false; // some requests were sent twice (Config::cycle)
        int64_t ok = 0; // 2xx answers, warm-up included: acknowledged
        int64_t notOk = 0; // other answers
        int64_t errors = 0; // connections lost with a request on them
        int64_t unanswered = 0; // still waiting after the drain
        int64_t reconnects = 0;
        std::map<int, int64_t> statuses;
        bool poolExhausted = false; // ran out of pre-built requests before the end
        // The measured window (after the warm-up).
        double windowSeconds = 0;
        int64_t windowOk = 0; // 2xx answers completed in the window (closed) / of requests
                              // due in it (open)
        int64_t windowNotOk = 0;
        int64_t windowErrors = 0;
        std::vector<int64_t> latenciesNs; // of the window's requests, answered ones
        double maxSendLagMs = 0; // open loop: longest wait for an idle connection
        double cpuSeconds = 0; // this process, user + system, over the window
    };

    LoadRunner(const Config &config, const std::vector<std::string> &requests);
    ~LoadRunner();
    Result run();

private:
    struct Connection;

    bool connectAll(Result &result);
    bool openSocket(Connection &c);
    void closeSocket(Connection &c);
    void send(Connection &c, size_t request, int64_t originNs);
    void writeSome(Connection &c);
    void readSome(Connection &c, Result &result);
    void completed(Connection &c, int status, bool closeAfter, Result &result);
    void lost(Connection &c, Result &result);
    void issue(Connection &c, Result &result);
    void setWriteInterest(Connection &c, bool on);
    uint64_t eventKey(const Connection &c) const;
    Connection *connectionOf(uint64_t key);

    Config m_config;
    const std::vector<std::string> &m_requests;
    std::vector<Connection> m_connections;
    int m_epoll = -1;
    int m_timer = -1;
    size_t m_next = 0; // next request of the pool
    int64_t m_start = 0; // ns, monotonic: start of the warm-up
    int64_t m_windowStart = 0;
    int64_t m_windowEnd = 0;
    bool m_sending = true;
    std::vector<std::pair<size_t, int64_t>> m_due; // open loop: due, waiting for a connection
    size_t m_dueHead = 0;
    std::vector<Connection *> m_idle;
};
