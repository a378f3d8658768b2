/*
 * loadgen: a small unary gRPC load generator over h2c (HTTP/2 cleartext, prior knowledge).
 *
 * Unlike h2load, every call sends the next request body from a file of pre-encoded gRPC
 * messages (round-robin), so calls can be spread over many distinct users. A call counts as
 * OK only when the HTTP status is 200, the trailers (or trailers-only headers) carry
 * grpc-status 0, and a response message arrived.
 *
 * One thread, one epoll_pwait2 loop, non-blocking sockets, libnghttp2's client session API with
 * mem_recv/mem_send and a 64 KiB write buffer per connection (frames of many streams go out
 * in one write). Per-call state lives in a fixed array of slots, latencies in a fixed-size
 * log-linear histogram (1 us buckets below 2048 us, then 1024 sub-buckets per power of two,
 * i.e. < 0.1 % relative error), so the only per-call allocations are nghttp2's own.
 *
 * Modes:
 *   closed loop (default): each connection keeps --streams calls in flight for
 *     --warmup + --duration seconds; throughput and latency count calls that complete in
 *     the --duration window.
 *   open loop (--rate R): call k is due at t0 + k/R. Due calls start in batches on a grid of
 *     --tick-us (one wake-up and one write per tick, on one connection; the next batch goes to
 *     the next connection), at most connections x streams in flight; due calls wait for a free
 *     slot. Latency counts from the due time + at most one tick, so pacing is not counted but
 *     waiting for a slot or a stalled client is (no coordinated omission).
 *
 * Output: one JSON line on stdout. See bench/serve/README.md.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <nghttp2/nghttp2.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define WBUF_SIZE (64 * 1024)
#define RBUF_SIZE (64 * 1024)
#define TIMEOUT_SCAN_NS 5000000ull /* how often in-flight calls are checked against --timeout-ms */

/* ---------- options ---------- */

static const char *opt_host = "127.0.0.1";
static const char *opt_port = "50051";
static const char *opt_path = "/attune.v1.PersonalizeRuntime/GetRecommendations";
static const char *opt_bodies = NULL;
static int opt_connections = 1;
static int opt_streams = 16;
static double opt_duration = 10;
static double opt_warmup = 0;
static double opt_rate = 0; /* 0: closed loop */
static long opt_tick_us = 1000; /* --rate: pacing granularity */
static long opt_timeout_ms = 10000;
static int opt_grpc_timeout = 0; /* send grpc-timeout: <timeout-ms>m */

/* ---------- request bodies ---------- */

static uint8_t *bodies_data;
static size_t *body_off, *body_len;
static size_t n_bodies, next_body;

/* ---------- stats ---------- */

/* Histogram of latencies in microseconds. */
#define HIST_EXACT 2048
#define HIST_SUB 1024
#define HIST_MAX_SHIFT 30
#define HIST_BUCKETS (HIST_EXACT + HIST_MAX_SHIFT * HIST_SUB)
static uint64_t hist[HIST_BUCKETS];

static inline int hist_index(uint64_t us) {
  if (us < HIST_EXACT) return (int)us;
  int msb = 63 - __builtin_clzll(us); /* >= 11 */
  int shift = msb - 10;               /* >= 1; us >> shift is in [1024, 2047] */
  if (shift > HIST_MAX_SHIFT) return HIST_BUCKETS - 1;
  return HIST_EXACT + (shift - 1) * HIST_SUB + (int)((us >> shift) - HIST_SUB);
}

/* The midpoint of a bucket, in microseconds. */
static double hist_value(int idx) {
  if (idx < HIST_EXACT) return idx;
  int shift = (idx - HIST_EXACT) / HIST_SUB + 1;
  uint64_t m = (uint64_t)((idx - HIST_EXACT) % HIST_SUB) + HIST_SUB;
  uint64_t lo = m << shift;
  return (double)lo + (double)((1ull << shift) - 1) / 2.0;
}

/*
 * Failure classes: grpc-status 1..16; "other" (a grpc-status outside 0..16); "noGrpcStatus"
 * (HTTP 200, stream ended without grpc-status); "noMessage" (grpc-status 0 without a response
 * message); "httpNot200" (a non-200 response without grpc-status, or grpc-status 0 with a
 * non-200 HTTP status); "noResponse" (stream ended cleanly before any response headers, e.g.
 * RST_STREAM NO_ERROR); "streamReset" (RST_STREAM or GOAWAY with an error code, and no
 * grpc-status); "timeout" (cancelled after --timeout-ms); "connectionLost" (in flight when the
 * connection failed).
 */
