/**
 * Profiles the request path in one process, without gRPC: opens a database kept by
 * `throughput.ts --keep` and calls the runtime directly.
 *
 *   npx tsx bench/serve/profile-inproc.ts DIR [recs|rank] [calls] [profile.cpuprofile]
 *
 * With a fourth argument, the measured calls (only) are profiled into that file.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAttune } from '../../src/app.ts';
import { silentLogger } from '../../src/common/logger.ts';
import { resolveConfig } from '../../src/config.ts';

const [dir, what = 'recs', n = '5000', profile] = process.argv.slice(2);
const setup = JSON.parse(readFileSync(join(dir!, 'setup.json'), 'utf8')) as Record<string, string | number>;
const attune = await startAttune(resolveConfig({ host: '127.0.0.1', port: 0, db: `pglite://${join(dir!, 'db')}`, dataRoots: [dir!] }, {}), silentLogger());
const rt = attune.services.runtime;
const calls = Number(n);
const users = Number(setup.users);
const items = Number(setup.items);
const one = (i: number) =>
  what === 'rank'
    ? rt.getPersonalizedRanking({ campaignArn: String(setup.ranking), userId: `u${(i * 104729) % users}`, inputList: Array.from({ length: 500 }, (_, j) => `i${(i * 7 + j * 131) % items}`) })
    : rt.getRecommendations({ campaignArn: String(setup.campaign), userId: `u${(i * 7919) % users}`, numResults: 25, filterArn: String(setup.unseen) });
await one(0);
await one(1);
const session = new Session();
if (profile) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const t0 = performance.now();
for (let i = 0; i < calls; i += 16) await Promise.all(Array.from({ length: 16 }, (_, j) => one(i + j)));
const ms = performance.now() - t0;
if (profile) {
  const { profile: data } = await session.post('Profiler.stop');
  writeFileSync(profile, JSON.stringify(data));
}
console.log(`${what}: ${calls} calls in ${ms.toFixed(0)} ms = ${((1000 * ms) / calls).toFixed(1)} µs/call`);
await attune.stop();
