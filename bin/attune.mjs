#!/usr/bin/env node
// The `attune` command: runs the compiled CLI (built by `npm ci` / `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/run.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('attune: dist/ is missing; run `npm run build` (npm ci does it for you)\n');
  process.exit(1);
}
await import(entry.href);
