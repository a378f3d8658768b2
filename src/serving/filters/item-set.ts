/**
 * A small set of item indexes built per request (a user's interacted items): open
 * addressing over an array of small integers, so has() is O(1) and building one allocates a
 * few kilobytes however large the catalog is. Several times cheaper than a Set<number>. The
 * arrays are plain JS arrays, not Int32Arrays: they live on the V8 heap, where allocating one
 * is a pointer bump, while an Int32Array over 64 bytes mallocs its own buffer (about 0.9 µs
 * against 0.16 µs for 128 slots, measured on the serving machine; several are built per call).
 */

const EMPTY = -1;
const GOLDEN = 0x9e3779b1;

/** A set of non-negative item indexes that remembers insertion order. */
export class ItemSet {
  private table: number[];
  private shift: number;
  private order: number[] = [];

  /** An empty set sized for about `expected` items (it grows as needed). */
  constructor(expected = 8) {
    let bits = 4;
    while (1 << bits < expected * 2) bits++;
    this.table = new Array<number>(1 << bits).fill(EMPTY);
    this.shift = 32 - bits;
  }

  /** A set of the items of `list` (negative entries are ignored). */
  static of(list: ArrayLike<number>): ItemSet {
    const set = new ItemSet(list.length);
    set.addAll(list);
    return set;
  }

  /** How many distinct items the set holds. */
  get size(): number {
    return this.order.length;
  }

  /** The items in insertion order (the set's own array: do not modify it). */
  items(): readonly number[] {
    return this.order;
  }

  /** Whether `item` is in the set. */
  has(item: number): boolean {
    if (item < 0) return false;
    const table = this.table;
    const mask = table.length - 1;
    for (let slot = Math.imul(item, GOLDEN) >>> this.shift; ; slot = (slot + 1) & mask) {
      const held = table[slot]!;
      if (held === item) return true;
      if (held === EMPTY) return false;
    }
  }

  /** Adds `item` (ignored when negative or already present). */
  add(item: number): void {
    if (item < 0) return;
    const table = this.table;
    const mask = table.length - 1;
    let slot = Math.imul(item, GOLDEN) >>> this.shift;
    for (let held = table[slot]!; held !== EMPTY; held = table[slot]!) {
      if (held === item) return;
      slot = (slot + 1) & mask;
    }
    if ((this.order.length + 1) * 2 > table.length) {
      this.grow();
      this.place(item);
    } else table[slot] = item;
    this.order.push(item);
  }

  /** Adds every item of `list`. */
  addAll(list: ArrayLike<number>): void {
    for (let i = 0; i < list.length; i++) this.add(list[i]!);
  }

  private place(item: number): void {
    const table = this.table;
    const mask = table.length - 1;
    let slot = Math.imul(item, GOLDEN) >>> this.shift;
    while (table[slot] !== EMPTY) slot = (slot + 1) & mask;
    table[slot] = item;
  }

  private grow(): void {
    this.table = new Array<number>(this.table.length * 2).fill(EMPTY);
    this.shift -= 1;
    for (const item of this.order) this.place(item);
  }
}
