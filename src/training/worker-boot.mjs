// Runs worker.ts from source (tests, tsx): dist/ uses the compiled worker.js.
import { register } from 'tsx/esm/api';

register();
const mod = await import('./worker.ts');
export const fit = mod.fit;
export const evaluate = mod.evaluate;
export const snapshot = mod.snapshot;
export const update = mod.update;
