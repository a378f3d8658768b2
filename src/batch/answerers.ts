/**
 * What answers a job's lines: for a batch inference job, serving's runtime over the job's own
 * deployment of the solution version (no campaign needed); for a batch segment job, the
 * version's user and item vectors. Either holds the loaded model until closed.
 */
import { checkCampaignConfig } from '../control/campaign-config.ts';
import type { BatchJobRecord } from '../control/batch-jobs.ts';
import { requireSolutionVersion } from '../control/solution-versions.ts';
import { type Deployment, loadDeployment } from '../serving/loader.ts';
import { batchEngineFactory } from './batched-engine.ts';
import { answerInferenceLine, type InferenceSettings } from './inference-lines.ts';
import type { BatchEnvironment } from './jobs.ts';
import type { InputLine } from './jsonl.ts';
import type { LineResult } from './lines.ts';
import { runtimeFor } from './one-deployment.ts';
import { BatchFailure } from './failure.ts';
import { openSegments } from './segments.ts';

/** Answers the lines of one job. */
export interface Answerer {
  answer(line: InputLine): Promise<LineResult>;
  /** Lines to answer at once: enough for inference's queries to share model runs, one for segments (a line's answer may hold millions of users). */
  readonly window: number;
  /** Frees the loaded model. */
  close(): void;
}

/** Inference lines answered at once (their top-k queries share batched model runs). */
const INFERENCE_WINDOW = 256;

/** Serving's default vector-index threshold (config `indexMinItems`). */
const DEFAULT_INDEX_MIN_ITEMS = 20_000;

/** Loads what answers `job`'s lines; BatchFailure when the version cannot be loaded. */
export async function openAnswerer(env: BatchEnvironment, job: BatchJobRecord): Promise<Answerer> {
  const db = env.loader.database.db;
  const version = await requireSolutionVersion(db, job.solutionVersionArn);
  const config = checkCampaignConfig(version.recipe, { itemExplorationConfig: job.config.itemExplorationConfig ?? null }, 'batch_inference_job_config');
  const loader = {
    ...env.loader,
    engine: batchEngineFactory({
      indexThreshold: env.indexMinItems ?? DEFAULT_INDEX_MIN_ITEMS,
      indexed: env.loader.engine,
      ...(env.executionProviders ? { executionProviders: env.executionProviders } : {}),
    }),
  };
  let deployment: Deployment;
  try {
    deployment = await loadDeployment(loader, {
      campaignArn: job.arn,
      solutionVersionArn: version.arn,
      datasetGroupArn: version.datasetGroupArn,
      recipe: version.recipe,
      config,
    });
  } catch (err) {
    throw new BatchFailure(`solution version ${version.arn} could not be loaded: ${err instanceof Error ? err.message : String(err)}`);
  }
  const servable = deployment.servable;
  try {
    if (job.jobType === 'segment') {
      const segments = await openSegments(env, job, servable);
      return {
        answer: (line) => segments.answer(line),
        window: 1,
        close: () => {
          segments.close();
          servable.close();
        },
      };
    }
    const settings: InferenceSettings = {
      runtime: runtimeFor(deployment, env.loader, env.filters, env.logger),
      // The runtime checks the shape of the campaign ARN its calls name; they all run on this deployment.
      campaignArn: job.arn.replace(/:batch-inference-job\//, ':campaign/'),
      recipe: servable.recipe,
      type: servable.type,
      scored: servable.scored,
      numResults: job.numResults,
      filterArn: job.filterArn ?? undefined,
    };
    return { answer: (line) => answerInferenceLine(settings, line), window: INFERENCE_WINDOW, close: () => servable.close() };
  } catch (err) {
    servable.close();
    throw err;
  }
}
