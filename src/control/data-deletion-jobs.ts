/** Data deletion jobs. SKELETON. */
import type { ControlContext } from './context.ts';

export class DataDeletionJobs {
  constructor(
    readonly ctx: ControlContext,
    readonly dataRoots: () => string[],
  ) {}
}
