import { describe, expect, it } from 'vitest';
import type { TrainedModel } from '../recipe.ts';
import { AlsFoldIn, foldInModelOf } from './fold-in.ts';
import { userPersonalization } from './index.ts';
import { tsKernel } from './kernel/index.ts';
import { addToGram, solveNewItems } from './new-items.ts';
import { type FixtureEvent, NOW, rowOf, snapshotFrom, TWO_GROUPS, twoGroups } from './testing.ts';
import { placeIds } from '../../update-run.ts';
import { remap, updateAls, type UpdateMaps } from './update.ts';

const CTX = { threads: 2, seed: 7 };
const USERS = 2 * TWO_GROUPS.usersPerGroup;
const ITEMS = 2 * TWO_GROUPS.itemsPerBlock + 1;
const B0 = TWO_GROUPS.itemsPerBlock;
/** Two new items, one per group (indexes after the source's). */
const NEW_A = ITEMS;
const NEW_B = ITEMS + 1;
/** Ten new users of group A (they also take the new A item). */
const NEW_USERS = 10;

/** The source data plus: every third user of each group takes its group's new item; ten new group-A users. */
function grown(): { events: FixtureEvent[]; numUsers: number; numItems: number } {
  const base = twoGroups();
  const events: FixtureEvent[] = [];
  const m = base.interactions;
  for (let u = 0; u < m.numUsers; u++) {
    for (let j = m.userPtr[u]!; j < m.userPtr[u + 1]!; j++) events.push({ user: u, item: m.itemIdx[j]!, timestamp: m.timestamp[j]!, value: m.value[j]! });
    if (u % 3 === 0) events.push({ user: u, item: u < TWO_GROUPS.usersPerGroup ? NEW_A : NEW_B, timestamp: NOW + 60, value: 3 });
  }
  for (let n = 0; n < NEW_USERS; n++) {
    const u = USERS + n;
    for (let j = 0; j < 8; j++) events.push({ user: u, item: (n * 7 + j * 5) % B0, timestamp: NOW + 100 + j, value: 2 });
    events.push({ user: u, item: NEW_A, timestamp: NOW + 200, value: 2 });
  }
  return { events, numUsers: USERS + NEW_USERS, numItems: ITEMS + 2 };
}

const identity = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);

