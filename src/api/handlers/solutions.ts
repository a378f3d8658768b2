/** Handlers for recipes, solutions, solution versions and their metrics. */
import type { AlgorithmView, RecipeView } from '../../control/recipes.ts';
import { RECIPES_CREATED } from '../../control/recipes.ts';
import type { SolutionConfigInput } from '../../control/solution-config.ts';
import type { SolutionConfig } from '../generated/attune/v1/SolutionConfig.ts';
import { type SolutionVersionRecord, trainingHours } from '../../control/solution-versions.ts';
import type { SolutionRecord, SolutionVersionRow } from '../../control/solutions.ts';
import { timestamp } from '../convert.ts';
import type { PersonalizeHandlers } from '../generated/attune/v1/Personalize.ts';
import type { Services } from '../services.ts';
import { type HandlerDeps, unary } from '../unary.ts';

function versionSummary(v: SolutionVersionRow) {
  return {
    solutionVersionArn: v.arn,
    status: v.status,
    trainingMode: v.trainingMode,
    trainingType: v.trainingType,
    creationDateTime: timestamp(v.createdAt),
    lastUpdatedDateTime: timestamp(v.updatedAt),
    failureReason: v.failureReason ?? '',
  };
}

function solutionSummary(s: SolutionRecord) {
  return {
    name: s.name,
    solutionArn: s.arn,
    status: s.status,
    creationDateTime: timestamp(s.createdAt),
    lastUpdatedDateTime: timestamp(s.updatedAt),
    recipeArn: s.recipeArn,
  };
}

function latestUpdate(u: unknown) {
  if (!u || typeof u !== 'object') return null;
  const x = u as { createdAt: string; updatedAt: string } & Record<string, unknown>;
  return { ...x, creationDateTime: timestamp(new Date(x.createdAt)), lastUpdatedDateTime: timestamp(new Date(x.updatedAt)) };
}

function solution(s: SolutionRecord) {
  return {
    ...solutionSummary(s),
    performHpo: s.performHpo,
    performAutoMl: false,
    performAutoTraining: s.performAutoTraining,
    performIncrementalUpdate: false,
    datasetGroupArn: s.datasetGroupArn,
    eventType: s.eventType ?? '',
    solutionConfig: s.config as SolutionConfig,
    latestSolutionVersion: s.latestVersion ? versionSummary(s.latestVersion) : null,
    latestSolutionUpdate: latestUpdate(s.latestUpdate),
  };
}

function version(v: SolutionVersionRecord) {
  const tuned = v.tunedHyperParameters as Record<string, string> | null;
  return {
    ...versionSummary(v),
    name: v.name,
    solutionArn: v.solutionArn,
    performHpo: v.performHpo,
    performAutoMl: false,
    performIncrementalUpdate: false,
    recipeArn: v.recipeArn,
    eventType: v.eventType ?? '',
    datasetGroupArn: v.datasetGroupArn,
    solutionConfig: v.config as SolutionConfig,
    trainingHours: trainingHours(v),
    tunedHpoParams: tuned ? { algorithmHyperParameters: tuned } : null,
  };
}

function recipe(r: RecipeView) {
  return {
    name: r.recipe.name,
    recipeArn: r.arn,
    algorithmArn: r.algorithmArn,
    featureTransformationArn: '',
    status: 'ACTIVE',
    description: r.recipe.description,
    creationDateTime: timestamp(RECIPES_CREATED),
    lastUpdatedDateTime: timestamp(RECIPES_CREATED),
    recipeType: r.recipe.type,
  };
}

function algorithm(a: AlgorithmView) {
  return {
    name: a.name,
    algorithmArn: a.arn,
    algorithmImage: { name: a.name, dockerUri: '' },
    defaultHyperParameters: a.defaultHyperParameters,
    defaultHyperParameterRanges: a.ranges,
    defaultResourceConfig: {},
    trainingInputMode: 'File',
    roleArn: '',
    creationDateTime: timestamp(RECIPES_CREATED),
    lastUpdatedDateTime: timestamp(RECIPES_CREATED),
  };
}

