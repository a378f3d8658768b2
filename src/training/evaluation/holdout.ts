/**
 * Personalize's offline-evaluation holdout (reference §4.1), deterministic for a seed.
 *
 * - Test users: round(10% of all users), at least 1, drawn by a seeded shuffle from the users
 *   with at least 2 interactions (only they can give both an input and a truth); never more
 *   than there are such users, and never every user with interactions (one is kept for training).
 * - Training: every other user's interactions, in a matrix of the same shape whose test-user
 *   rows are empty; the rest of the snapshot (event types, item features, item creation times,
 *   latestTimestamp) is shared as is.
 * - Each test user's row (oldest first) of n interactions is cut after
 *   `inputLength(n) = min(n − 1, max(1, floor(9n / 10)))` interactions: the oldest part is the
 *   input history, the distinct items of the newest part are the ground truth. For n < 10 this
 *   leaves exactly one interaction for the truth; integer arithmetic avoids 0.9·n rounding error.
 */
import type { InteractionMatrix, TrainingSnapshot, UserHistory } from '../../data/snapshot/types.ts';
import { SeededRandom } from '../../common/random.ts';

/** Share of users held out for testing. */
export const TEST_USER_FRACTION = 0.1;

/** One test user: what the model is given and what it should find. */
export interface TestUser {
  /** The user's index in the snapshot. */
  user: number;
  /** The oldest part of the user's interactions, oldest first. */
  input: UserHistory;
  /** Distinct items of the newest part, ascending. */
  truth: Int32Array;
}

/** A training snapshot without the test users' interactions, plus the test users. */
export interface Holdout {
  train: TrainingSnapshot;
  /** Test users in ascending user order. */
  test: TestUser[];
}

/** How many of a test user's n interactions (n ≥ 2) form the input; the rest are the truth. */
export function inputLength(n: number): number {
  return Math.min(n - 1, Math.max(1, Math.floor((9 * n) / 10)));
}

/** How many test users a snapshot with `numUsers` users gets before capping: round(10%), at least 1. */
export function testUserCount(numUsers: number): number {
  return numUsers === 0 ? 0 : Math.max(1, Math.round(numUsers * TEST_USER_FRACTION));
}

/** Splits a snapshot into training data and test users; the same seed gives the same split. */
export function splitHoldout(snapshot: TrainingSnapshot, seed: number): Holdout {
  const m = snapshot.interactions;
  const eligible: number[] = [];
  let withData = 0;
  for (let u = 0; u < m.numUsers; u++) {
    const n = rowLength(m, u);
    if (n > 0) withData++;
    if (n >= 2) eligible.push(u);
  }
  const count = Math.max(0, Math.min(testUserCount(m.numUsers), eligible.length, withData - 1));
  const chosen = new SeededRandom(seed).shuffle(eligible).slice(0, count).sort((a, b) => a - b);

  const isTest = new Uint8Array(m.numUsers);
  for (const u of chosen) isTest[u] = 1;
  const test = chosen.map((u) => testUser(m, u));
  return { train: { ...snapshot, interactions: withoutUsers(m, isTest) }, test };
}

/** The interaction count of user u. */
function rowLength(m: InteractionMatrix, u: number): number {
  return (m.userPtr[u + 1] as number) - (m.userPtr[u] as number);
}

/** Cuts a test user's row into input history and distinct truth items. */
function testUser(m: InteractionMatrix, user: number): TestUser {
  const start = m.userPtr[user] as number;
  const end = m.userPtr[user + 1] as number;
  const cut = start + inputLength(end - start);
  const input: UserHistory = {
    itemIdx: m.itemIdx.slice(start, cut),
    timestamp: m.timestamp.slice(start, cut),
    weight: m.weight.slice(start, cut),
    value: m.value.slice(start, cut),
  };
  const truth = Int32Array.from(new Set(m.itemIdx.subarray(cut, end))).sort();
  return { user, input, truth };
}

/** A copy of the matrix whose rows for users with `drop[u] = 1` are empty. */
function withoutUsers(m: InteractionMatrix, drop: Uint8Array): InteractionMatrix {
  let nnz = 0;
  for (let u = 0; u < m.numUsers; u++) if (!drop[u]) nnz += rowLength(m, u);
  const out: InteractionMatrix = {
    numUsers: m.numUsers,
    numItems: m.numItems,
    userPtr: new Int32Array(m.numUsers + 1),
    itemIdx: new Int32Array(nnz),
    timestamp: new Float64Array(nnz),
    weight: new Float32Array(nnz),
    value: new Float32Array(nnz),
    eventType: new Int16Array(nnz),
  };
  let at = 0;
  for (let u = 0; u < m.numUsers; u++) {
    if (!drop[u]) {
      const start = m.userPtr[u] as number;
      const end = m.userPtr[u + 1] as number;
      out.itemIdx.set(m.itemIdx.subarray(start, end), at);
      out.timestamp.set(m.timestamp.subarray(start, end), at);
      out.weight.set(m.weight.subarray(start, end), at);
      out.value.set(m.value.subarray(start, end), at);
      out.eventType.set(m.eventType.subarray(start, end), at);
      at += end - start;
    }
    out.userPtr[u + 1] = at;
  }
  return out;
}
