#include "item_index.h"

#include <algorithm>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include <usearch/index.hpp>

#include "half.h"
#include "huge_pages.h"

namespace attune_index {
namespace uu = unum::usearch;

namespace {

using key_t = uint32_t;
using slot_t = uint32_t;
// Nodes are bump-allocated from huge-page arenas, aligned to 8 bytes (USearch's dense index uses
// 64, which rounds a level-0 node at M=24, 206 bytes, up to 256).
using graph_t = uu::index_gt<float, key_t, slot_t, HugeDynamicAllocator<uu::byte_t>, HugeArenaAllocator<8>>;

// Search contexts beyond the build threads: concurrent searches each hold one.
constexpr size_t kSearchContexts = 8;

struct Query {
  const float* data;
};

}  // namespace

struct ItemIndex::Impl {
  graph_t graph;
  size_t dim = 0;
  HugeArray<uint16_t> vectors;  // by graph slot, dim halves each
  HugeArray<slot_t> slot_of;    // item → slot
  size_t contexts = 0;
  std::unique_ptr<std::atomic<bool>[]> busy;  // which search contexts are taken

  const uint16_t* at_slot(size_t slot) const { return vectors.data() + slot * dim; }
  const uint16_t* of_item(size_t item) const { return at_slot(slot_of[item]); }

  struct Metric {
    const Impl* self;
    template <typename E>
    float operator()(Query const& q, E const& e) const {
      return -dot_f32_f16(q.data, self->at_slot(get_slot(e)), self->dim);
    }
    template <typename E>
    float operator()(E const& a, E const& b) const {
      return -dot_f16_f16(self->at_slot(get_slot(a)), self->at_slot(get_slot(b)), self->dim);
    }
  };

