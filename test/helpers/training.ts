/** Data with a known answer, and the solution/version workflow, for training tests. */
import { call, type TestServer, waitFor } from './server.ts';

/**
 * Two communities: users `a0…` interact only with items `A0…`, users `b0…` only with `B0…`.
 * Item 0 of each block is the most popular; the last block item gets a burst of events at the
 * end (trending). Every user has `perUser` interactions, timestamps increasing.
 */
export function communitiesCsv(options: { users?: number; items?: number; perUser?: number } = {}): string {
  const users = options.users ?? 30;
  const items = options.items ?? 20;
  const perUser = options.perUser ?? 18;
  const lines = ['USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE'];
  let t = 1_700_000_000;
  for (const side of ['a', 'b']) {
    const block = side.toUpperCase();
    for (let u = 0; u < users; u++) {
      for (let k = 0; k < perUser; k++) {
        // The popular item first, then a user-specific walk over distinct block items
        // (items - 1 is prime for the default 20, and 5 is coprime to it).
        const item = k === 0 ? 0 : 1 + ((u * 7 + k * 5) % (items - 1));
        lines.push(`${side}${u},${block}${item},${(t += 60)},${k % 5 === 0 ? 'purchase' : 'click'},${1 + (k % 5)}`);
      }
    }
  }
  // The trending burst: many users touch the last item of block A in the final hour.
  for (let u = 0; u < users; u++) lines.push(`a${u},A${items - 1},${(t += 30)},click,1`);
  return lines.join('\n') + '\n';
}

/** Items with a GENRE per block (for similar-items). */
export function communityItemsCsv(items = 20): string {
  const lines = ['ITEM_ID,GENRES'];
  for (let i = 0; i < items; i++) lines.push(`A${i},alpha`, `B${i},beta`);
  // A cold item that no one interacted with, sharing block A's genre.
  lines.push('A_cold,alpha');
  return lines.join('\n') + '\n';
}

export const ITEMS_GENRE_SCHEMA = JSON.stringify({
  type: 'record',
  name: 'Items',
  fields: [
    { name: 'ITEM_ID', type: 'string' },
    { name: 'GENRES', type: 'string', categorical: true },
  ],
});

/** A solution version as DescribeSolutionVersion returns it. */
export interface VersionView {
  status: string;
  failureReason: string;
  trainingHours: number;
  tunedHpoParams: { algorithmHyperParameters: Record<string, string> } | null;
  solutionVersionArn: string;
}

/** Creates a solution and waits until it is ACTIVE. */
export async function activeSolution(s: TestServer, request: Record<string, unknown>): Promise<string> {
  const { solutionArn } = await call<object, { solutionArn: string }>(s.control, 'CreateSolution', request);
  await waitFor(
    () => call<object, { solution: { status: string } }>(s.control, 'DescribeSolution', { solutionArn }),
    (r) => r.solution.status,
    ['ACTIVE'],
  );
  return solutionArn;
}

/** Creates a version of the solution and waits for it to finish training. */
export async function trainedVersion(s: TestServer, solutionArn: string, timeoutMs = 120_000): Promise<VersionView> {
  const { solutionVersionArn } = await call<object, { solutionVersionArn: string }>(s.control, 'CreateSolutionVersion', { solutionArn });
  return describeUntil(s, solutionVersionArn, ['ACTIVE', 'CREATE FAILED', 'CREATE STOPPED'], timeoutMs);
}

/** Polls DescribeSolutionVersion until the status is one of `wanted`. */
export async function describeUntil(s: TestServer, solutionVersionArn: string, wanted: string[], timeoutMs = 120_000): Promise<VersionView> {
  const r = await waitFor(
    () => call<object, { solutionVersion: VersionView }>(s.control, 'DescribeSolutionVersion', { solutionVersionArn }),
    (x) => x.solutionVersion.status,
    wanted,
    timeoutMs,
  );
  return r.solutionVersion;
}
