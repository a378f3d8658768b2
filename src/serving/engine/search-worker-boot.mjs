// Runs search-worker.ts from source (tests, tsx); dist/ uses the compiled search-worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./search-worker.ts');