  size_t acquire() const {
    for (;;) {
      for (size_t i = 0; i < contexts; i++) {
        bool expected = false;
        if (!busy[i].load(std::memory_order_relaxed) && busy[i].compare_exchange_strong(expected, true, std::memory_order_acquire)) return i;
      }
      std::this_thread::yield();
    }
  }
  void release(size_t i) const { busy[i].store(false, std::memory_order_release); }
};

std::shared_ptr<ItemIndex> ItemIndex::build(const float* factors, size_t n, const BuildOptions& o) {
  if (o.dim == 0) throw std::runtime_error("dim must be positive");
  if (o.connectivity < 2) throw std::runtime_error("connectivity must be at least 2");
  if (n > 0x7fffffffu) throw std::runtime_error("too many items");
  const size_t threads = std::max<size_t>(1, std::min<size_t>(o.threads, 64));
  std::shared_ptr<ItemIndex> self(new ItemIndex());
  self->size_ = n;
  self->dim_ = o.dim;
  self->impl_ = std::make_unique<Impl>();
  Impl& impl = *self->impl_;
  impl.dim = o.dim;
  impl.graph = graph_t(uu::index_config_t(o.connectivity));
  impl.contexts = std::max(threads, kSearchContexts);
  impl.busy.reset(new std::atomic<bool>[impl.contexts]);
  for (size_t i = 0; i < impl.contexts; i++) impl.busy[i].store(false);
  if (!impl.graph.try_reserve(uu::index_limits_t(std::max<size_t>(n, 1), impl.contexts)))
    throw std::runtime_error("out of memory reserving the graph");
  impl.vectors = HugeArray<uint16_t>(n * o.dim);
  impl.slot_of = HugeArray<slot_t>(n);

  // Inserts one item with search context `thread`; returns the error, or null.
  const Impl::Metric metric{&impl};
  auto add_item = [&](size_t item, size_t thread) -> const char* {
    uu::index_update_config_t config;
    config.expansion = std::max<size_t>(1, o.expansion_add);
    config.thread = thread;
    const float* row = factors + item * o.dim;
    auto stored = [&](auto member) {
      // Before the node is linked: every later distance to it reads these halves.
      to_half(row, impl.vectors.data() + member.slot * o.dim, o.dim);
      impl.slot_of[item] = static_cast<slot_t>(member.slot);
    };
    auto added = impl.graph.add(static_cast<key_t>(item), Query{row}, metric, config, stored);
    return added ? nullptr : (added.error.what() ? added.error.what() : "add failed");
  };
  // The first item alone: the graph's entry point exists before threads race.
  if (n > 0) {
    if (const char* e = add_item(0, 0)) throw std::runtime_error(e);
  }
  std::atomic<size_t> next{1};
  std::atomic<bool> failed{false};
  std::string error;
  std::mutex error_mutex;
  auto work = [&](size_t thread) {
    for (;;) {
      const size_t start = next.fetch_add(64);
      if (start >= n || failed.load()) return;
      for (size_t item = start, end = std::min(n, start + 64); item < end; item++) {
        if (const char* e = add_item(item, thread)) {
          std::lock_guard<std::mutex> lock(error_mutex);
          if (!failed.exchange(true)) error = e;
          return;
        }
      }
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; t++) pool.emplace_back(work, t);
  work(0);
  for (auto& t : pool) t.join();
  if (failed.load()) throw std::runtime_error(error);
  return self;
}

ItemIndex::~ItemIndex() = default;

size_t ItemIndex::connectivity() const { return impl_->graph.config().connectivity; }

size_t ItemIndex::memory_bytes() const {
  // Entry overhead 0: nodes are bump-allocated from arenas, not one malloc each.
  return impl_->graph.memory_usage(0) + impl_->vectors.held_bytes() + impl_->slot_of.held_bytes();
}

size_t ItemIndex::search(const float* query, size_t fetch, size_t expansion, int32_t* items, float* scores) const {
  fetch = std::min(fetch, size_);
  if (fetch == 0) return 0;
  Impl& impl = *impl_;
  const size_t context = impl.acquire();
  uu::index_search_config_t config;
  config.expansion = std::max(expansion, fetch);
  config.thread = context;
  auto result = impl.graph.search(Query{query}, fetch, Impl::Metric{&impl}, config);
  size_t count = 0;
  if (result) {
    count = result.count;
    for (size_t i = 0; i < count; i++) {
      auto match = result[i];
      items[i] = static_cast<int32_t>(static_cast<key_t>(match.member.key));
      scores[i] = -match.distance;
    }
  }
  impl.release(context);
  if (!result) throw std::runtime_error(result.error.what() ? result.error.what() : "search failed");
  // Best first, equal scores to the lower item. USearch returns them sorted by distance, so this
  // insertion pass only reorders ties (linear time).
  for (size_t i = 1; i < count; i++) {
    const int32_t item = items[i];
    const float s = scores[i];
    size_t j = i;
    while (j > 0 && (scores[j - 1] < s || (scores[j - 1] == s && items[j - 1] > item))) {
      items[j] = items[j - 1];
      scores[j] = scores[j - 1];
      j--;
    }
    items[j] = item;
    scores[j] = s;
  }
  return count;
}

void ItemIndex::gather(const int32_t* items, size_t count, float* out) const {
  for (size_t i = 0; i < count; i++) from_half(impl_->of_item(static_cast<size_t>(items[i])), out + i * dim_, dim_);
}

void ItemIndex::score(const float* query, const int32_t* items, size_t count, float* out) const {
  for (size_t i = 0; i < count; i++) out[i] = dot_f32_f16(query, impl_->of_item(static_cast<size_t>(items[i])), dim_);
}

namespace {
std::mutex registry_mutex;
std::unordered_map<uint32_t, std::shared_ptr<ItemIndex>> registry;
uint32_t next_id = 1;
}  // namespace

uint32_t share(std::shared_ptr<ItemIndex> index) {
  std::lock_guard<std::mutex> lock(registry_mutex);
  const uint32_t id = next_id++;
  registry.emplace(id, std::move(index));
  return id;
}

std::shared_ptr<ItemIndex> take(uint32_t id) {
  std::lock_guard<std::mutex> lock(registry_mutex);
  auto it = registry.find(id);
  if (it == registry.end()) return nullptr;
  auto index = std::move(it->second);
  registry.erase(it);
  return index;
}

}  // namespace attune_index
