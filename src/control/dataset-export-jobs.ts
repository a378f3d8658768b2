/** Dataset export jobs. SKELETON. */
import type { ControlContext } from './context.ts';

export class DatasetExportJobs {
  constructor(
    readonly ctx: ControlContext,
    readonly dataRoots: () => string[],
  ) {}
}
