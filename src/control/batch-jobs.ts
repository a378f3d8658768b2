/**
 * Batch inference and batch segment jobs: validated up front, then run asynchronously by a
 * durable job (src/batch). SKELETON: filled in by the batch-jobs work.
 */
import { NotImplemented } from '../common/errors.ts';
import type { ControlContext } from './context.ts';

export class BatchJobs {
  constructor(
    readonly ctx: ControlContext,
    readonly dataRoots: () => string[],
  ) {}

  /** Placeholder until batch jobs land. */
  unavailable(): never {
    throw new NotImplemented('batch jobs', 'not yet available');
  }
}
