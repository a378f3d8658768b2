/**
 * The CampaignDeployer of a process that serves no campaigns (one without the runtime role,
 * which runs the campaign jobs as a control process). Its deploy is a check that the target can
 * be served: the version is ACTIVE with a model artifact, its recipe is known here, and the
 * artifact reads back intact and decodes. It loads no group data and builds no index: the
 * runtime processes load the campaign when the job's commit notifies them, and on first use.
 * So ACTIVE means "deployable and announced", not "loaded by every runtime process"; a runtime
 * process that cannot load it keeps serving what it served and logs why.
 */
import type { CampaignDeployer, DeployTarget } from '../control/context.ts';
import { requireSolutionVersion } from '../control/solution-versions.ts';
import { Status } from '../control/status.ts';
import { readArtifact } from '../store/artifacts.ts';
import type { Database } from '../store/database.ts';
import { decodeModel } from '../training/model-file.ts';
import { findRecipe } from '../training/recipes/registry.ts';

export class DeployCheck implements CampaignDeployer {
  constructor(private readonly database: Database) {}

  /** Resolves when the target could be served; throws the reason it could not (the campaign's failure reason). */
  async deploy(target: DeployTarget): Promise<void> {
    const version = await requireSolutionVersion(this.database.db, target.solutionVersionArn, 'solution_version_arn');
    if (version.status !== Status.Active || version.artifactId === null) {
      throw new Error(`solution version ${version.arn} is ${version.status}; only an ACTIVE version can be deployed`);
    }
    if (!findRecipe(version.recipe)) throw new Error(`solution version ${version.arn} uses recipe ${version.recipe}, which this server does not know`);
    decodeModel(await readArtifact(this.database, version.artifactId));
  }

  /** Nothing is loaded here: the runtime processes stop serving the campaign when its removal is announced. */
  async undeploy(): Promise<void> {}
}