enum { ST_OTHER = 17, ST_NO_STATUS, ST_NO_MESSAGE, ST_HTTP, ST_NO_RESPONSE, ST_RESET, ST_TIMEOUT, ST_CONN_LOST, ST_COUNT };
static const char *status_names[ST_COUNT] = {
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
    "other", "noGrpcStatus", "noMessage", "httpNot200", "noResponse", "streamReset", "timeout", "connectionLost"};

static struct {
  uint64_t calls, ok, failed, by_status[ST_COUNT];
  uint64_t lat_count, max_us, sum_us;
  uint64_t warmup_calls, late_starts, max_lag_ns, submitted;
} st;
static char first_failure[256];

/* ---------- connections and calls ---------- */

struct conn;

typedef struct call {
  struct conn *conn;
  int32_t stream_id;
  int idx;
  uint64_t start_ns; /* latency origin: submit time, or the due time with --rate */
  uint64_t sent_ns;  /* submit time, for --timeout-ms */
  const uint8_t *body;
  size_t body_len, body_pos;
  int http_status;
  int grpc_status; /* -1: none seen */
  uint32_t data_bytes;
  uint8_t timed_out;
  uint8_t in_use;
} call;

typedef struct conn {
  int id;
  int fd;
  int alive;
  nghttp2_session *sess;
  call *calls;
  int *free_stack;
  int n_free;
  uint8_t *wbuf;
  size_t wlen, woff;
  const uint8_t *pend; /* data returned by mem_send that did not fit into wbuf */
  size_t pend_len;
  int epollout;
} conn;

static conn *conns;
static int epfd;
static uint8_t rbuf[RBUF_SIZE];
static nghttp2_session_callbacks *callbacks;
static nghttp2_nv req_nv[8];
static size_t req_nv_len;
static char authority[300], grpc_timeout_value[32];

enum { PH_WARMUP, PH_MEASURE, PH_DONE };
static int phase;
static volatile sig_atomic_t interrupted;

/* This process's user + system CPU time in seconds. */
static double cpu_seconds(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
         (double)ru.ru_stime.tv_usec / 1e6;
}

static inline uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void die(const char *fmt, const char *arg) {
  fprintf(stderr, "loadgen: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\n");
  exit(2);
}

static void note_failure(int code, const char *msg, size_t msg_len) {
  if (first_failure[0]) return;
  int n = snprintf(first_failure, sizeof first_failure, "%s: ", status_names[code]);
  for (size_t i = 0; i < msg_len && n < (int)sizeof first_failure - 1; i++) {
    char ch = msg[i];
    first_failure[n++] = (ch >= 32 && ch < 127 && ch != '"' && ch != '\\') ? ch : '?';
  }
  first_failure[n] = 0;
}

/* Records a finished call (only in the measurement window) and frees its slot. */
static void finish_call(call *c, int code, uint64_t now) {
  conn *cn = c->conn;
  if (phase == PH_MEASURE) {
    st.calls++;
    if (code == 0) {
      st.ok++;
      uint64_t us = (now - c->start_ns) / 1000;
      hist[hist_index(us)]++;
      st.lat_count++;
      st.sum_us += us;
      if (us > st.max_us) st.max_us = us;
    } else {
      st.failed++;
      st.by_status[code]++;
    }
  } else if (phase == PH_WARMUP) {
    st.warmup_calls++;
  }
  c->in_use = 0;
  c->stream_id = 0;
  cn->free_stack[cn->n_free++] = c->idx;
}

/* ---------- nghttp2 callbacks ---------- */

