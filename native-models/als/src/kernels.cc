// Weighted-ALS kernels in plain C++17 with std::thread. The hot loops are written so the compiler
// vectorizes them; on x86-64 Linux the row solver is compiled for AVX-512, AVX2+FMA and baseline
// and the loader picks the best one for the CPU it runs on (GCC/Clang function multi-versioning),
// so a binary built on one machine stays correct on another.
#include "kernels.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <thread>
#include <vector>

#if defined(__x86_64__) && defined(__linux__) && defined(__GNUC__) && !defined(ATTUNE_NO_CLONES)
#define ATTUNE_CLONES __attribute__((target_clones("arch=skylake-avx512", "arch=haswell", "default")))
#else
#define ATTUNE_CLONES
#endif

#define ATTUNE_INLINE inline __attribute__((always_inline))

namespace attune_als {
namespace {

constexpr float kEps = 1e-20f;
// Rows handed to a thread at a time: small enough to balance power-law rows.
constexpr int64_t kChunk = 16;

ATTUNE_INLINE float dot(const float* __restrict a, const float* __restrict b, int k) {
  float s = 0.f;
#pragma omp simd reduction(+ : s)
  for (int i = 0; i < k; i++) s += a[i] * b[i];
  return s;
}

ATTUNE_INLINE void axpy(float* __restrict y, float a, const float* __restrict x, int k) {
#pragma omp simd
  for (int i = 0; i < k; i++) y[i] += a * x[i];
}

// out = G·v for symmetric G (row b of G is column b).
ATTUNE_INLINE void symv(const float* __restrict g, const float* __restrict v, float* __restrict out, int k) {
  std::memset(out, 0, sizeof(float) * k);
  for (int b = 0; b < k; b++) axpy(out, v[b], g + static_cast<int64_t>(b) * k, k);
}

// Solves rows [begin, end); scratch holds 3·k floats.
ATTUNE_CLONES void solve_range(const int32_t* __restrict ptr, int64_t begin, int64_t end, const int32_t* __restrict idx,
                               const float* __restrict conf, const float* __restrict y, const float* __restrict g,
                               float* __restrict x, int k, int steps, float* __restrict scratch) {
  float* __restrict r = scratch;
  float* __restrict p = scratch + k;
  float* __restrict ap = scratch + 2 * k;
  for (int64_t u = begin; u < end; u++) {
    float* __restrict xu = x + u * k;
    const int32_t lo = ptr[u];
    const int32_t hi = ptr[u + 1];
    // r = b − A·x
    symv(g, xu, ap, k);
#pragma omp simd
    for (int a = 0; a < k; a++) r[a] = -ap[a];
    for (int32_t j = lo; j < hi; j++) {
      const float c = conf[j];
      const float* __restrict yi = y + static_cast<int64_t>(idx[j]) * k;
      const float d = dot(yi, xu, k);
      axpy(r, c - (c - 1.f) * d, yi, k);
    }
    std::memcpy(p, r, sizeof(float) * k);
    float rs_old = dot(r, r, k);
    if (rs_old < kEps) continue;
    for (int step = 0; step < steps; step++) {
      symv(g, p, ap, k);
      for (int32_t j = lo; j < hi; j++) {
        const float c1 = conf[j] - 1.f;
        const float* __restrict yi = y + static_cast<int64_t>(idx[j]) * k;
        axpy(ap, c1 * dot(yi, p, k), yi, k);
      }
      const float pap = dot(p, ap, k);
      if (!(pap > 0.f)) break;
      const float alpha = rs_old / pap;
      float rs_new = 0.f;
#pragma omp simd reduction(+ : rs_new)
      for (int a = 0; a < k; a++) {
        xu[a] += alpha * p[a];
        const float ra = r[a] - alpha * ap[a];
        r[a] = ra;
        rs_new += ra * ra;
      }
      if (rs_new < kEps) break;
      const float beta = rs_new / rs_old;
#pragma omp simd
      for (int a = 0; a < k; a++) p[a] = r[a] + beta * p[a];
      rs_old = rs_new;
    }
  }
}

// Upper triangle of Σ f·fᵀ over rows [begin, end) added into acc (k × k doubles).
ATTUNE_CLONES void gram_range(const float* __restrict f, int64_t begin, int64_t end, int k, double* __restrict acc) {
  for (int64_t r = begin; r < end; r++) {
    const float* __restrict row = f + r * k;
    for (int a = 0; a < k; a++) {
      const double fa = row[a];
      if (fa == 0.0) continue;
      double* __restrict out = acc + static_cast<int64_t>(a) * k;
#pragma omp simd
      for (int b = a; b < k; b++) out[b] += fa * static_cast<double>(row[b]);
    }
  }
}

// Runs fn(thread_index) on `threads` threads (inline when 1) and joins them.
template <typename Fn>
void run_threads(int threads, Fn fn) {
  if (threads <= 1) {
    fn(0);
    return;
  }
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (int t = 1; t < threads; t++) pool.emplace_back(fn, t);
  fn(0);
  for (auto& th : pool) th.join();
}

}  // namespace

void gram(const float* factors, int64_t n, int k, double reg, double* out, int threads) {
  const int64_t kk = static_cast<int64_t>(k) * k;
  threads = static_cast<int>(std::max<int64_t>(1, std::min<int64_t>(threads, n / 256 + 1)));
  std::vector<double> partial(kk * threads, 0.0);
  run_threads(threads, [&](int t) {
    const int64_t begin = n * t / threads;
    const int64_t end = n * (t + 1) / threads;
    gram_range(factors, begin, end, k, partial.data() + kk * t);
  });
  for (int a = 0; a < k; a++) {
    for (int b = a; b < k; b++) {
      double s = 0.0;
      for (int t = 0; t < threads; t++) s += partial[kk * t + static_cast<int64_t>(a) * k + b];
      if (a == b) s += reg;
      out[static_cast<int64_t>(a) * k + b] = s;
      out[static_cast<int64_t>(b) * k + a] = s;
    }
  }
}

void solve_rows(const int32_t* ptr, int64_t rows, const int32_t* idx, const float* conf, const float* other,
                const double* gram_in, float* x, int k, int steps, int threads) {
  const int64_t kk = static_cast<int64_t>(k) * k;
  std::vector<float> g(kk);
  for (int64_t i = 0; i < kk; i++) g[i] = static_cast<float>(gram_in[i]);
  threads = static_cast<int>(std::max<int64_t>(1, std::min<int64_t>(threads, (rows + kChunk - 1) / kChunk)));
  std::atomic<int64_t> next{0};
  run_threads(threads, [&](int) {
    std::vector<float> scratch(3 * static_cast<size_t>(k));
    for (;;) {
      const int64_t begin = next.fetch_add(kChunk, std::memory_order_relaxed);
      if (begin >= rows) break;
      solve_range(ptr, begin, std::min(rows, begin + kChunk), idx, conf, other, g.data(), x, k, steps, scratch.data());
    }
  });
}

}  // namespace attune_als
