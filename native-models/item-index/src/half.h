// IEEE 754 half-precision storage for item vectors: conversion (round to nearest even) and the
// dot products the index measures with. x86-64 CPUs with AVX2, FMA and F16C take a SIMD path,
// picked once at load time; every other CPU a portable scalar path with the same results up to
// float summation order.
#pragma once

#include <cstddef>
#include <cstdint>

namespace attune_index {

// "avx2+f16c" or "scalar": which path this process uses.
const char* half_path();

// dst[i] = half(src[i]), round to nearest even, for i < n.
void to_half(const float* src, uint16_t* dst, size_t n);

// dst[i] = float(src[i]) (exact), for i < n.
void from_half(const uint16_t* src, float* dst, size_t n);

// Σ q[i]·float(v[i]), accumulated in float.
float dot_f32_f16(const float* q, const uint16_t* v, size_t n);

// Σ float(a[i])·float(b[i]), accumulated in float.
float dot_f16_f16(const uint16_t* a, const uint16_t* b, size_t n);

}  // namespace attune_index
