/** The PersonalizeRuntime service: declared in the contract, served once campaigns exist. */
import { NotImplemented } from '../../common/errors.ts';
import type { PersonalizeRuntimeHandlers } from '../generated/attune/v1/PersonalizeRuntime.ts';
import { type HandlerDeps, unary } from '../unary.ts';

const REASON = 'campaigns are not deployable yet in this version of Attune (they arrive with the serving release)';

/** Answers UNIMPLEMENTED with a reason. */
export function runtimeHandlers(deps: HandlerDeps): PersonalizeRuntimeHandlers {
  return {
    GetRecommendations: unary(deps, 'GetRecommendations', async () => {
      throw new NotImplemented('GetRecommendations', REASON);
    }),
    GetPersonalizedRanking: unary(deps, 'GetPersonalizedRanking', async () => {
      throw new NotImplemented('GetPersonalizedRanking', REASON);
    }),
  };
}
