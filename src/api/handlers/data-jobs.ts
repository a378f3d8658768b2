/** Handlers for dataset export jobs and data deletion jobs. SKELETON. */
import type { PersonalizeHandlers } from '../generated/attune/v1/Personalize.ts';
import type { Services } from '../services.ts';
import type { HandlerDeps } from '../unary.ts';

/** Export and deletion job RPCs. */
export function dataJobHandlers(_s: Services, _deps: HandlerDeps): Partial<PersonalizeHandlers> {
  return {};
}