static int on_header(nghttp2_session *s, const nghttp2_frame *frame, const uint8_t *name, size_t namelen,
                     const uint8_t *value, size_t valuelen, uint8_t flags, void *user_data) {
  (void)flags;
  (void)user_data;
  if (frame->hd.type != NGHTTP2_HEADERS) return 0;
  call *c = nghttp2_session_get_stream_user_data(s, frame->hd.stream_id);
  if (!c) return 0;
  if (namelen == 7 && memcmp(name, ":status", 7) == 0) {
    int v = 0;
    for (size_t i = 0; i < valuelen; i++) v = v * 10 + (value[i] - '0');
    c->http_status = v;
  } else if (namelen == 11 && memcmp(name, "grpc-status", 11) == 0) {
    int v = 0;
    for (size_t i = 0; i < valuelen && i < 6; i++) {
      if (value[i] < '0' || value[i] > '9') { v = ST_OTHER; break; }
      v = v * 10 + (value[i] - '0');
    }
    c->grpc_status = valuelen == 0 || v > 16 ? ST_OTHER : v;
  } else if (namelen == 12 && memcmp(name, "grpc-message", 12) == 0 && !first_failure[0]) {
    if (c->grpc_status > 0 && c->grpc_status <= 16) note_failure(c->grpc_status, (const char *)value, valuelen);
  }
  return 0;
}

static int on_data_chunk(nghttp2_session *s, uint8_t flags, int32_t stream_id, const uint8_t *data, size_t len,
                         void *user_data) {
  (void)flags;
  (void)data;
  (void)user_data;
  call *c = nghttp2_session_get_stream_user_data(s, stream_id);
  if (c) c->data_bytes += (uint32_t)len;
  return 0;
}

static int on_stream_close(nghttp2_session *s, int32_t stream_id, uint32_t error_code, void *user_data) {
  (void)user_data;
  call *c = nghttp2_session_get_stream_user_data(s, stream_id);
  if (!c || !c->in_use) return 0;
  int code;
  if (c->timed_out) code = ST_TIMEOUT;
  else if (c->grpc_status >= 0) {
    code = c->grpc_status;
    if (code == 0) {
      if (c->http_status != 200) code = ST_HTTP;
      else if (c->data_bytes < 5) code = ST_NO_MESSAGE;
      else if (error_code != NGHTTP2_NO_ERROR) code = ST_RESET;
    }
  } else if (error_code != NGHTTP2_NO_ERROR) code = ST_RESET;
  else if (c->http_status == 0) code = ST_NO_RESPONSE;
  else if (c->http_status != 200) code = ST_HTTP;
  else code = ST_NO_STATUS;
  if (code != 0 && !first_failure[0]) {
    char msg[64];
    snprintf(msg, sizeof msg, "http %d, h2 error %u", c->http_status, error_code);
    note_failure(code, msg, strlen(msg));
  }
  finish_call(c, code, now_ns());
  return 0;
}

static ssize_t read_body(nghttp2_session *s, int32_t stream_id, uint8_t *buf, size_t length, uint32_t *data_flags,
                         nghttp2_data_source *source, void *user_data) {
  (void)s;
  (void)stream_id;
  (void)user_data;
  call *c = source->ptr;
  size_t n = c->body_len - c->body_pos;
  if (n > length) n = length;
  memcpy(buf, c->body + c->body_pos, n);
  c->body_pos += n;
  if (c->body_pos == c->body_len) *data_flags |= NGHTTP2_DATA_FLAG_EOF;
  return (ssize_t)n;
}

/* ---------- connection I/O ---------- */

static void set_epollout(conn *cn, int on) {
  if (cn->epollout == on) return;
  struct epoll_event ev = {.events = EPOLLIN | (on ? EPOLLOUT : 0), .data.u64 = (uint64_t)cn->id};
  if (epoll_ctl(epfd, EPOLL_CTL_MOD, cn->fd, &ev) != 0) die("epoll_ctl: %s", strerror(errno));
  cn->epollout = on;
}

static void conn_lost(conn *cn, const char *why);

/* Sends whatever nghttp2 has queued; returns -1 if the connection was lost. */
static int conn_flush(conn *cn) {
  for (;;) {
    while (cn->wlen < WBUF_SIZE) {
      if (!cn->pend_len) {
        const uint8_t *data;
        ssize_t n = nghttp2_session_mem_send(cn->sess, &data);
        if (n < 0) {
          conn_lost(cn, nghttp2_strerror((int)n));
          return -1;
        }
        if (n == 0) break;
        cn->pend = data;
        cn->pend_len = (size_t)n;
      }
      size_t room = WBUF_SIZE - cn->wlen, n = cn->pend_len < room ? cn->pend_len : room;
      memcpy(cn->wbuf + cn->wlen, cn->pend, n);
      cn->wlen += n;
      cn->pend += n;
      cn->pend_len -= n;
    }
    if (cn->woff == cn->wlen) {
      set_epollout(cn, 0);
      return 0;
    }
    while (cn->woff < cn->wlen) {
      ssize_t w = write(cn->fd, cn->wbuf + cn->woff, cn->wlen - cn->woff);
      if (w < 0) {
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
          set_epollout(cn, 1);
          return 0;
        }
        conn_lost(cn, strerror(errno));
        return -1;
      }
      cn->woff += (size_t)w;
    }
    cn->wlen = cn->woff = 0;
  }
}

