// Argument checks shared by Attune's Node-API addons (node_api.h only). Each addon defines
// attune_napi::kArgErrorCode, the code its argument errors carry.
#pragma once

#include <node_api.h>

#include <cstdint>
#include <string>

namespace attune_napi {

extern const char* const kArgErrorCode;

// Throws a JS TypeError with `msg` and `code` (unless an exception is already pending); returns false.
inline bool fail(napi_env env, const std::string& msg, const char* code = kArgErrorCode) {
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (!pending) napi_throw_type_error(env, code, msg.c_str());
  return false;
}

// `v` as a typed array of element type `want`: its data and length.
template <typename T>
bool typed(napi_env env, napi_value v, napi_typedarray_type want, const char* name, T** data, size_t* length) {
  bool is = false;
  if (napi_is_typedarray(env, v, &is) != napi_ok || !is) return fail(env, std::string(name) + " must be a typed array");
  napi_typedarray_type type;
  void* raw = nullptr;
  if (napi_get_typedarray_info(env, v, &type, length, &raw, nullptr, nullptr) != napi_ok) return fail(env, name);
  if (type != want) return fail(env, std::string(name) + " has the wrong element type");
  *data = static_cast<T*>(raw);
  return true;
}

inline bool number(napi_env env, napi_value v, const char* name, double* out) {
  if (napi_get_value_double(env, v, out) != napi_ok) return fail(env, std::string(name) + " must be a number");
  return true;
}

// `v` as an integer in [min, 2^53).
inline bool integer(napi_env env, napi_value v, const char* name, int64_t min, int64_t* out) {
  double d;
  if (!number(env, v, name, &d)) return false;
  if (!(d >= static_cast<double>(min)) || d > 9007199254740991.0 || d != static_cast<double>(static_cast<int64_t>(d)))
    return fail(env, std::string(name) + " must be an integer ≥ " + std::to_string(min));
  *out = static_cast<int64_t>(d);
  return true;
}

}  // namespace attune_napi
