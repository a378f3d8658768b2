import { describe, expect, it } from 'vitest';
import { communities, snapshotFromRows, type Row } from '../../../test/conformance/communities.ts';
import { inputLength, splitHoldout, testUserCount } from './holdout.ts';

/** The items of user u's row in a matrix. */
function row(m: { userPtr: Int32Array; itemIdx: Int32Array }, u: number): number[] {
  return Array.from(m.itemIdx.subarray(m.userPtr[u], m.userPtr[u + 1]));
}

describe('holdout sizes', () => {
  it('gives the oldest 90% (floor, at least 1, leaving at least 1) to the input', () => {
    const cases: [number, number][] = [[2, 1], [3, 2], [9, 8], [10, 9], [11, 9], [19, 17], [20, 18], [25, 22], [100, 90]];
    for (const [n, expected] of cases) expect(inputLength(n), `n=${n}`).toBe(expected);
  });

  it('takes round(10%) of all users as test users, at least 1', () => {
    expect([0, 1, 4, 5, 14, 15, 200, 400].map(testUserCount)).toEqual([0, 1, 1, 1, 1, 2, 20, 40]);
  });
});

describe('splitHoldout', () => {
  const data = communities({ seed: 11 });
  const m = data.snapshot.interactions;

  it('holds out 10% of users, emptying their training rows and keeping everyone else', () => {
    const { train, test } = splitHoldout(data.snapshot, 5);
    expect(test).toHaveLength(40);
    const users = test.map((t) => t.user);
    expect(users).toEqual([...users].sort((a, b) => a - b));
    expect(new Set(users).size).toBe(40);
    const t = train.interactions;
    expect([t.numUsers, t.numItems]).toEqual([m.numUsers, m.numItems]);
    const isTest = new Set(users);
    let heldOut = 0;
    for (let u = 0; u < m.numUsers; u++) {
      if (isTest.has(u)) {
        expect(row(t, u)).toEqual([]);
        heldOut += row(m, u).length;
      } else {
        expect(row(t, u)).toEqual(row(m, u));
        const [s, e] = [t.userPtr[u] as number, t.userPtr[u + 1] as number];
        const [s0, e0] = [m.userPtr[u] as number, m.userPtr[u + 1] as number];
        expect(Array.from(t.timestamp.subarray(s, e))).toEqual(Array.from(m.timestamp.subarray(s0, e0)));
      }
    }
    expect(t.itemIdx.length + heldOut).toBe(m.itemIdx.length);
    expect(train.latestTimestamp).toBe(data.snapshot.latestTimestamp);
    expect(train.eventTypes).toBe(data.snapshot.eventTypes);
  });

  it("cuts each test user's row into the oldest part and the distinct items of the newest", () => {
    const { test } = splitHoldout(data.snapshot, 5);
    for (const { user, input, truth } of test) {
      const items = row(m, user);
      const cut = inputLength(items.length);
      expect(Array.from(input.itemIdx)).toEqual(items.slice(0, cut));
      expect(input.timestamp.length).toBe(cut);
      expect(Array.from(input.timestamp)).toEqual([...input.timestamp].sort((a, b) => a - b));
      expect(Array.from(truth)).toEqual([...new Set(items.slice(cut))].sort((a, b) => a - b));
      expect(truth.length).toBeGreaterThan(0);
    }
  });

  it('is deterministic for a seed and varies with it', () => {
    const users = (seed: number) => splitHoldout(data.snapshot, seed).test.map((t) => t.user);
    expect(users(5)).toEqual(users(5));
    expect(users(6)).not.toEqual(users(5));
  });

  it('only picks users with at least 2 interactions, and never every user with data', () => {
    // 20 users: only users 3 and 7 have two interactions; round(10% of 20) = 2 test users.
    const rows: Row[] = [];
    for (let u = 0; u < 20; u++) rows.push({ user: u, item: u % 4, timestamp: 100 + u });
    rows.push({ user: 3, item: 9, timestamp: 500 }, { user: 7, item: 9, timestamp: 10 });
    const snap = snapshotFromRows(20, 10, rows);
    for (const seed of [1, 2, 3]) {
      const { test } = splitHoldout(snap, seed);
      expect(test.map((t) => t.user)).toEqual([3, 7]);
      const seven = test[1];
      // User 7's extra interaction is older, so it becomes the input and item 3 the truth.
      expect(Array.from(seven?.input.itemIdx ?? [])).toEqual([9]);
      expect(Array.from(seven?.truth ?? [])).toEqual([3]);
    }
    const alone = snapshotFromRows(3, 4, [
      { user: 1, item: 0, timestamp: 1 },
      { user: 1, item: 1, timestamp: 2 },
    ]);
    expect(splitHoldout(alone, 1).test).toEqual([]);
  });

  it('keeps repeated truth items once', () => {
    const rows: Row[] = [];
    for (let k = 0; k < 20; k++) rows.push({ user: 0, item: k < 18 ? k % 5 : 7, timestamp: k });
    rows.push({ user: 1, item: 1, timestamp: 1 });
    const { test } = splitHoldout(snapshotFromRows(2, 10, rows), 1);
    expect(test).toHaveLength(1);
    expect(Array.from(test[0]?.truth ?? [])).toEqual([7]);
    expect(test[0]?.input.itemIdx.length).toBe(18);
  });
});