type Handlers = Pick<
  PersonalizeHandlers,
  | 'ListRecipes'
  | 'DescribeRecipe'
  | 'DescribeAlgorithm'
  | 'CreateSolution'
  | 'DescribeSolution'
  | 'ListSolutions'
  | 'UpdateSolution'
  | 'DeleteSolution'
  | 'CreateSolutionVersion'
  | 'DescribeSolutionVersion'
  | 'ListSolutionVersions'
  | 'StopSolutionVersionCreation'
  | 'GetSolutionMetrics'
>;

/** Recipe, solution and solution version RPCs. */
export function solutionHandlers(s: Services, deps: HandlerDeps): Handlers {
  return {
    ListRecipes: unary(deps, 'ListRecipes', async (r) => {
      const page = s.recipes.list(r);
      return {
        recipes: page.items.map((v) => ({
          name: v.recipe.name,
          recipeArn: v.arn,
          status: 'ACTIVE',
          creationDateTime: timestamp(RECIPES_CREATED),
          lastUpdatedDateTime: timestamp(RECIPES_CREATED),
          domain: '',
        })),
        nextToken: page.nextToken ?? '',
      };
    }),
    DescribeRecipe: unary(deps, 'DescribeRecipe', async (r) => ({ recipe: recipe(s.recipes.describe(r.recipeArn)) })),
    DescribeAlgorithm: unary(deps, 'DescribeAlgorithm', async (r) => ({ algorithm: algorithm(s.recipes.describeAlgorithm(r.algorithmArn)) })),
    CreateSolution: unary(deps, 'CreateSolution', async (r) => ({
      solutionArn: await s.solutions.create({ ...r, solutionConfig: r.solutionConfig as SolutionConfigInput | null, performAutoTraining: r.performAutoTraining ?? null }),
    })),
    DescribeSolution: unary(deps, 'DescribeSolution', async (r) => ({ solution: solution(await s.solutions.describe(r.solutionArn)) })),
    ListSolutions: unary(deps, 'ListSolutions', async (r) => {
      const page = await s.solutions.list(r.datasetGroupArn || undefined, r);
      return { solutions: page.items.map(solutionSummary), nextToken: page.nextToken ?? '' };
    }),
    UpdateSolution: unary(deps, 'UpdateSolution', async (r) => ({
      solutionArn: await s.solutions.update({
        solutionArn: r.solutionArn,
        performAutoTraining: r.performAutoTraining ?? null,
        performIncrementalUpdate: r.performIncrementalUpdate ?? null,
        solutionUpdateConfig: r.solutionUpdateConfig as never,
      }),
    })),
    DeleteSolution: unary(deps, 'DeleteSolution', async (r) => {
      await s.solutions.delete(r.solutionArn);
      return {};
    }),
    CreateSolutionVersion: unary(deps, 'CreateSolutionVersion', async (r) => ({ solutionVersionArn: await s.solutionVersions.create(r) })),
    DescribeSolutionVersion: unary(deps, 'DescribeSolutionVersion', async (r) => ({
      solutionVersion: version(await s.solutionVersions.describe(r.solutionVersionArn)),
    })),
    ListSolutionVersions: unary(deps, 'ListSolutionVersions', async (r) => {
      const page = await s.solutionVersions.list(r.solutionArn || undefined, r);
      return { solutionVersions: page.items.map(versionSummary), nextToken: page.nextToken ?? '' };
    }),
    StopSolutionVersionCreation: unary(deps, 'StopSolutionVersionCreation', async (r) => {
      await s.solutionVersions.stop(r.solutionVersionArn);
      return {};
    }),
    GetSolutionMetrics: unary(deps, 'GetSolutionMetrics', async (r) => ({
      solutionVersionArn: r.solutionVersionArn,
      metrics: await s.solutionVersions.metrics(r.solutionVersionArn),
    })),
  };
}