static int conn_read(conn *cn) {
  for (;;) {
    ssize_t n = read(cn->fd, rbuf, sizeof rbuf);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) return 0;
      conn_lost(cn, strerror(errno));
      return -1;
    }
    if (n == 0) {
      conn_lost(cn, "closed by peer");
      return -1;
    }
    ssize_t r = nghttp2_session_mem_recv(cn->sess, rbuf, (size_t)n);
    if (r < 0) {
      conn_lost(cn, nghttp2_strerror((int)r));
      return -1;
    }
    /* Level-triggered epoll: a short read means the socket is drained for now. */
    if ((size_t)n < sizeof rbuf) return 0;
  }
}

static int conn_open(conn *cn) {
  struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM}, *res, *ai;
  int rc = getaddrinfo(opt_host, opt_port, &hints, &res);
  if (rc != 0) die("getaddrinfo: %s", gai_strerror(rc));
  int fd = -1;
  for (ai = res; ai; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
    if (fd < 0) continue;
    if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) break; /* blocking connect, then non-blocking I/O */
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  if (fd < 0) return -1;
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  cn->fd = fd;
  cn->alive = 1;
  cn->wlen = cn->woff = cn->pend_len = 0;
  cn->epollout = 0;
  if (nghttp2_session_client_new(&cn->sess, callbacks, cn) != 0) die("%s", "nghttp2_session_client_new failed");
  nghttp2_settings_entry iv[] = {
      {NGHTTP2_SETTINGS_ENABLE_PUSH, 0},
      {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 100},
      {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, 1 << 24},
  };
  nghttp2_submit_settings(cn->sess, NGHTTP2_FLAG_NONE, iv, sizeof iv / sizeof iv[0]);
  nghttp2_session_set_local_window_size(cn->sess, NGHTTP2_FLAG_NONE, 0, 1 << 28);
  struct epoll_event ev = {.events = EPOLLIN, .data.u64 = (uint64_t)cn->id};
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) != 0) die("epoll_ctl: %s", strerror(errno));
  return 0;
}

/* The connection failed: its in-flight calls fail with connectionLost, and it reconnects. */
static void conn_lost(conn *cn, const char *why) {
  if (!cn->alive) return;
  cn->alive = 0;
  if (phase != PH_DONE) fprintf(stderr, "loadgen: connection %d lost (%s), reconnecting\n", cn->id, why);
  uint64_t now = now_ns();
  for (int i = 0; i < opt_streams; i++) {
    call *c = &cn->calls[i];
    if (c->in_use) {
      if (!first_failure[0] && phase != PH_DONE) note_failure(ST_CONN_LOST, why, strlen(why));
      finish_call(c, ST_CONN_LOST, now);
    }
  }
  epoll_ctl(epfd, EPOLL_CTL_DEL, cn->fd, NULL);
  close(cn->fd);
  cn->fd = -1;
  nghttp2_session_del(cn->sess);
  cn->sess = NULL;
}

/* Whether a call can start on the connection now (open, a free slot, no GOAWAY received). */
static inline int can_start(conn *cn) {
  return cn->alive && cn->n_free > 0 && nghttp2_session_check_request_allowed(cn->sess);
}

static int submit_call(conn *cn, uint64_t start_ns, uint64_t now) {
  call *c = &cn->calls[cn->free_stack[cn->n_free - 1]];
  size_t b = next_body++;
  if (next_body == n_bodies) next_body = 0;
  c->body = bodies_data + body_off[b];
  c->body_len = body_len[b];
  c->body_pos = 0;
  c->http_status = 0;
  c->grpc_status = -1;
  c->data_bytes = 0;
  c->timed_out = 0;
  c->start_ns = start_ns;
  c->sent_ns = now;
  nghttp2_data_provider dp = {.source.ptr = c, .read_callback = read_body};
  int32_t id = nghttp2_submit_request(cn->sess, NULL, req_nv, req_nv_len, &dp, c);
  if (id < 0) return -1; /* e.g. after GOAWAY; the connection will be replaced */
  cn->n_free--;
  c->in_use = 1;
  c->stream_id = id;
  st.submitted++;
  return 0;
}

