/**
 * The campaign manager (TensorFlow Serving's Manager with an availability-preserving policy):
 * it hands out the current deployment of a campaign for each call, loads a new version beside
 * the old one and switches with one assignment, and frees the old servable only after the
 * last call that started on it has finished. A campaign that is ACTIVE in the store but not
 * loaded here (another process deployed it, or this process restarted) is loaded on first use.
 * When another process changes a campaign, `refresh` brings this process in line with the store.
 */
import { ResourceInUse, ResourceNotFound } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import { deployTargetOf, requireCampaign } from '../control/campaigns.ts';
import type { CampaignDeployer, DeployTarget } from '../control/context.ts';
import { Status } from '../control/status.ts';
import type { Database } from '../store/database.ts';
import { type Deployment, type LoaderEnv, loadDeployment, loadWithNewItems } from './loader.ts';

/** A deployment plus the calls running on it. */
class Handle {
  calls = 0;
  retired = false;

  constructor(
    readonly deployment: Deployment,
    /** What was loaded: a refresh compares it with what the store says the campaign serves. */
    readonly target: DeployTarget,
  ) {}

  /** Frees the servable once retired and idle. */
  maybeClose(): void {
    if (this.retired && this.calls === 0) this.deployment.servable.close();
  }
}

export class CampaignManager implements CampaignDeployer {
  private readonly current = new Map<string, Handle>();
  private readonly loading = new Map<string, Promise<Handle>>();
  private readonly refreshing = new Map<string, Promise<void>>();

  constructor(
    private readonly env: LoaderEnv & { database: Database },
    private readonly logger: Logger,
  ) {}

  /** Loads the target beside the current deployment, then switches to it. */
  async deploy(target: DeployTarget): Promise<void> {
    const t0 = performance.now();
    const handle = new Handle(await loadDeployment(this.env, target), target);
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

  /**
   * The campaign changed in the store (another process deployed, updated or deleted it, as its
   * notification says): loads what it now serves beside what this process serves and switches,
   * or stops serving it once it is gone. Refreshes of one campaign run one after another, each
   * reading the store afresh, so the last one leaves what the store says last.
   */
  refresh(campaignArn: string): Promise<void> {
    const previous = this.refreshing.get(campaignArn) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(() => this.refreshNow(campaignArn));
    this.refreshing.set(campaignArn, next);
    void next.catch(() => {}).finally(() => {
      if (this.refreshing.get(campaignArn) === next) this.refreshing.delete(campaignArn);
    });
    return next;
  }

  /** ARNs of the campaigns loaded here (a process that lost notifications refreshes them all). */
  loaded(): string[] {
    return [...this.current.keys()];
  }

  /** Deployments loaded in this process (for tests and benchmarks). */
  deployment(campaignArn: string): Deployment | undefined {
    return this.current.get(campaignArn)?.deployment;
  }

  /** Frees every servable and stops the search thread (shutdown, after the calls in flight finished). */
  async close(): Promise<void> {
    clearInterval(this.newItems.timer);
    await this.newItems.running?.catch(() => {});
    for (const arn of [...this.current.keys()]) await this.undeploy(arn);
    await this.env.engine.close?.();
  }

  private async refreshNow(campaignArn: string): Promise<void> {
    let c;
    try {
      c = await requireCampaign(this.env.database.db, campaignArn);
    } catch (err) {
      if (err instanceof ResourceNotFound) return this.undeploy(campaignArn);
      throw err;
    }
    // Not ACTIVE: nothing to serve yet (creating), or still served until the row goes (deleting).
    if (c.status !== Status.Active) return;
    const current = this.current.get(campaignArn);
    if (!current) {
      await this.loadFromStore(campaignArn);
      return;
    }
    const target = deployTargetOf(c);
    if (current.target.solutionVersionArn === target.solutionVersionArn && sameJson(current.target.config, target.config)) return;
    await this.deploy(target);
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
        const target = deployTargetOf(c);
        const handle = new Handle(await loadDeployment(this.env, target), target);
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

  // ——— New items (Personalize's two-hourly update of user-personalization campaigns) ———

  /** The timer, the refresh in progress, and what each deployment made here took in (its signature). */
  private readonly newItems: { timer?: NodeJS.Timeout; running?: Promise<string[]>; signatures: WeakMap<Handle, string> } = { signatures: new WeakMap() };

  /** Every `intervalMs`, brings new items into the user-personalization campaigns served here (refreshNewItems). */
  refreshNewItemsEvery(intervalMs: number): void {
    clearInterval(this.newItems.timer);
    this.newItems.timer = setInterval(() => {
      this.refreshNewItems().catch((err: unknown) => this.logger.error({ err }, 'bringing new items into campaigns failed'));
    }, intervalMs);
    this.newItems.timer.unref();
  }

  /**
   * Gives each user-personalization campaign served here whose version qualifies (loader's
   * loadWithNewItems) vectors for the items its model does not know yet, and switches to that
   * servable as a deploy does: no new version, calls in flight finish on the old one. A campaign
   * deployed anew meanwhile keeps its new deployment. Returns the campaigns switched.
   */
  refreshNewItems(): Promise<string[]> {
    this.newItems.running ??= this.takeInNewItems().finally(() => (this.newItems.running = undefined));
    return this.newItems.running;
  }

  private async takeInNewItems(): Promise<string[]> {
    const switched: string[] = [];
    for (const [arn, handle] of [...this.current]) {
      if (handle.deployment.servable.recipe !== 'aws-user-personalization') continue;
      try {
        const t0 = performance.now();
        const loaded = await loadWithNewItems(this.env, handle.target, this.newItems.signatures.get(handle));
        if (!loaded) continue;
        if (this.current.get(arn) !== handle) {
          loaded.deployment.servable.close();
          continue;
        }
        const next = new Handle(loaded.deployment, handle.target);
        this.newItems.signatures.set(next, loaded.signature);
        this.swap(arn, next);
        switched.push(arn);
        this.logger.info({ campaignArn: arn, solutionVersionArn: handle.target.solutionVersionArn, newItems: loaded.newItems, ms: Math.round(performance.now() - t0) }, 'campaign took in new items');
      } catch (err) {
        this.logger.warn({ err, campaignArn: arn }, 'bringing new items into a campaign failed; it keeps serving what it served');
      }
    }
    return switched;
  }
}

/** Whether two JSON values are equal whatever the order of their keys (a configuration read back from jsonb). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
