/** Reading one user's row of a training snapshot. */
import type { InteractionMatrix, UserHistory } from './types.ts';

/** User u's interactions as a UserHistory: views into the matrix, no copy. */
export function userRow(m: InteractionMatrix, u: number): UserHistory {
  const a = m.userPtr[u]!;
  const b = m.userPtr[u + 1]!;
  return {
    itemIdx: m.itemIdx.subarray(a, b),
    timestamp: m.timestamp.subarray(a, b),
    weight: m.weight.subarray(a, b),
    value: m.value.subarray(a, b),
  };
}