static void check_timeouts(uint64_t now) {
  uint64_t limit = (uint64_t)opt_timeout_ms * 1000000ull;
  for (int k = 0; k < opt_connections; k++) {
    conn *cn = &conns[k];
    if (!cn->alive) continue;
    for (int i = 0; i < opt_streams; i++) {
      call *c = &cn->calls[i];
      if (c->in_use && !c->timed_out && now - c->sent_ns > limit) {
        c->timed_out = 1;
        nghttp2_submit_rst_stream(cn->sess, NGHTTP2_FLAG_NONE, c->stream_id, NGHTTP2_CANCEL);
      }
    }
  }
}

/* Waits for I/O until the absolute time `wake_ns` (nanosecond timeout with epoll_pwait2,
   millisecond with epoll_wait where the kernel lacks it). */
static int wait_events(struct epoll_event *evs, int max, uint64_t wake_ns, uint64_t now) {
  static int have_pwait2 = 1;
  uint64_t d = wake_ns > now ? wake_ns - now : 0;
  if (have_pwait2) {
    struct timespec ts = {.tv_sec = (time_t)(d / 1000000000ull), .tv_nsec = (long)(d % 1000000000ull)};
    int n = epoll_pwait2(epfd, evs, max, &ts, NULL);
    if (n >= 0 || errno != ENOSYS) return n;
    have_pwait2 = 0;
  }
  return epoll_wait(epfd, evs, max, (int)((d + 999999) / 1000000));
}
/* ---------- setup ---------- */

static void load_bodies(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) die("cannot open --bodies %s", path);
  struct stat sb;
  fstat(fileno(f), &sb);
  size_t size = (size_t)sb.st_size;
  bodies_data = malloc(size ? size : 1);
  if (size && fread(bodies_data, 1, size, f) != size) die("cannot read %s", path);
  fclose(f);
  size_t n = 0, cap = 1024;
  body_off = malloc(cap * sizeof *body_off);
  body_len = malloc(cap * sizeof *body_len);
  for (size_t p = 0; p < size;) {
    if (size - p < 5) die("%s: truncated gRPC frame header", path);
    if (bodies_data[p] > 1) die("%s: bad gRPC frame flag (want 0 or 1)", path);
    size_t len = ((size_t)bodies_data[p + 1] << 24) | ((size_t)bodies_data[p + 2] << 16) |
                 ((size_t)bodies_data[p + 3] << 8) | bodies_data[p + 4];
    if (size - p - 5 < len) die("%s: truncated gRPC frame", path);
    if (n == cap) {
      cap *= 2;
      body_off = realloc(body_off, cap * sizeof *body_off);
      body_len = realloc(body_len, cap * sizeof *body_len);
    }
    body_off[n] = p;
    body_len[n] = 5 + len;
    n++;
    p += 5 + len;
  }
  if (n == 0) die("%s: no gRPC frames", path);
  n_bodies = n;
}

#define NV(NAME, VALUE)                                                                                  \
  req_nv[req_nv_len++] = (nghttp2_nv) {                                                                  \
    (uint8_t *)(NAME), (uint8_t *)(VALUE), strlen(NAME), strlen(VALUE),                                  \
        NGHTTP2_NV_FLAG_NO_COPY_NAME | NGHTTP2_NV_FLAG_NO_COPY_VALUE                                     \
  }

static void usage(int code) {
  fprintf(code ? stderr : stdout,
          "usage: loadgen --bodies FILE [options]\n"
          "  --host H            server host (default 127.0.0.1)\n"
          "  --port P            server port (default 50051)\n"
          "  --path PATH         gRPC method path (default /attune.v1.PersonalizeRuntime/GetRecommendations)\n"
          "  --bodies FILE       concatenated gRPC frames (flag byte, 4-byte BE length, message); one per call,\n"
          "                      used round-robin\n"
          "  --connections C     HTTP/2 connections (default 1)\n"
          "  --streams M         calls in flight per connection (default 16); total in flight C x M\n"
          "  --duration S        measured seconds (default 10)\n"
          "  --warmup S          seconds before the measurement, not counted (default 0)\n"
          "  --rate R            open loop: R calls/s in total, at most C x M in flight; default closed loop\n"
          "  --tick-us T         --rate: start due calls in batches on a T us grid (default 1000; 0: one\n"
          "                      wake-up per call); latency counts from the due time + T at the latest\n"
          "  --timeout-ms T      cancel calls after T ms, counted as \"timeout\" (default 10000)\n"
          "  --grpc-timeout      also send the grpc-timeout header (T ms)\n"
          "prints one JSON line: calls, ok, failed, failedByStatus, seconds, callsPerSecond, p50Ms, p90Ms,\n"
          "p99Ms, p999Ms, maxMs (latencies of OK calls), plus details\n");
  exit(code);
}

