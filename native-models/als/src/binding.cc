// Node-API surface of the ALS kernels (node_api.h only): argument checks, then the C++ kernels.
// Both functions run synchronously on the calling thread (a training worker) and use extra
// std::threads for the row work.
#include <node_api.h>

#include <cstdint>
#include <string>

#include "kernels.h"

#include "napi_args.h"

const char* const attune_napi::kArgErrorCode = "ERR_ATTUNE_ALS_ARG";

namespace {
using attune_napi::fail;
using attune_napi::integer;
using attune_napi::number;
using attune_napi::typed;

// gram(factors: Float32Array, n, k, reg, out: Float64Array, threads): out = Fᵀ·F + reg·I.
napi_value Gram(napi_env env, napi_callback_info info) {
  size_t argc = 6;
  napi_value argv[6];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  if (argc < 6) return fail(env, "gram(factors, n, k, reg, out, threads) takes 6 arguments"), nullptr;
  float* f;
  double* out;
  size_t flen, olen;
  int64_t n, k, threads;
  double reg;
  if (!typed(env, argv[0], napi_float32_array, "factors", &f, &flen) || !integer(env, argv[1], "n", 0, &n) ||
      !integer(env, argv[2], "k", 1, &k) || !number(env, argv[3], "reg", &reg) ||
      !typed(env, argv[4], napi_float64_array, "out", &out, &olen) || !integer(env, argv[5], "threads", 1, &threads))
    return nullptr;
  if (static_cast<int64_t>(flen) < n * k) return fail(env, "factors is shorter than n × k"), nullptr;
  if (static_cast<int64_t>(olen) < k * k) return fail(env, "out is shorter than k × k"), nullptr;
  attune_als::gram(f, n, static_cast<int>(k), reg, out, static_cast<int>(threads));
  return nullptr;
}

// solveRows(ptr: Int32Array, idx: Int32Array, conf: Float32Array, other: Float32Array,
//           gram: Float64Array, x: Float32Array, k, cgSteps, threads)
napi_value SolveRows(napi_env env, napi_callback_info info) {
  size_t argc = 9;
  napi_value argv[9];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  if (argc < 9) return fail(env, "solveRows(ptr, idx, conf, other, gram, x, k, cgSteps, threads) takes 9 arguments"), nullptr;
  int32_t *ptr, *idx;
  float *conf, *other, *x;
  double* g;
  size_t nptr, nidx, nconf, nother, ng, nx;
  int64_t k, steps, threads;
  if (!typed(env, argv[0], napi_int32_array, "ptr", &ptr, &nptr) || !typed(env, argv[1], napi_int32_array, "idx", &idx, &nidx) ||
      !typed(env, argv[2], napi_float32_array, "conf", &conf, &nconf) ||
      !typed(env, argv[3], napi_float32_array, "other", &other, &nother) ||
      !typed(env, argv[4], napi_float64_array, "gram", &g, &ng) || !typed(env, argv[5], napi_float32_array, "x", &x, &nx) ||
      !integer(env, argv[6], "k", 1, &k) || !integer(env, argv[7], "cgSteps", 0, &steps) ||
      !integer(env, argv[8], "threads", 1, &threads))
    return nullptr;
  if (nptr < 1) return fail(env, "ptr must have rows + 1 entries"), nullptr;
  const int64_t rows = static_cast<int64_t>(nptr) - 1;
  if (static_cast<int64_t>(nx) < rows * k) return fail(env, "x is shorter than rows × k"), nullptr;
  if (static_cast<int64_t>(ng) < k * k) return fail(env, "gram is shorter than k × k"), nullptr;
  if (ptr[0] != 0) return fail(env, "ptr[0] must be 0"), nullptr;
  for (int64_t r = 0; r < rows; r++)
    if (ptr[r + 1] < ptr[r]) return fail(env, "ptr must be non-decreasing"), nullptr;
  const int64_t nnz = ptr[rows];
  if (static_cast<int64_t>(nidx) < nnz || static_cast<int64_t>(nconf) < nnz) return fail(env, "idx/conf are shorter than ptr[rows]"), nullptr;
  const int64_t other_rows = static_cast<int64_t>(nother) / k;
  for (int64_t j = 0; j < nnz; j++)
    if (idx[j] < 0 || idx[j] >= other_rows) return fail(env, "idx holds a row outside `other`"), nullptr;
  attune_als::solve_rows(ptr, rows, idx, conf, other, g, x, static_cast<int>(k), static_cast<int>(steps), static_cast<int>(threads));
  return nullptr;
}

}  // namespace

NAPI_MODULE_INIT() {
  napi_property_descriptor props[] = {
      {"gram", nullptr, Gram, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"solveRows", nullptr, SolveRows, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
  return exports;
}
