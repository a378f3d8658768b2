/** Small conversions between proto messages and domain values. */
import type { Timestamp } from './generated/google/protobuf/Timestamp.ts';
import type { Timestamp__Output } from './generated/google/protobuf/Timestamp.ts';

/** A Date as a protobuf Timestamp. */
export function timestamp(date: Date | null | undefined): Timestamp | null {
  if (!date) return null;
  const ms = date.getTime();
  const seconds = Math.floor(ms / 1000);
  return { seconds: String(seconds), nanos: (ms - seconds * 1000) * 1_000_000 };
}

/** A protobuf Timestamp as epoch milliseconds, or undefined when unset. */
export function epochMs(ts: Timestamp__Output | null | undefined): number | undefined {
  if (!ts) return undefined;
  return Number(ts.seconds) * 1000 + Math.floor((ts.nanos ?? 0) / 1_000_000);
}

/** Empty strings in proto3 mean "unset". */
export function orEmpty(value: string | null | undefined): string {
  return value ?? '';
}