static double percentile_ms(double q) {
  if (st.lat_count == 0) return NAN;
  uint64_t rank = (uint64_t)ceil(q * (double)st.lat_count);
  if (rank < 1) rank = 1;
  uint64_t seen = 0;
  for (int i = 0; i < HIST_BUCKETS; i++) {
    seen += hist[i];
    if (seen >= rank) {
      double us = hist_value(i);
      if (us > (double)st.max_us) us = (double)st.max_us;
      return us / 1000.0;
    }
  }
  return (double)st.max_us / 1000.0;
}

static void print_ms(const char *key, double v, int comma) {
  if (isnan(v)) printf("\"%s\":null", key);
  else printf("\"%s\":%.3f", key, v);
  if (comma) printf(",");
}

static void on_signal(int sig) {
  (void)sig;
  interrupted = 1;
}

int main(int argc, char **argv) {
  static const struct option longopts[] = {
      {"host", required_argument, 0, 'h'},        {"port", required_argument, 0, 'p'},
      {"path", required_argument, 0, 'P'},        {"bodies", required_argument, 0, 'b'},
      {"connections", required_argument, 0, 'c'}, {"streams", required_argument, 0, 'm'},
      {"duration", required_argument, 0, 'd'},    {"warmup", required_argument, 0, 'w'},
      {"rate", required_argument, 0, 'r'},        {"timeout-ms", required_argument, 0, 't'},
      {"grpc-timeout", no_argument, 0, 'g'},      {"tick-us", required_argument, 0, 'T'},
      {"help", no_argument, 0, 'H'},
      {0, 0, 0, 0}};
  int o;
  while ((o = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
    switch (o) {
      case 'h': opt_host = optarg; break;
      case 'p': opt_port = optarg; break;
      case 'P': opt_path = optarg; break;
      case 'b': opt_bodies = optarg; break;
      case 'c': opt_connections = atoi(optarg); break;
      case 'm': opt_streams = atoi(optarg); break;
      case 'd': opt_duration = atof(optarg); break;
      case 'w': opt_warmup = atof(optarg); break;
      case 'r': opt_rate = atof(optarg); break;
      case 't': opt_timeout_ms = atol(optarg); break;
      case 'g': opt_grpc_timeout = 1; break;
      case 'T': opt_tick_us = atol(optarg); break;
      case 'H': usage(0); break;
      default: usage(2);
    }
  }
  if (optind != argc || !opt_bodies) usage(2);
  if (opt_connections < 1 || opt_streams < 1 || opt_duration <= 0 || opt_warmup < 0 || opt_rate < 0 ||
      opt_timeout_ms < 1 || opt_tick_us < 0)
    usage(2);
  signal(SIGPIPE, SIG_IGN);
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  load_bodies(opt_bodies);

  snprintf(authority, sizeof authority, strchr(opt_host, ':') ? "[%s]:%s" : "%s:%s", opt_host, opt_port);
  NV(":method", "POST");
  NV(":scheme", "http");
  NV(":path", opt_path);
  NV(":authority", authority);
  NV("content-type", "application/grpc");
  NV("te", "trailers");
  NV("user-agent", "attune-loadgen");
  if (opt_grpc_timeout) {
    snprintf(grpc_timeout_value, sizeof grpc_timeout_value, "%ldm", opt_timeout_ms);
    NV("grpc-timeout", grpc_timeout_value);
  }

  nghttp2_session_callbacks_new(&callbacks);
  nghttp2_session_callbacks_set_on_header_callback(callbacks, on_header);
  nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, on_data_chunk);
  nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, on_stream_close);

  epfd = epoll_create1(EPOLL_CLOEXEC);

  conns = calloc((size_t)opt_connections, sizeof *conns);
  for (int k = 0; k < opt_connections; k++) {
    conn *cn = &conns[k];
    cn->id = k;
    cn->calls = calloc((size_t)opt_streams, sizeof *cn->calls);
    cn->free_stack = malloc((size_t)opt_streams * sizeof *cn->free_stack);
    cn->wbuf = malloc(WBUF_SIZE);
    for (int i = 0; i < opt_streams; i++) {
      cn->calls[i].conn = cn;
      cn->calls[i].idx = i;
      cn->free_stack[i] = opt_streams - 1 - i;
    }
    cn->n_free = opt_streams;
    if (conn_open(cn) != 0) die("cannot connect to %s", authority);
  }

  const uint64_t t0 = now_ns();
  const uint64_t t_measure = t0 + (uint64_t)(opt_warmup * 1e9);
  const uint64_t t_end = t_measure + (uint64_t)(opt_duration * 1e9);
  uint64_t measure_start = t_measure, measure_end = t_end;
  phase = opt_warmup > 0 ? PH_WARMUP : PH_MEASURE;
  double cpu_start = cpu_seconds(), cpu_end = 0;
  const double period_ns = opt_rate > 0 ? 1e9 / opt_rate : 0;
  const uint64_t tick_ns = (uint64_t)opt_tick_us * 1000ull;
  uint64_t due_k = 0; /* --rate: the next call to start is due at t0 + due_k * period */
  uint64_t next_scan = t0 + TIMEOUT_SCAN_NS;
  int rr = 0;
  struct epoll_event evs[64];

  for (;;) {
    uint64_t now = now_ns();
    if (phase == PH_WARMUP && now >= t_measure) {
      phase = PH_MEASURE;
      measure_start = now;
      cpu_start = cpu_seconds();
    }
    if (now >= t_end || interrupted) {
      measure_end = now;
      cpu_end = cpu_seconds();
      break;
    }
    /* Replace connections that can do no more: GOAWAY received (or stream ids spent) and no
       calls left in flight, or nghttp2 wants neither to read nor to write. */
    for (int k = 0; k < opt_connections; k++) {
      conn *cn = &conns[k];
      if (cn->alive && ((!nghttp2_session_check_request_allowed(cn->sess) && cn->n_free == opt_streams) ||
                        (!nghttp2_session_want_read(cn->sess) && !nghttp2_session_want_write(cn->sess))))
        conn_lost(cn, "session ended (GOAWAY)");
    }
    /* Reconnect lost connections. */
    for (int k = 0; k < opt_connections; k++)
      if (!conns[k].alive && conn_open(&conns[k]) != 0) die("cannot reconnect to %s", authority);
    /* Start calls. */
    if (opt_rate > 0) {
      for (;;) {
        uint64_t due = t0 + (uint64_t)((double)due_k * period_ns);
        /* Calls start in batches on the tick grid t0 + j * tick (not as soon as due after an I/O
           wake-up), so that a tick costs one wake-up and one write. */
        uint64_t start_at = tick_ns > 0 ? t0 + (due - t0 + tick_ns - 1) / tick_ns * tick_ns : due;
        if (start_at > now) break;
        /* The calls started in one pass go on one connection while it has free slots (one
           write for the batch); the next pass starts on the next connection. */
        conn *cn = NULL;
        for (int i = 0; i < opt_connections; i++) {
          conn *x = &conns[(rr + i) % opt_connections];
          if (can_start(x)) {
            cn = x;
            rr = (rr + i) % opt_connections;
            break;
          }
        }
        if (!cn) break; /* all slots busy: the due calls wait (and their latency grows) */
        /* Latency origin: the due time, but a start delayed by less than one tick (pacing) is
           not counted against the server; any longer delay (no free slot, client stalled) is. */
        uint64_t origin = due + tick_ns < now ? due + tick_ns : now;
        if (submit_call(cn, origin, now) != 0) {
          conn_lost(cn, "cannot start a stream");
          break;
        }
        uint64_t lag = now - due;
        if (lag > st.max_lag_ns && phase == PH_MEASURE) st.max_lag_ns = lag;
        if (lag > tick_ns + 1000000ull && phase == PH_MEASURE) st.late_starts++;
        due_k++;
      }
      rr = (rr + 1) % opt_connections;
    } else {
      for (int k = 0; k < opt_connections; k++) {
        conn *cn = &conns[k];
        while (can_start(cn))
          if (submit_call(cn, now, now) != 0) conn_lost(cn, "cannot start a stream");
      }
    }
    if (now >= next_scan) {
      check_timeouts(now);
      next_scan = now + TIMEOUT_SCAN_NS;
    }
    for (int k = 0; k < opt_connections; k++)
      if (conns[k].alive) conn_flush(&conns[k]);
    /* Sleep until I/O, the next due call, the next timeout scan or the next phase. */
    uint64_t wake = next_scan;
    if (phase == PH_WARMUP && t_measure < wake) wake = t_measure;
    if (t_end < wake) wake = t_end;
    if (opt_rate > 0) {
      uint64_t due = t0 + (uint64_t)((double)due_k * period_ns);
      int free_slot = 0;
      for (int k = 0; k < opt_connections && !free_slot; k++) free_slot = can_start(&conns[k]);
      /* Wake on the tick grid (t0 + j * tick) rather than for every call. */
      if (tick_ns > 0) due = t0 + (due - t0 + tick_ns - 1) / tick_ns * tick_ns;
      if (free_slot && due < wake) wake = due;
    }
    int n = wait_events(evs, 64, wake, now_ns());
    if (n < 0) {
      if (errno == EINTR) continue;
      die("epoll_wait: %s", strerror(errno));
    }
    for (int i = 0; i < n; i++) {
      conn *cn = &conns[evs[i].data.u64];
      if (!cn->alive) continue;
      if (evs[i].events & (EPOLLIN | EPOLLERR | EPOLLHUP)) {
        if (conn_read(cn) != 0) continue;
      }
      if (evs[i].events & EPOLLOUT) conn_flush(cn);
    }
  }

  phase = PH_DONE;
  for (int k = 0; k < opt_connections; k++) {
    conn *cn = &conns[k];
    if (!cn->alive) continue;
    nghttp2_session_terminate_session(cn->sess, NGHTTP2_NO_ERROR); /* best effort GOAWAY */
    conn_flush(cn);
    if (cn->alive) conn_lost(cn, "done");
  }

  double seconds = (double)(measure_end - measure_start) / 1e9;
  printf("{\"calls\":%llu,\"ok\":%llu,\"failed\":%llu,\"failedByStatus\":{", (unsigned long long)st.calls,
         (unsigned long long)st.ok, (unsigned long long)st.failed);
  int first = 1;
  for (int i = 1; i < ST_COUNT; i++) {
    if (!st.by_status[i]) continue;
    printf("%s\"%s\":%llu", first ? "" : ",", status_names[i], (unsigned long long)st.by_status[i]);
    first = 0;
  }
  printf("},\"seconds\":%.3f,\"callsPerSecond\":%.1f,\"okPerSecond\":%.1f,", seconds,
         seconds > 0 ? (double)st.calls / seconds : 0.0, seconds > 0 ? (double)st.ok / seconds : 0.0);
  print_ms("p50Ms", percentile_ms(0.5), 1);
  print_ms("p90Ms", percentile_ms(0.9), 1);
  print_ms("p99Ms", percentile_ms(0.99), 1);
  print_ms("p999Ms", percentile_ms(0.999), 1);
  print_ms("maxMs", st.lat_count ? (double)st.max_us / 1000.0 : NAN, 1);
  print_ms("meanMs", st.lat_count ? (double)st.sum_us / (double)st.lat_count / 1000.0 : NAN, 1);
  printf("\"clientCpuSeconds\":%.3f,\"clientCpuPercent\":%.1f,", cpu_end - cpu_start,
         seconds > 0 ? 100.0 * (cpu_end - cpu_start) / seconds : 0.0);
  printf("\"mode\":\"%s\",", opt_rate > 0 ? "open" : "closed");
  if (opt_rate > 0) {
    printf("\"targetRate\":%.1f,\"tickUs\":%ld,\"lateStarts\":%llu,", opt_rate, opt_tick_us,
           (unsigned long long)st.late_starts);
    print_ms("maxStartLagMs", (double)st.max_lag_ns / 1e6, 1);
  }
  printf("\"connections\":%d,\"streams\":%d,\"bodies\":%zu,\"warmupCalls\":%llu,\"submitted\":%llu", opt_connections,
         opt_streams, n_bodies, (unsigned long long)st.warmup_calls, (unsigned long long)st.submitted);
  if (first_failure[0]) printf(",\"firstFailure\":\"%s\"", first_failure);
  printf("}\n");
  fflush(stdout);
  return 0;
}
