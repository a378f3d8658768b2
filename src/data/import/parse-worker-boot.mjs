// Runs parse-worker.ts from source (tests, tsx): dist/ uses the compiled parse-worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
