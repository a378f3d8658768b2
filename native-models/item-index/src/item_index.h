// An HNSW graph (USearch's index_gt) over item vectors stored once, in half precision, by this
// class: the graph measures inner products against these vectors, and the same vectors answer
// gathers and exact scores, so a campaign holds no other copy of its item factors.
// Keys are item indexes 0 .. size); the index is built once and is read-only afterwards, so any
// number of threads may search, gather and score it at once.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace attune_index {

struct BuildOptions {
  size_t dim;
  size_t connectivity;
  size_t expansion_add;
  size_t threads;
};

class ItemIndex {
 public:
  // Builds over rows 0 .. n) of `factors` (row-major, dim floats each) on `threads` threads.
  // Throws std::runtime_error on failure (out of memory, bad options).
  static std::shared_ptr<ItemIndex> build(const float* factors, size_t n, const BuildOptions& options);
  ~ItemIndex();

  size_t size() const { return size_; }
  size_t dim() const { return dim_; }
  size_t connectivity() const;
  // Resident bytes: graph nodes and their lookups, the stored vectors, the item → slot map.
  size_t memory_bytes() const;

  // The best `fetch` items for `query` (dim floats) by inner product with the stored vectors,
  // best first (ties to the lower item), written to items/scores; returns how many (≤ fetch).
  // `expansion` is the search's candidate-list size (ef), raised to `fetch` when smaller.
  size_t search(const float* query, size_t fetch, size_t expansion, int32_t* items, float* scores) const;
  // out[i·dim ..] = the stored vector of items[i], as floats. Items must be in 0 .. size).
  void gather(const int32_t* items, size_t count, float* out) const;
  // out[i] = query · stored vector of items[i]. Items must be in 0 .. size).
  void score(const float* query, const int32_t* items, size_t count, float* out) const;

  struct Impl;

 private:
  ItemIndex() = default;
  size_t size_ = 0;
  size_t dim_ = 0;
  std::unique_ptr<Impl> impl_;
};

// Hands an index from one thread to another: `share` parks a reference under a new id,
// `take` removes it (once) and returns it.
uint32_t share(std::shared_ptr<ItemIndex> index);
std::shared_ptr<ItemIndex> take(uint32_t id);

}  // namespace attune_index
