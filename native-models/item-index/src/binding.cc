// Node-API surface of the item index (node_api.h only): argument checks, then item_index.h.
// An index is an external value holding a std::shared_ptr; `share` and `take` pass one index
// between threads (the search thread builds it, the gRPC thread also reads it). Every function
// is synchronous; `build` uses `threads` std::threads.
#include <node_api.h>

#include <cstdint>
#include <memory>
#include <string>

#include "half.h"
#include "item_index.h"
#include "napi_args.h"

const char* const attune_napi::kArgErrorCode = "ERR_ATTUNE_INDEX_ARG";

namespace {
using attune_index::ItemIndex;
using Ref = std::shared_ptr<ItemIndex>;

using attune_napi::fail;
using attune_napi::integer;
using attune_napi::typed;

void finalize(napi_env, void* data, void*) { delete static_cast<Ref*>(data); }

napi_value wrap(napi_env env, Ref index) {
  napi_value out;
  Ref* holder = new Ref(std::move(index));
  if (napi_create_external(env, holder, finalize, nullptr, &out) != napi_ok) {
    delete holder;
    fail(env, "cannot create the index handle");
    return nullptr;
  }
  return out;
}

// The index behind a handle; null (and a pending TypeError) when it is not one or was released.
ItemIndex* unwrap(napi_env env, napi_value v) {
  napi_valuetype type;
  void* data = nullptr;
  if (napi_typeof(env, v, &type) != napi_ok || type != napi_external || napi_get_value_external(env, v, &data) != napi_ok || !data) {
    fail(env, "index must be an item-index handle");
    return nullptr;
  }
  ItemIndex* index = static_cast<Ref*>(data)->get();
  if (!index) fail(env, "the index was released", "ERR_ATTUNE_INDEX_RELEASED");
  return index;
}

template <size_t N>
bool args(napi_env env, napi_callback_info info, napi_value (&argv)[N], const char* usage) {
  size_t argc = N;
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  if (argc < N) return fail(env, std::string(usage) + " takes " + std::to_string(N) + " arguments");
  return true;
}

napi_value num(napi_env env, double v) {
  napi_value out;
  napi_create_double(env, v, &out);
  return out;
}

// Every item index in items[0 .. count) must be inside the index.
bool items_inside(napi_env env, const int32_t* items, size_t count, size_t size) {
  for (size_t i = 0; i < count; i++)
    if (items[i] < 0 || static_cast<size_t>(items[i]) >= size)
      return fail(env, "item " + std::to_string(items[i]) + " is outside the index (0 .. " + std::to_string(size) + ")", "ERR_ATTUNE_INDEX_RANGE");
  return true;
}

// The arguments of build and buildAsync: (factors: Float32Array, n, dim, connectivity, expansionAdd, threads).
struct BuildArgs {
  napi_value factors;
  const float* data;
  size_t n;
  attune_index::BuildOptions options;
};

bool build_args(napi_env env, napi_callback_info info, const char* usage, BuildArgs* out) {
  napi_value argv[6];
  if (!args(env, info, argv, usage)) return false;
  float* f;
  size_t flen;
  int64_t n, dim, m, ea, threads;
  if (!typed(env, argv[0], napi_float32_array, "factors", &f, &flen) || !integer(env, argv[1], "n", 0, &n) ||
      !integer(env, argv[2], "dim", 1, &dim) || !integer(env, argv[3], "connectivity", 2, &m) ||
      !integer(env, argv[4], "expansionAdd", 1, &ea) || !integer(env, argv[5], "threads", 1, &threads))
    return false;
  if (n > 0x7fffffff) return fail(env, "n must be at most 2^31 - 1");
  if (static_cast<uint64_t>(flen) < static_cast<uint64_t>(n) * static_cast<uint64_t>(dim)) return fail(env, "factors is shorter than n × dim");
  *out = {argv[0], f, static_cast<size_t>(n), {static_cast<size_t>(dim), static_cast<size_t>(m), static_cast<size_t>(ea), static_cast<size_t>(threads)}};
  return true;
}

// build(factors, n, dim, connectivity, expansionAdd, threads) → handle, on the calling thread.
napi_value Build(napi_env env, napi_callback_info info) {
  BuildArgs a;
  if (!build_args(env, info, "build(factors, n, dim, connectivity, expansionAdd, threads)", &a)) return nullptr;
  try {
    return wrap(env, ItemIndex::build(a.data, a.n, a.options));
  } catch (const std::exception& e) {
    napi_throw_error(env, "ERR_ATTUNE_INDEX_BUILD", e.what());
    return nullptr;
  }
}

// buildAsync(...same arguments as build) → Promise<handle>: builds on a libuv pool thread (with
// `threads` std::threads), keeping `factors` referenced until it is done. Do not transfer or
// change `factors` before the promise settles.
struct BuildWork {
  napi_async_work work = nullptr;
  napi_deferred deferred = nullptr;
  napi_ref factors = nullptr;
  const float* data = nullptr;
  size_t n = 0;
  attune_index::BuildOptions options{};
  Ref result;
  std::string error;
};

void ExecuteBuild(napi_env, void* data) {
  auto* w = static_cast<BuildWork*>(data);
  try {
    w->result = ItemIndex::build(w->data, w->n, w->options);
  } catch (const std::exception& e) {
    w->error = e.what();
  }
}

void CompleteBuild(napi_env env, napi_status status, void* data) {
  auto* w = static_cast<BuildWork*>(data);
  napi_delete_reference(env, w->factors);
  if (status == napi_ok && w->result) {
    napi_value handle = wrap(env, std::move(w->result));
    if (handle) napi_resolve_deferred(env, w->deferred, handle);
  } else {
    napi_value message, code, error;
    napi_create_string_utf8(env, w->error.empty() ? "the build was cancelled" : w->error.c_str(), NAPI_AUTO_LENGTH, &message);
    napi_create_string_utf8(env, "ERR_ATTUNE_INDEX_BUILD", NAPI_AUTO_LENGTH, &code);
    napi_create_error(env, code, message, &error);
    napi_reject_deferred(env, w->deferred, error);
  }
  napi_delete_async_work(env, w->work);
  delete w;
}

napi_value BuildAsync(napi_env env, napi_callback_info info) {
  BuildArgs a;
  if (!build_args(env, info, "buildAsync(factors, n, dim, connectivity, expansionAdd, threads)", &a)) return nullptr;
  auto* w = new BuildWork();
  w->data = a.data;
  w->n = a.n;
  w->options = a.options;
  napi_value promise, name;
  napi_create_promise(env, &w->deferred, &promise);
  napi_create_reference(env, a.factors, 1, &w->factors);
  napi_create_string_utf8(env, "attune:item-index-build", NAPI_AUTO_LENGTH, &name);
  if (napi_create_async_work(env, nullptr, name, ExecuteBuild, CompleteBuild, w, &w->work) != napi_ok || napi_queue_async_work(env, w->work) != napi_ok) {
    napi_delete_reference(env, w->factors);
    delete w;
    return fail(env, "cannot queue the build"), nullptr;
  }
  return promise;
}

// search(index, query: Float32Array, fetch, items: Int32Array, scores: Float32Array, expansion) → count
napi_value Search(napi_env env, napi_callback_info info) {
  napi_value argv[6];
  if (!args(env, info, argv, "search(index, query, fetch, items, scores, expansion)")) return nullptr;
  ItemIndex* index = unwrap(env, argv[0]);
  float *q, *scores;
  int32_t* items;
  size_t qlen, ilen, slen;
  int64_t fetch, expansion;
  if (!index || !typed(env, argv[1], napi_float32_array, "query", &q, &qlen) || !integer(env, argv[2], "fetch", 0, &fetch) ||
      !typed(env, argv[3], napi_int32_array, "items", &items, &ilen) || !typed(env, argv[4], napi_float32_array, "scores", &scores, &slen) ||
      !integer(env, argv[5], "expansion", 1, &expansion))
    return nullptr;
  if (qlen != index->dim()) return fail(env, "query has " + std::to_string(qlen) + " floats, expected " + std::to_string(index->dim())), nullptr;
  const size_t wanted = std::min(static_cast<size_t>(fetch), index->size());
  if (ilen < wanted || slen < wanted) return fail(env, "items and scores must hold at least " + std::to_string(wanted) + " entries"), nullptr;
  try {
    return num(env, static_cast<double>(index->search(q, wanted, static_cast<size_t>(expansion), items, scores)));
  } catch (const std::exception& e) {
    napi_throw_error(env, "ERR_ATTUNE_INDEX_SEARCH", e.what());
    return nullptr;
  }
}

// gather(index, items: Int32Array, count, out: Float32Array): out[i·dim ..] = vector of items[i]
napi_value Gather(napi_env env, napi_callback_info info) {
  napi_value argv[4];
  if (!args(env, info, argv, "gather(index, items, count, out)")) return nullptr;
  ItemIndex* index = unwrap(env, argv[0]);
  int32_t* items;
  float* out;
  size_t ilen, olen;
  int64_t count;
  if (!index || !typed(env, argv[1], napi_int32_array, "items", &items, &ilen) || !integer(env, argv[2], "count", 0, &count) ||
      !typed(env, argv[3], napi_float32_array, "out", &out, &olen))
    return nullptr;
  if (static_cast<size_t>(count) > ilen) return fail(env, "count is larger than items"), nullptr;
  if (olen < static_cast<size_t>(count) * index->dim()) return fail(env, "out is shorter than count × dim"), nullptr;
  if (!items_inside(env, items, static_cast<size_t>(count), index->size())) return nullptr;
  index->gather(items, static_cast<size_t>(count), out);
  return nullptr;
}

// score(index, query: Float32Array, items: Int32Array, count, out: Float32Array): out[i] = query · vector of items[i]
napi_value Score(napi_env env, napi_callback_info info) {
  napi_value argv[5];
  if (!args(env, info, argv, "score(index, query, items, count, out)")) return nullptr;
  ItemIndex* index = unwrap(env, argv[0]);
  float *q, *out;
  int32_t* items;
  size_t qlen, ilen, olen;
  int64_t count;
  if (!index || !typed(env, argv[1], napi_float32_array, "query", &q, &qlen) || !typed(env, argv[2], napi_int32_array, "items", &items, &ilen) ||
      !integer(env, argv[3], "count", 0, &count) || !typed(env, argv[4], napi_float32_array, "out", &out, &olen))
    return nullptr;
  if (qlen != index->dim()) return fail(env, "query has " + std::to_string(qlen) + " floats, expected " + std::to_string(index->dim())), nullptr;
  if (static_cast<size_t>(count) > ilen || static_cast<size_t>(count) > olen) return fail(env, "count is larger than items or out"), nullptr;
  if (!items_inside(env, items, static_cast<size_t>(count), index->size())) return nullptr;
  index->score(q, items, static_cast<size_t>(count), out);
  return nullptr;
}

// info(index) → { size, dim, connectivity, memoryBytes }
napi_value Info(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!args(env, info, argv, "info(index)")) return nullptr;
  ItemIndex* index = unwrap(env, argv[0]);
  if (!index) return nullptr;
  napi_value out;
  napi_create_object(env, &out);
  napi_set_named_property(env, out, "size", num(env, static_cast<double>(index->size())));
  napi_set_named_property(env, out, "dim", num(env, static_cast<double>(index->dim())));
  napi_set_named_property(env, out, "connectivity", num(env, static_cast<double>(index->connectivity())));
  napi_set_named_property(env, out, "memoryBytes", num(env, static_cast<double>(index->memory_bytes())));
  return out;
}