let source: Promise<TrainedModel> | undefined;
function trainSource(): Promise<TrainedModel> {
  source ??= Promise.resolve(userPersonalization.train(twoGroups(), { hidden_dimension: 32 }, CTX));
  return source;
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! ** 2;
    bb += b[i]! ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

describe('training_mode UPDATE of the ALS model', () => {
  it('keeps source items, adds new users and items, and recommends them where they belong', async () => {
    const src = await trainSource();
    const g = grown();
    const data = snapshotFrom(g.events, g.numUsers, g.numItems);
    const maps: UpdateMaps = { userMap: identity(g.numUsers), itemMap: identity(g.numItems), keptUsers: identity(USERS), numUsers: g.numUsers, numItems: g.numItems };
    const { model, stats } = updateAls(src, data, maps, { threads: 2 });
    expect(stats).toEqual({ sourceUsers: USERS, sourceItems: ITEMS, droppedUsers: 0, newUsers: NEW_USERS, newItems: 2 });
    const k = 32;
    const y0 = src.arrays.itemFactors as Float32Array;
    const y = model.arrays.itemFactors as Float32Array;
    expect(y.subarray(0, ITEMS * k)).toEqual(y0);
    expect(model.meta).toMatchObject({ numUsers: g.numUsers, numItems: g.numItems, k });
    expect(model.arrays.itemPopularity![NEW_A]).toBe(TWO_GROUPS.usersPerGroup / 3 + NEW_USERS);

    const scorer = userPersonalization.load(model);
    // A group-A user who has not taken the new A item gets it among their top items; a group-B user does not.
    const aUser = 1;
    const bUser = TWO_GROUPS.usersPerGroup + 1;
    const exclude = (u: number) => {
      const e = new Uint8Array(g.numItems);
      for (const i of rowOf(data, u).itemIdx) e[i] = 1;
      return e;
    };
    expect([...scorer.recommend(rowOf(data, aUser), 10, exclude(aUser)).items]).toContain(NEW_A);
    expect([...scorer.recommend(rowOf(data, bUser), 10, exclude(bUser)).items]).not.toContain(NEW_A);
    expect([...scorer.recommend(rowOf(data, bUser), 10, exclude(bUser)).items]).toContain(NEW_B);
    // A new user's stored vector recommends group-A items, and is the exact fold-in of their history.
    const newUser = USERS + 3;
    for (const i of scorer.recommend(rowOf(data, newUser), 10, exclude(newUser)).items) expect(i < B0 || i === NEW_A).toBe(true);
    const exact = new Float64Array(k);
    expect(new AlsFoldIn(foldInModelOf(model)).solve(rowOf(data, newUser), exact)).toBe(true);
    const stored = (model.arrays.userFactors as Float32Array).subarray(newUser * k, (newUser + 1) * k);
    expect(cosine(stored, exact)).toBeGreaterThan(0.99);
  });

  it('leaves out source users without data, follows the maps, and does not depend on threads', async () => {
    const src = await trainSource();
    // The snapshot has users 1…USERS-1 only (user 0's data was deleted), in reverse order, and the items in reverse order.
    const events: FixtureEvent[] = [];
    const base = twoGroups().interactions;
    for (let u = 1; u < USERS; u++) {
      for (let j = base.userPtr[u]!; j < base.userPtr[u + 1]!; j++) {
        events.push({ user: USERS - 1 - u, item: ITEMS - 1 - base.itemIdx[j]!, timestamp: base.timestamp[j]!, value: base.value[j]! });
      }
    }
    const data = snapshotFrom(events, USERS - 1, ITEMS);
    // Model row r holds source user r + 1; snapshot user s is source user USERS-1-s, so model row USERS-2-s.
    const maps: UpdateMaps = {
      userMap: Int32Array.from({ length: USERS - 1 }, (_, s) => USERS - 2 - s),
      itemMap: Int32Array.from({ length: ITEMS }, (_, s) => ITEMS - 1 - s),
      keptUsers: Int32Array.from({ length: USERS - 1 }, (_, r) => r + 1),
      numUsers: USERS - 1,
      numItems: ITEMS,
    };
    const one = updateAls(src, data, maps, { threads: 1 });
    const two = updateAls(src, data, maps, { threads: 2 });
    expect(one.model.arrays.userFactors).toEqual(two.model.arrays.userFactors);
    expect(one.stats).toMatchObject({ droppedUsers: 1, newUsers: 0, newItems: 0 });
    expect(one.model.meta.numUsers).toBe(USERS - 1);
    const x0 = src.arrays.userFactors as Float32Array;
    const x = one.model.arrays.userFactors as Float32Array;
    // Re-solved from the same data, a user's vector stays what training made it (source user 41 is model row 40).
    expect(cosine(x.subarray(40 * 32, 41 * 32), x0.subarray(41 * 32, 42 * 32))).toBeGreaterThan(0.995);
    expect(cosine(x.subarray(400 * 32, 401 * 32), x0.subarray(401 * 32, 402 * 32))).toBeGreaterThan(0.995);
  });

  it('gives the TypeScript kernel the same answer', async () => {
    const src = await trainSource();
    const g = grown();
    const data = snapshotFrom(g.events, g.numUsers, g.numItems);
    const maps: UpdateMaps = { userMap: identity(g.numUsers), itemMap: identity(g.numItems), keptUsers: identity(USERS), numUsers: g.numUsers, numItems: g.numItems };
    const native = updateAls(src, data, maps, { threads: 1 }).model.arrays.itemFactors as Float32Array;
    const ts = updateAls(src, data, maps, { threads: 1 }, tsKernel).model.arrays.itemFactors as Float32Array;
    expect(cosine(native.subarray(NEW_A * 32, NEW_A * 32 + 32), ts.subarray(NEW_A * 32, NEW_A * 32 + 32))).toBeGreaterThan(0.999);
  });

  it('renumbers a snapshot into model rows, keeping each row in time order', () => {
    const data = snapshotFrom(
      [
        { user: 0, item: 0, timestamp: 1 },
        { user: 0, item: 1, timestamp: 2 },
        { user: 1, item: 1, timestamp: 3 },
      ],
      2,
      2,
    );
    const m = remap(data.interactions, { userMap: Int32Array.of(2, 0), itemMap: Int32Array.of(3, 1), keptUsers: new Int32Array(0), numUsers: 3, numItems: 4 });
    expect([...m.userPtr]).toEqual([0, 1, 1, 3]);
    expect([...m.itemIdx]).toEqual([1, 3, 1]);
    expect([...m.timestamp]).toEqual([3, 1, 2]);
  });
});

describe('placing ids in an updated model', () => {
  it('keeps every source item, the source users the snapshot still has, and appends new ids', () => {
    const items = placeIds(['i0', 'i1', 'i2'], ['i2', 'new', 'i0'], true);
    expect(items.ids).toEqual(['i0', 'i1', 'i2', 'new']);
    expect([...items.map]).toEqual([2, 3, 0]);
    const users = placeIds(['u0', 'u1', 'u2'], ['u2', 'n', 'u0'], false);
    expect(users.ids).toEqual(['u0', 'u2', 'n']);
    expect([...users.kept]).toEqual([0, 2]);
    expect([...users.map]).toEqual([1, 2, 0]);
  });
});

describe('new items from fixed user vectors', () => {
  it('solves each item exactly and extends the gram', async () => {
    const src = await trainSource();
    const k = 32;
    const x = src.arrays.userFactors as Float32Array;
    const userGram = new Float64Array(k * k);
    tsKernel.gram(x, USERS, k, 0, userGram, 1);
    // One new item taken by every group-A user with confidence 3.
    const users = Int32Array.from({ length: TWO_GROUPS.usersPerGroup }, (_, u) => u);
    const rows = { ptr: Int32Array.of(0, users.length), user: users, conf: new Float32Array(users.length).fill(3) };
    const y = solveNewItems(rows, x, userGram, 30, k);
    // The residual of (XᵀX + λI + Σ 2·x·xᵀ)·y = Σ 3·x is ~0.
    const a = Float64Array.from(userGram);
    for (let d = 0; d < k; d++) a[d * k + d]! += 30;
    const b = new Float64Array(k);
    for (const u of users) {
      for (let r = 0; r < k; r++) {
        b[r]! += 3 * x[u * k + r]!;
        for (let s = 0; s < k; s++) a[r * k + s]! += 2 * x[u * k + r]! * x[u * k + s]!;
      }
    }
    let worst = 0;
    for (let r = 0; r < k; r++) {
      let s = 0;
      for (let c = 0; c < k; c++) s += a[r * k + c]! * y[c]!;
      worst = Math.max(worst, Math.abs(s - b[r]!) / Math.max(1e-9, Math.abs(b[r]!)));
    }
    expect(worst).toBeLessThan(1e-3);
    // A group-A user scores it above a group-B user.
    const dot = (u: number) => x.subarray(u * k, (u + 1) * k).reduce((sum, v, d) => sum + v * y[d]!, 0);
    expect(dot(5)).toBeGreaterThan(dot(TWO_GROUPS.usersPerGroup + 5));
    const gram = new Float64Array(k * k);
    addToGram(gram, y, 1, k);
    expect(gram[3 * k + 5]).toBeCloseTo(y[3]! * y[5]!, 9);
  });
});
