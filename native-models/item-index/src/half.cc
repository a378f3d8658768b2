#include "half.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define ATTUNE_X86 1
#else
#define ATTUNE_X86 0
#endif

namespace attune_index {
namespace {

uint16_t scalar_to_half(float f) {
  uint32_t x;
  std::memcpy(&x, &f, 4);
  const uint32_t sign = (x >> 16) & 0x8000u;
  const uint32_t absx = x & 0x7fffffffu;
  if (absx >= 0x7f800000u) return static_cast<uint16_t>(sign | (absx > 0x7f800000u ? 0x7e00u : 0x7c00u));
  if (absx >= 0x477ff000u) return static_cast<uint16_t>(sign | 0x7c00u);  // rounds past 65504: infinity
  if (absx < 0x38800000u) {                                               // below 2^-14: subnormal half
    float a;
    std::memcpy(&a, &absx, 4);
    return static_cast<uint16_t>(sign | static_cast<uint32_t>(std::nearbyint(a * 16777216.0f)));
  }
  const uint32_t mant = absx & 0x7fffffu;
  uint32_t h = ((((absx >> 23) - 127u + 15u)) << 10) | (mant >> 13);
  const uint32_t rest = mant & 0x1fffu;
  if (rest > 0x1000u || (rest == 0x1000u && (h & 1u))) h++;  // a carry into the exponent is correct
  return static_cast<uint16_t>(sign | h);
}

float scalar_from_half_bits(uint16_t h) {
  const uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
  const uint32_t exp = (h >> 10) & 0x1fu;
  const uint32_t mant = h & 0x3ffu;
  if (exp == 0) {
    const float v = static_cast<float>(mant) * (1.0f / 16777216.0f);
    return sign ? -v : v;
  }
  const uint32_t x = exp == 31 ? (sign | 0x7f800000u | (mant << 13)) : (sign | ((exp + 112u) << 23) | (mant << 13));
  float f;
  std::memcpy(&f, &x, 4);
  return f;
}

// Every half's float value, for the scalar path (256 KiB, built once).
struct HalfTable {
  float value[65536];
  HalfTable() {
    for (uint32_t h = 0; h < 65536; h++) value[h] = scalar_from_half_bits(static_cast<uint16_t>(h));
  }
};
const HalfTable& table() {
  static const HalfTable t;
  return t;
}

#if ATTUNE_X86
__attribute__((target("avx2,fma,f16c"))) void simd_to_half(const float* src, uint16_t* dst, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    __m128i h = _mm256_cvtps_ph(_mm256_loadu_ps(src + i), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), h);
  }
  for (; i < n; i++) dst[i] = scalar_to_half(src[i]);
}

__attribute__((target("avx2,fma,f16c"))) void simd_from_half(const uint16_t* src, float* dst, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8)
    _mm256_storeu_ps(dst + i, _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i))));
  for (; i < n; i++) dst[i] = scalar_from_half_bits(src[i]);
}

__attribute__((target("avx2,fma,f16c"))) inline float hsum(__m256 v) {
  __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  s = _mm_add_ps(s, _mm_movehl_ps(s, s));
  s = _mm_add_ss(s, _mm_movehdup_ps(s));
  return _mm_cvtss_f32(s);
}

__attribute__((target("avx2,fma,f16c"))) float simd_dot_f32_f16(const float* q, const uint16_t* v, size_t n) {
  __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps();
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    __m256 v0 = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(v + i)));
    __m256 v1 = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(v + i + 8)));
    a0 = _mm256_fmadd_ps(_mm256_loadu_ps(q + i), v0, a0);
    a1 = _mm256_fmadd_ps(_mm256_loadu_ps(q + i + 8), v1, a1);
  }
  for (; i + 8 <= n; i += 8) {
    __m256 v0 = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(v + i)));
    a0 = _mm256_fmadd_ps(_mm256_loadu_ps(q + i), v0, a0);
  }
  float sum = hsum(_mm256_add_ps(a0, a1));
  for (; i < n; i++) sum += q[i] * scalar_from_half_bits(v[i]);
  return sum;
}

__attribute__((target("avx2,fma,f16c"))) float simd_dot_f16_f16(const uint16_t* a, const uint16_t* b, size_t n) {
  __m256 acc = _mm256_setzero_ps();
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    __m256 x = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(a + i)));
    __m256 y = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i)));
    acc = _mm256_fmadd_ps(x, y, acc);
  }
  float sum = hsum(acc);
  for (; i < n; i++) sum += scalar_from_half_bits(a[i]) * scalar_from_half_bits(b[i]);
  return sum;
}

bool detect_simd() {
  if (std::getenv("ATTUNE_INDEX_SCALAR") != nullptr) return false;
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("f16c");
}
const bool kSimd = detect_simd();
#else
const bool kSimd = false;
#endif

}  // namespace

const char* half_path() { return kSimd ? "avx2+f16c" : "scalar"; }

void to_half(const float* src, uint16_t* dst, size_t n) {
#if ATTUNE_X86
  if (kSimd) return simd_to_half(src, dst, n);
#endif
  for (size_t i = 0; i < n; i++) dst[i] = scalar_to_half(src[i]);
}

void from_half(const uint16_t* src, float* dst, size_t n) {
#if ATTUNE_X86
  if (kSimd) return simd_from_half(src, dst, n);
#endif
  const float* t = table().value;
  for (size_t i = 0; i < n; i++) dst[i] = t[src[i]];
}

float dot_f32_f16(const float* q, const uint16_t* v, size_t n) {
#if ATTUNE_X86
  if (kSimd) return simd_dot_f32_f16(q, v, n);
#endif
  const float* t = table().value;
  float sum = 0;
  for (size_t i = 0; i < n; i++) sum += q[i] * t[v[i]];
  return sum;
}

float dot_f16_f16(const uint16_t* a, const uint16_t* b, size_t n) {
#if ATTUNE_X86
  if (kSimd) return simd_dot_f16_f16(a, b, n);
#endif
  const float* t = table().value;
  float sum = 0;
  for (size_t i = 0; i < n; i++) sum += t[a[i]] * t[b[i]];
  return sum;
}

}  // namespace attune_index
