/** Typed arrays backed by SharedArrayBuffers, so worker threads read them without copies. */

type Ctor<T> = { new (buffer: SharedArrayBuffer, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number };

/** A zero-filled typed array of `length` elements in a new SharedArrayBuffer. */
export function sharedArray<T>(ctor: Ctor<T>, length: number): T {
  return new ctor(new SharedArrayBuffer(Math.max(1, length) * ctor.BYTES_PER_ELEMENT), 0, length);
}

/** A shared copy of `source`'s first `length` elements. */
export function toShared<T extends { set(a: ArrayLike<number>): void; subarray(a: number, b: number): ArrayLike<number> }>(
  ctor: Ctor<T>,
  source: { subarray(a: number, b: number): ArrayLike<number> },
  length: number,
): T {
  const out = sharedArray(ctor, length);
  out.set(source.subarray(0, length));
  return out;
}

/** A typed array that grows by doubling while rows stream in. */
export class GrowableArray<T extends Float64Array | Float32Array | Int32Array | Int16Array> {
  private data: T;
  length = 0;

  constructor(private readonly ctor: { new (length: number): T }, capacity = 1 << 16) {
    this.data = new ctor(capacity);
  }

  /** Appends one value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new this.ctor(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** The filled part (a view, valid until the next push). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