// share(index) → id: parks a reference for take(id) on any thread.
napi_value Share(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!args(env, info, argv, "share(index)")) return nullptr;
  if (!unwrap(env, argv[0])) return nullptr;
  void* data;
  napi_get_value_external(env, argv[0], &data);
  return num(env, attune_index::share(*static_cast<Ref*>(data)));
}

// take(id) → handle: the index parked by share(id), once.
napi_value Take(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!args(env, info, argv, "take(id)")) return nullptr;
  int64_t id;
  if (!integer(env, argv[0], "id", 1, &id)) return nullptr;
  Ref index = attune_index::take(static_cast<uint32_t>(id));
  if (!index) return fail(env, "no index is shared under id " + std::to_string(id), "ERR_ATTUNE_INDEX_RELEASED"), nullptr;
  return wrap(env, std::move(index));
}

// release(index): drops this handle's reference now (the memory goes once every handle let go).
napi_value Release(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!args(env, info, argv, "release(index)")) return nullptr;
  napi_valuetype type;
  void* data = nullptr;
  if (napi_typeof(env, argv[0], &type) != napi_ok || type != napi_external || napi_get_value_external(env, argv[0], &data) != napi_ok || !data)
    return fail(env, "index must be an item-index handle"), nullptr;
  static_cast<Ref*>(data)->reset();
  return nullptr;
}

}  // namespace

NAPI_MODULE_INIT() {
  const napi_property_descriptor props[] = {
      {"build", nullptr, Build, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"buildAsync", nullptr, BuildAsync, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"search", nullptr, Search, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"gather", nullptr, Gather, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"score", nullptr, Score, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"info", nullptr, Info, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"share", nullptr, Share, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"take", nullptr, Take, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"release", nullptr, Release, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
  napi_value path;
  napi_create_string_utf8(env, attune_index::half_path(), NAPI_AUTO_LENGTH, &path);
  napi_set_named_property(env, exports, "simd", path);
  return exports;
}
