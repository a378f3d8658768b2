// Memory for the index's large, randomly read structures (stored vectors, graph nodes), mapped
// so that Linux may back it with transparent huge pages. A search or a gather touches a few
// thousand scattered cache lines of a structure tens of MB long; with 4 KiB pages most of those
// reads also miss the TLB. Where THP is "madvise" (a common default), only memory advised with
// MADV_HUGEPAGE gets huge pages. Elsewhere the advice is a no-op and this is plain mmap.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <new>
#include <utility>

#include <sys/mman.h>

namespace attune_index {

constexpr size_t kHugePage = size_t{2} << 20;

// `bytes` (rounded up to whole huge pages) of zeroed memory advised for huge pages; null when
// the mapping fails. The advice is given before the first touch, so the first faults can
// already take huge pages.
inline void* map_huge(size_t bytes) {
  const size_t size = (bytes + kHugePage - 1) / kHugePage * kHugePage;
  // One huge page more than needed, then trimmed to a 2 MiB boundary: an unaligned mapping
  // could get no huge page at all at its ends.
  void* raw = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  const uintptr_t start = reinterpret_cast<uintptr_t>(raw);
  const uintptr_t aligned = (start + kHugePage - 1) & ~(kHugePage - 1);
  if (aligned > start) munmap(raw, aligned - start);
  const uintptr_t end = start + size + kHugePage;
  if (end > aligned + size) munmap(reinterpret_cast<void*>(aligned + size), end - (aligned + size));
#ifdef MADV_HUGEPAGE
  madvise(reinterpret_cast<void*>(aligned), size, MADV_HUGEPAGE);
#endif
  return reinterpret_cast<void*>(aligned);
}

inline void unmap_huge(void* p, size_t bytes) {
  if (p) munmap(p, (bytes + kHugePage - 1) / kHugePage * kHugePage);
}

// Below this size an array stays on the heap: the TLB covers it already, and rounding it up to
// whole huge pages would waste more than it holds.
constexpr size_t kHugeMin = size_t{4} << 20;

// `bytes` of zeroed memory aligned to 64 bytes: huge-page memory from kHugeMin bytes, else heap.
inline void* allocate_large(size_t bytes) {
  if (bytes >= kHugeMin) return map_huge(bytes);
  void* p = ::operator new(bytes == 0 ? 64 : (bytes + 63) / 64 * 64, std::align_val_t(64), std::nothrow);
  if (p) std::memset(p, 0, bytes);
  return p;
}

inline void free_large(void* p, size_t bytes) {
  if (!p) return;
  if (bytes >= kHugeMin) unmap_huge(p, bytes);
  else ::operator delete(p, std::align_val_t(64));
}

// Bytes an allocate_large(bytes) holds.
inline size_t large_bytes(size_t bytes) { return bytes >= kHugeMin ? (bytes + kHugePage - 1) / kHugePage * kHugePage : bytes; }

// A fixed-size array of T (zeroed, see allocate_large), owned.
template <typename T>
class HugeArray {
 public:
  HugeArray() = default;
  explicit HugeArray(size_t count) : count_(count) {
    if (count == 0) return;
    data_ = static_cast<T*>(allocate_large(count * sizeof(T)));
    if (!data_) throw std::bad_alloc();
  }
  HugeArray(const HugeArray&) = delete;
  HugeArray& operator=(const HugeArray&) = delete;
  HugeArray(HugeArray&& o) noexcept : data_(o.data_), count_(o.count_) { o.data_ = nullptr, o.count_ = 0; }
  HugeArray& operator=(HugeArray&& o) noexcept {
    std::swap(data_, o.data_);
    std::swap(count_, o.count_);
    return *this;
  }
  ~HugeArray() { free_large(data_, count_ * sizeof(T)); }

  T* data() { return data_; }
  const T* data() const { return data_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  // Bytes held (whole huge pages when it is in huge-page memory).
  size_t held_bytes() const { return count_ == 0 ? 0 : large_bytes(count_ * sizeof(T)); }

 private:
  T* data_ = nullptr;
  size_t count_ = 0;
};

// USearch's allocator for its own arrays (the slot → node table, search contexts), through
// allocate_large.
template <typename T>
struct HugeDynamicAllocator {
  using value_type = T;
  using size_type = size_t;
  using pointer = T*;
  using const_pointer = const T*;
  template <typename U>
  struct rebind {
    using other = HugeDynamicAllocator<U>;
  };

