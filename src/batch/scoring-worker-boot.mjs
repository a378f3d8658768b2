// Runs scoring-worker.ts from source (tests, tsx); dist/ uses the compiled scoring-worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./scoring-worker.ts');
