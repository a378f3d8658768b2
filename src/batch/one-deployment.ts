/**
 * Serving's runtime over one deployment that no campaign holds: a batch job's. The runtime API
 * (src/serving/runtime.ts) takes a call's deployment from a campaign manager; this manager
 * hands every call the job's own deployment, so each input line gets exactly the filters,
 * exploration, scores and unknown-item handling that GetRecommendations and
 * GetPersonalizedRanking give.
 */
import type { Logger } from '../common/logger.ts';
import type { FilterCache } from '../serving/filter-cache.ts';
import type { Deployment, LoaderEnv } from '../serving/loader.ts';
import { CampaignManager } from '../serving/manager.ts';
import { Runtime } from '../serving/runtime.ts';

/** A campaign manager with exactly one deployment, used whatever campaign a call names. */
class OneDeployment extends CampaignManager {
  constructor(
    env: LoaderEnv,
    logger: Logger,
    private readonly only: Deployment,
  ) {
    super(env, logger);
  }

  override use<T>(_campaignArn: string, fn: (d: Deployment) => Promise<T>): Promise<T> {
    return fn(this.only);
  }

  override deployment(): Deployment {
    return this.only;
  }
}

/** A Runtime whose calls all run on `deployment` (the campaign ARN they name is only checked for shape). */
export function runtimeFor(deployment: Deployment, env: LoaderEnv, filters: FilterCache, logger: Logger): Runtime {
  return new Runtime(new OneDeployment(env, logger, deployment), filters);
}
