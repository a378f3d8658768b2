/** Handlers for batch inference and batch segment jobs. SKELETON: filled in by the batch-jobs work. */
import type { PersonalizeHandlers } from '../generated/attune/v1/Personalize.ts';
import type { Services } from '../services.ts';
import type { HandlerDeps } from '../unary.ts';

/** Batch job RPCs. */
export function batchHandlers(_s: Services, _deps: HandlerDeps): Partial<PersonalizeHandlers> {
  return {};
}
