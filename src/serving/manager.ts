/**
 * The campaign manager (TensorFlow Serving's Manager with an availability-preserving policy):
 * it hands out the current deployment of a campaign for each call, loads a new version beside
 * the old one and switches with one assignment, and frees the old servable only after the
 * last call that started on it has finished. A campaign that is ACTIVE in the store but not
 * loaded here (another process deployed it, or this process restarted) is loaded on first use.
 */
import { ResourceInUse } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import { deployTargetOf, requireCampaign } from '../control/campaigns.ts';
import type { CampaignDeployer, DeployTarget } from '../control/context.ts';
import { Status } from '../control/status.ts';
import type { Database } from '../store/database.ts';
import { type Deployment, type LoaderEnv, loadDeployment } from './loader.ts';

/** A deployment plus the calls running on it. */
class Handle {
  calls = 0;
  retired = false;

  constructor(readonly deployment: Deployment) {}

  /** Frees the servable once retired and idle. */
  maybeClose(): void {
    if (this.retired && this.calls === 0) this.deployment.servable.close();
  }
}

export class CampaignManager implements CampaignDeployer {
  private readonly current = new Map<string, Handle>();
  private readonly loading = new Map<string, Promise<Handle>>();

  constructor(
    private readonly env: LoaderEnv & { database: Database },
    private readonly logger: Logger,
  ) {}

  /** Loads the target beside the current deployment, then switches to it. */
  async deploy(target: DeployTarget): Promise<void> {
    const t0 = performance.now();
    const handle = new Handle(await loadDeployment(this.env, target));
    this.swap(target.campaignArn, handle);
    this.logger.info(
      { campaignArn: target.campaignArn, solutionVersionArn: target.solutionVersionArn, ms: Math.round(performance.now() - t0), bytes: handle.deployment.servable.memoryBytes },
      'campaign deployed',
    );
  }

  /** Stops serving a campaign; calls in flight finish on it. */
  async undeploy(campaignArn: string): Promise<void> {
    const old = this.current.get(campaignArn);
    this.current.delete(campaignArn);
    if (old) {
      old.retired = true;
      old.maybeClose();
    }
  }

  /**
   * Runs fn on the campaign's current deployment; the deployment stays loaded until fn
   * settles even if an update switches the campaign meanwhile.
   */
  async use<T>(campaignArn: string, fn: (d: Deployment) => Promise<T>): Promise<T> {
    const handle = this.current.get(campaignArn) ?? (await this.loadFromStore(campaignArn));
    handle.calls++;
    try {
      return await fn(handle.deployment);
    } finally {
      handle.calls--;
      handle.maybeClose();
    }
  }

  /** Deployments loaded in this process (for tests and benchmarks). */
  deployment(campaignArn: string): Deployment | undefined {
    return this.current.get(campaignArn)?.deployment;
  }

  /** Frees every servable and stops the search thread (shutdown, after the calls in flight finished). */
  async close(): Promise<void> {
    for (const arn of [...this.current.keys()]) await this.undeploy(arn);
    await this.env.engine.close?.();
  }

  private swap(campaignArn: string, handle: Handle): void {
    const old = this.current.get(campaignArn);
    this.current.set(campaignArn, handle);
    if (old && old !== handle) {
      old.retired = true;
      old.maybeClose();
    }
  }

  private loadFromStore(campaignArn: string): Promise<Handle> {
    let p = this.loading.get(campaignArn);
    if (!p) {
      p = (async () => {
        const c = await requireCampaign(this.env.database.db, campaignArn);
        if (c.status !== Status.Active) {
          throw new ResourceInUse(`campaign ${campaignArn} is ${c.status}${c.failureReason ? ` (${c.failureReason})` : ''}; it serves once ACTIVE`);
        }
        const existing = this.current.get(campaignArn);
        if (existing) return existing;
        const handle = new Handle(await loadDeployment(this.env, deployTargetOf(c)));
        // A deploy that finished meanwhile wins: it is newer than what was read here.
        const raced = this.current.get(campaignArn);
        if (raced) {
          handle.retired = true;
          handle.maybeClose();
          return raced;
        }
        this.current.set(campaignArn, handle);
        return handle;
      })().finally(() => this.loading.delete(campaignArn));
      this.loading.set(campaignArn, p);
    }
    return p;
  }
}
