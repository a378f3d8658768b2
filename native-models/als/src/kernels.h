// Weighted-ALS kernels (no Node-API here): gram matrix and conjugate-gradient row solves.
#pragma once
#include <cstdint>

namespace attune_als {

// out (k × k, row-major) = Fᵀ·F + reg·I for the n × k row-major factor matrix F, using `threads` threads.
void gram(const float* factors, int64_t n, int k, double reg, double* out, int threads);

// For every row r of the CSR (ptr, idx, conf): `steps` conjugate-gradient steps, warm-started from
// x[r], on (G + Σ_j (c_j − 1)·y_j·y_jᵀ)·x = Σ_j c_j·y_j, y_j = row idx[j] of `other` (k wide),
// G = gram (k × k, already holding the regularization). Rows are independent: the result does not
// depend on `threads`.
void solve_rows(const int32_t* ptr, int64_t rows, const int32_t* idx, const float* conf, const float* other,
                const double* gram, float* x, int k, int steps, int threads);

}  // namespace attune_als