  HugeDynamicAllocator() = default;
  template <typename U>
  HugeDynamicAllocator(const HugeDynamicAllocator<U>&) noexcept {}

  pointer allocate(size_t count) const noexcept { return static_cast<pointer>(allocate_large(count * sizeof(T))); }
  void deallocate(pointer p, size_t count) const noexcept { free_large(p, count * sizeof(T)); }
};

// USearch's tape allocator for graph nodes: a bump allocator over huge-page arenas (each twice
// the last, from 4 MiB), freed all at once. Nodes are only ever added (the index is built once),
// so a deallocation frees everything, as USearch's memory_mapping_allocator_gt does.
template <size_t Alignment>
class HugeArenaAllocator {
 public:
  using value_type = char;
  using size_type = size_t;
  using pointer = char*;

  HugeArenaAllocator() = default;
  HugeArenaAllocator(const HugeArenaAllocator&) noexcept {}
  HugeArenaAllocator& operator=(const HugeArenaAllocator&) noexcept {
    reset();
    return *this;
  }
  HugeArenaAllocator(HugeArenaAllocator&& o) noexcept { take(o); }
  HugeArenaAllocator& operator=(HugeArenaAllocator&& o) noexcept {
    if (this != &o) {
      reset();
      take(o);
    }
    return *this;
  }
  ~HugeArenaAllocator() { reset(); }

  pointer allocate(size_t bytes) noexcept {
    const size_t need = (bytes + Alignment - 1) / Alignment * Alignment;
    std::lock_guard<std::mutex> lock(mutex_);
    if (!arena_ || used_ + need > capacity_) {
      size_t capacity = capacity_ == 0 ? (size_t{4} << 20) : capacity_ * 2;
      while (capacity < need + kHeader) capacity *= 2;
      auto* arena = static_cast<char*>(map_huge(capacity));
      if (!arena) return nullptr;
      // Each arena starts with the previous one's address and its own size.
      std::memcpy(arena, &arena_, sizeof(arena_));
      std::memcpy(arena + sizeof(arena_), &capacity, sizeof(capacity));
      total_ += capacity;
      wasted_ += capacity_ - used_;
      arena_ = arena;
      capacity_ = capacity;
      used_ = kHeader;
    }
    wasted_ += need - bytes;
    pointer out = arena_ + used_;
    used_ += need;
    return out;
  }

  // The first deallocation frees every arena (see the class comment).
  void deallocate(pointer = nullptr, size_t = 0) noexcept { reset(); }

  void reset() noexcept {
    char* arena = arena_;
    while (arena) {
      char* previous;
      size_t capacity;
      std::memcpy(&previous, arena, sizeof(previous));
      std::memcpy(&capacity, arena + sizeof(previous), sizeof(capacity));
      unmap_huge(arena, capacity);
      arena = previous;
    }
    arena_ = nullptr;
    capacity_ = used_ = total_ = wasted_ = 0;
  }

  size_t total_allocated() const noexcept { return total_; }
  size_t total_wasted() const noexcept { return wasted_; }
  size_t total_reserved() const noexcept { return arena_ ? capacity_ - used_ : 0; }

 private:
  static constexpr size_t kHeader = (sizeof(void*) + sizeof(size_t) + Alignment - 1) / Alignment * Alignment;

  void take(HugeArenaAllocator& o) noexcept {
    arena_ = o.arena_, capacity_ = o.capacity_, used_ = o.used_, total_ = o.total_, wasted_ = o.wasted_;
    o.arena_ = nullptr, o.capacity_ = o.used_ = o.total_ = o.wasted_ = 0;
  }

  std::mutex mutex_;
  char* arena_ = nullptr;
  size_t capacity_ = 0;
  size_t used_ = 0;
  size_t total_ = 0;
  size_t wasted_ = 0;
};

}  // namespace attune_index
