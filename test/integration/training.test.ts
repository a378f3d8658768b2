/** Training through the API: recipes, solutions, versions, metrics, HPO, stop, bad input; on both backends. */
import { status } from '@grpc/grpc-js';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArtifact } from '../../src/store/artifacts.ts';
import * as t from '../../src/store/schema.ts';
import { decodeModel } from '../../src/training/model-file.ts';
import { findRecipe, RECIPES } from '../../src/training/recipes/registry.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { expectRefused } from '../helpers/events.ts';
import { INTERACTIONS_SCHEMA, interactionsCsv } from '../helpers/fixtures.ts';
import { call, callError, capturingLogger, startTestServer, type TestServer, waitFor } from '../helpers/server.ts';
import { activeSolution, communitiesCsv, communityItemsCsv, describeUntil, ITEMS_GENRE_SCHEMA, trainedVersion } from '../helpers/training.ts';
import { activeDataset, activeGroup, importCsv, schema } from '../helpers/workflow.ts';

/** Around the generated data's last timestamp: what a live user's events look like. */
const LATEST = 1_700_070_000;
const UP = 'arn:attune:personalize:::recipe/aws-user-personalization';
const METRIC_KEYS = [
  'coverage',
  'mean_reciprocal_rank_at_25',
  'normalized_discounted_cumulative_gain_at_10',
  'normalized_discounted_cumulative_gain_at_25',
  'normalized_discounted_cumulative_gain_at_5',
  'precision_at_10',
  'precision_at_25',
  'precision_at_5',
];

describe.each(BACKENDS)('training on %s', (backend) => {
  let s: TestServer;
  let group: string;
  let emptyGroup: string;
  let smallGroup: string;
  const logs = capturingLogger();

  beforeAll(async () => {
    s = await startTestServer(backend, {}, { logger: logs.logger });
    const interactionsSchema = await schema(s, 'tr-interactions', INTERACTIONS_SCHEMA);
    group = await activeGroup(s, 'tr');
    const interactions = await activeDataset(s, 'tr-interactions', group, 'Interactions', interactionsSchema);
    const items = await activeDataset(s, 'tr-items', group, 'Items', await schema(s, 'tr-items', ITEMS_GENRE_SCHEMA));
    expect((await importCsv(s, 'tr-i', interactions, 'tr-i.csv', communitiesCsv())).status).toBe('ACTIVE');
    expect((await importCsv(s, 'tr-it', items, 'tr-it.csv', communityItemsCsv())).status).toBe('ACTIVE');
    emptyGroup = await activeGroup(s, 'tr-empty');
    smallGroup = await activeGroup(s, 'tr-small');
    const small = await activeDataset(s, 'tr-small-i', smallGroup, 'Interactions', interactionsSchema);
    expect((await importCsv(s, 'tr-s', small, 'tr-s.csv', interactionsCsv(1000, { users: 400, items: 50 }))).status).toBe('ACTIVE');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lists and describes recipes and their algorithms', async () => {
    const { recipes } = await call<object, { recipes: { name: string; recipeArn: string }[] }>(s.control, 'ListRecipes', {});
    expect(recipes.map((r) => r.name).sort()).toEqual(
      ['aws-personalized-ranking', 'aws-popularity-count', 'aws-similar-items', 'aws-sims', 'aws-trending-now', 'aws-user-personalization'],
    );
    const { recipe } = await call<object, { recipe: { recipeType: string; algorithmArn: string } }>(s.control, 'DescribeRecipe', {
      recipeArn: 'arn:aws:personalize:::recipe/aws-sims',
    });
    expect(recipe.recipeType).toBe('RELATED_ITEMS');
    const { algorithm } = await call<object, { algorithm: { defaultHyperParameters: Record<string, string>; defaultHyperParameterRanges: { integerHyperParameterRanges: { name: string; isTunable: boolean }[] } } }>(
      s.control,
      'DescribeAlgorithm',
      { algorithmArn: 'arn:attune:personalize:::algorithm/aws-user-personalization' },
    );
    expect(algorithm.defaultHyperParameters.hidden_dimension).toMatch(/^\d+$/);
    expect(algorithm.defaultHyperParameterRanges.integerHyperParameterRanges.find((r) => r.name === 'hidden_dimension')?.isTunable).toBe(true);
    expectRefused(await callError(s.control, 'DescribeRecipe', { recipeArn: 'arn:attune:personalize:::recipe/aws-nope' }), status.NOT_FOUND, 'recipe_arn');
  });

  it('trains user-personalization, reports the holdout metrics and stores a loadable model', async () => {
    const solutionArn = await activeSolution(s, { name: 'up', recipeArn: UP, datasetGroupArn: group });
    const v = await trainedVersion(s, solutionArn);
    expect(v.status, v.failureReason).toBe('ACTIVE');
    expect(v.trainingHours).toBeGreaterThan(0);
    const { metrics } = await call<object, { metrics: Record<string, number> }>(s.control, 'GetSolutionMetrics', { solutionVersionArn: v.solutionVersionArn });
    expect(Object.keys(metrics).sort()).toEqual(METRIC_KEYS);
    for (const value of Object.values(metrics)) expect(value).toBeGreaterThanOrEqual(0), expect(value).toBeLessThanOrEqual(1);
    // Users of each community only ever see their own block: a good model finds the hidden items.
    expect(metrics.precision_at_5).toBeGreaterThan(0.15);

    // The model is in the store: decode it as another process would and recommend from it.
    const db = s.attune.database.db;
    const [row] = await db.select().from(t.solutionVersions).where(eq(t.solutionVersions.arn, v.solutionVersionArn));
    const file = decodeModel(await readArtifact(s.attune.database, row!.artifactId!));
    expect(file.recipe).toBe('aws-user-personalization');
    const scorer = findRecipe(file.recipe)!.load(file);
    const history = ['A0', 'A3', 'A5'].map((id) => file.itemIds.indexOf(id));
    const ranked = scorer.recommend(
      { itemIdx: Int32Array.from(history), timestamp: Float64Array.from([1, 2, 3], (k) => LATEST + k), weight: new Float32Array(3).fill(1), value: new Float32Array(3).fill(NaN) },
      5,
    );
    expect([...ranked.items].map((i) => file.itemIds[i]!.startsWith('A'))).toEqual([true, true, true, true, true]);

    // The same data and configuration give the same numbers.
    const again = await trainedVersion(s, solutionArn);
    const second = await call<object, { metrics: Record<string, number> }>(s.control, 'GetSolutionMetrics', { solutionVersionArn: again.solutionVersionArn });
    expect(second.metrics).toEqual(metrics);

    const { solution } = await call<object, { solution: { latestSolutionVersion: { solutionVersionArn: string } } }>(s.control, 'DescribeSolution', { solutionArn });
    expect(solution.latestSolutionVersion.solutionVersionArn).toBe(again.solutionVersionArn);
    const list = await call<object, { solutionVersions: { solutionVersionArn: string }[] }>(s.control, 'ListSolutionVersions', { solutionArn });
    expect(list.solutionVersions.map((x) => x.solutionVersionArn)).toEqual([v.solutionVersionArn, again.solutionVersionArn]);
  });

  it('trains every recipe from the imported data and stores a model that answers from the store', async () => {
    const db = s.attune.database.db;
    for (const recipe of RECIPES) {
      const solutionArn = await activeSolution(s, { name: `all-${recipe.name}`, recipeArn: `arn:attune:personalize:::recipe/${recipe.name}`, datasetGroupArn: group });
      const v = await trainedVersion(s, solutionArn);
      expect(v.status, `${recipe.name}: ${v.failureReason}`).toBe('ACTIVE');
      const { metrics } = await call<object, { metrics: Record<string, number> }>(s.control, 'GetSolutionMetrics', { solutionVersionArn: v.solutionVersionArn });
      expect(Object.keys(metrics).sort(), recipe.name).toEqual(METRIC_KEYS);
      const [row] = await db.select().from(t.solutionVersions).where(eq(t.solutionVersions.arn, v.solutionVersionArn));
      const file = decodeModel(await readArtifact(s.attune.database, row!.artifactId!));
      const scorer = recipe.load(file);
      const idx = (id: string) => file.itemIds.indexOf(id);
      if (recipe.type === 'RELATED_ITEMS') {
        const related = scorer.related!(idx('A3'), 5);
        expect([...related.items].every((i) => file.itemIds[i]!.startsWith('A')), recipe.name).toBe(true);
      } else if (recipe.type === 'POPULAR_ITEMS') {
        const top = scorer.recommend({ itemIdx: new Int32Array(0), timestamp: new Float64Array(0), weight: new Float32Array(0), value: new Float32Array(0) }, 1);
        expect(file.itemIds[top.items[0]!], recipe.name).toBe(recipe.name === 'aws-trending-now' ? 'A19' : 'A0');
      } else {
        const ids = ['B1', 'B2', 'B3', 'B4', 'B5'];
        const history = { itemIdx: Int32Array.from(ids.map(idx)), timestamp: Float64Array.from([1, 2, 3, 4, 5], (k) => LATEST + k), weight: new Float32Array(5).fill(1), value: new Float32Array(5).fill(NaN) };
        // Mostly the user's own community (the default strong L2 lets the globally most popular,
        // trending A19 through on data this small).
        const got = [...scorer.recommend(history, 5).items].map((i) => file.itemIds[i]!);
        expect(got.filter((id) => id.startsWith('B')).length, `${recipe.name}: ${got.join(',')}`).toBeGreaterThanOrEqual(4);
      }
    }
    // Items dataset metadata reaches similar-items: an item no one interacted with gets neighbours of its genre.
    const [sim] = await db.select().from(t.solutionVersions).where(eq(t.solutionVersions.recipe, 'aws-similar-items'));
    const simFile = decodeModel(await readArtifact(s.attune.database, sim!.artifactId!));
    const cold = findRecipe('aws-similar-items')!.load(simFile).related!(simFile.itemIds.indexOf('A_cold'), 5);
    expect(cold.items.length).toBe(5);
    expect([...cold.items].every((i) => simFile.itemIds[i]!.startsWith('A'))).toBe(true);
  });

  it('tunes hyperparameters with perform_hpo and reports the chosen values', async () => {
    const solutionArn = await activeSolution(s, {
      name: 'up-hpo',
      recipeArn: UP,
      datasetGroupArn: group,
      performHpo: true,
      solutionConfig: {
        algorithmHyperParameters: { num_iterations: '10' },
        hpoConfig: {
          hpoResourceConfig: { maxNumberOfTrainingJobs: '4', maxParallelTrainingJobs: '2' },
          algorithmHyperParameterRanges: { integerHyperParameterRanges: [{ name: 'hidden_dimension', minValue: 32, maxValue: 64 }] },
        },
      },
    });
    const v = await trainedVersion(s, solutionArn);
    expect(v.status, v.failureReason).toBe('ACTIVE');
    const chosen = Number(v.tunedHpoParams?.algorithmHyperParameters.hidden_dimension);
    expect(chosen).toBeGreaterThanOrEqual(32);
    expect(chosen).toBeLessThanOrEqual(64);
  });

  it('updates a solution: events_config applies to later versions', async () => {
    const solutionArn = await activeSolution(s, { name: 'up-update', recipeArn: UP, datasetGroupArn: group });
    await call(s.control, 'UpdateSolution', {
      solutionArn,
      solutionUpdateConfig: { eventsConfig: { eventParametersList: [{ eventType: 'purchase', weight: 1 }, { eventType: 'click', weight: 0.1 }] } },
    });
    const { solution } = await call<object, { solution: Record<string, any> }>(s.control, 'DescribeSolution', { solutionArn });
    expect(solution.solutionConfig.eventsConfig.eventParametersList.map((e: { eventType: string }) => e.eventType)).toEqual(['purchase', 'click']);
    expect(solution.latestSolutionUpdate.status).toBe('ACTIVE');
    expect(Number(solution.latestSolutionUpdate.creationDateTime.seconds)).toBeGreaterThan(0);
    const weighted = await trainedVersion(s, solutionArn);
    expect(weighted.status, weighted.failureReason).toBe('ACTIVE');
    const bad = await callError(s.control, 'UpdateSolution', { solutionArn, solutionUpdateConfig: { autoTrainingConfig: { schedulingExpression: 'rate(31 days)' } } });
    expectRefused(bad, status.INVALID_ARGUMENT, 'solution_update_config.auto_training_config.scheduling_expression');
    // Scheduled retraining is covered by test/integration/refresh.test.ts.
    await call(s.control, 'UpdateSolution', { solutionArn, performAutoTraining: true, solutionUpdateConfig: { autoTrainingConfig: { schedulingExpression: 'rate(7 days)' } } });
  });

  it('refuses bad solutions with the field and the reason', async () => {
    expectRefused(
      await callError(s.control, 'CreateSolution', { name: 'bad1', recipeArn: 'arn:attune:personalize:::recipe/aws-hrnn', datasetGroupArn: group }),
      status.NOT_FOUND,
      'recipe_arn',
    );
    const unknown = await callError(s.control, 'CreateSolution', {
      name: 'bad2',
      recipeArn: UP,
      datasetGroupArn: group,
      solutionConfig: { algorithmHyperParameters: { learning_rate: '0.1' } },
    });
    expectRefused(unknown, status.INVALID_ARGUMENT, 'solution_config.algorithm_hyper_parameters.learning_rate');
    const range = await callError(s.control, 'CreateSolution', {
      name: 'bad3',
      recipeArn: UP,
      datasetGroupArn: group,
      solutionConfig: { algorithmHyperParameters: { hidden_dimension: '100000' } },
    });
    expectRefused(range, status.INVALID_ARGUMENT, 'solution_config.algorithm_hyper_parameters.hidden_dimension');
    expect(range.details).toMatch(/\[\d+, \d+\]/);
    expectRefused(
      await callError(s.control, 'CreateSolution', { name: 'bad4', recipeArn: UP, datasetGroupArn: group, solutionConfig: { hpoConfig: { hpoResourceConfig: { maxNumberOfTrainingJobs: '41' } } }, performHpo: true }),
      status.INVALID_ARGUMENT,
      'solution_config.hpo_config.hpo_resource_config.max_number_of_training_jobs',
    );
    expectRefused(
      await callError(s.control, 'CreateSolution', {
        name: 'bad6',
        recipeArn: UP,
        datasetGroupArn: group,
        eventType: 'click',
        solutionConfig: { eventsConfig: { eventParametersList: [{ eventType: 'purchase', weight: 1 }] } },
      }),
      status.INVALID_ARGUMENT,
      'solution_config.events_config',
    );
    expectRefused(
      await callError(s.control, 'CreateSolution', { name: 'bad7', recipeArn: UP, datasetGroupArn: group, solutionConfig: { eventValueThreshold: '1e999' } }),
      status.INVALID_ARGUMENT,
      'solution_config.event_value_threshold',
    );
    const noData = await callError(s.control, 'CreateSolution', { name: 'bad5', recipeArn: UP, datasetGroupArn: emptyGroup });
    expect(noData.code, noData.details).toBe(status.FAILED_PRECONDITION);
    expect(noData.details).toMatch(/no Interactions dataset/);
    const { solutions } = await call<object, { solutions: { name: string }[] }>(s.control, 'ListSolutions', { datasetGroupArn: group });
    expect(solutions.map((x) => x.name)).not.toContain('bad2');
  });

  it('fails a version whose event types are not in the data, or whose data is too small', async () => {
    const byType = await activeSolution(s, { name: 'up-type', recipeArn: UP, datasetGroupArn: group, eventType: 'watch' });
    const v1 = await trainedVersion(s, byType);
    expect(v1.status).toBe('CREATE FAILED');
    expect(v1.failureReason).toMatch(/event_type "watch" does not occur.*"click", "purchase"/);

    const weighted = await activeSolution(s, {
      name: 'up-events',
      recipeArn: UP,
      datasetGroupArn: group,
      solutionConfig: { eventsConfig: { eventParametersList: [{ eventType: 'click', weight: 0.2 }, { eventType: 'rate', weight: 1 }] } },
    });
    const v2 = await trainedVersion(s, weighted);
    expect(v2.status).toBe('CREATE FAILED');
    expect(v2.failureReason).toMatch(/events_config .*"rate"/);

    const small = await activeSolution(s, { name: 'up-small', recipeArn: UP, datasetGroupArn: smallGroup, eventType: 'click' });
    const v3 = await trainedVersion(s, small);
    expect(v3.status).toBe('CREATE FAILED');
    expect(v3.failureReason).toMatch(/not enough training data: \d+ interactions .*at least 1000 interactions and at least 25 users/);
    expect((await callError(s.control, 'GetSolutionMetrics', { solutionVersionArn: v3.solutionVersionArn })).code).toBe(status.FAILED_PRECONDITION);
  });

  it('does not activate a version whose job lease was taken over by another process', async () => {
    const solutionArn = await activeSolution(s, {
      name: 'up-lease',
      recipeArn: UP,
      datasetGroupArn: group,
      performHpo: true,
      solutionConfig: { hpoConfig: { hpoResourceConfig: { maxNumberOfTrainingJobs: '12', maxParallelTrainingJobs: '1' } } },
    });
    const { solutionVersionArn } = await call<object, { solutionVersionArn: string }>(s.control, 'CreateSolutionVersion', { solutionArn });
    await describeUntil(s, solutionVersionArn, ['CREATE IN_PROGRESS']);
    // Another process claims the job (as if this one had stalled past its lease).
    await s.attune.database.query(
      `update jobs set lease_owner = 'another-process', lease_expires_at = now() + interval '1 hour' where resource_arn = $1 and state = 'running'`,
      [solutionVersionArn],
    );
    // Whether this process notices at its next lease renewal or when it comes to activate the
    // version, it must not finish it: wait until its job runner has given the attempt up (a
    // warning about the job: its lease was lost, or the attempt failed), then look.
    await waitFor(
      async () => logs.records.some((r) => r.resource === solutionVersionArn && Number(r.level) >= 40),
      String,
      ['true'],
      60_000,
    );
    const v = await describeUntil(s, solutionVersionArn, ['CREATE IN_PROGRESS', 'ACTIVE', 'CREATE FAILED', 'CREATE STOPPED']);
    expect(v.status).toBe('CREATE IN_PROGRESS');
    const [left] = await s.attune.database.query<{ n: number | string }>(`select count(*) as n from artifacts where owner_arn = $1`, [solutionVersionArn]);
    expect(Number(left!.n)).toBe(0);
  });

  it('stops a training in progress, refuses deletes meanwhile, and trains again afterwards', async () => {
    const solutionArn = await activeSolution(s, {
      name: 'up-stop',
      recipeArn: UP,
      datasetGroupArn: group,
      performHpo: true,
      solutionConfig: { hpoConfig: { hpoResourceConfig: { maxNumberOfTrainingJobs: '40', maxParallelTrainingJobs: '1' } } },
    });
    const { solutionVersionArn } = await call<object, { solutionVersionArn: string }>(s.control, 'CreateSolutionVersion', { solutionArn });
    await describeUntil(s, solutionVersionArn, ['CREATE IN_PROGRESS']);
    const busy = await callError(s.control, 'DeleteSolution', { solutionArn });
    expect(busy.code, busy.details).toBe(status.FAILED_PRECONDITION);
    expect(busy.details).toMatch(/CREATE IN_PROGRESS/);
    await call(s.control, 'StopSolutionVersionCreation', { solutionVersionArn });
    const stopped = await describeUntil(s, solutionVersionArn, ['CREATE STOPPED'], 30_000);
    expect(stopped.status).toBe('CREATE STOPPED');
    const again = await callError(s.control, 'StopSolutionVersionCreation', { solutionVersionArn });
    expect(again.code).toBe(status.FAILED_PRECONDITION);

    // The pool replaced the stopped worker: the next training works.
    const next = await trainedVersion(s, await activeSolution(s, { name: 'up-after', recipeArn: UP, datasetGroupArn: group }));
    expect(next.status, next.failureReason).toBe('ACTIVE');

    await call(s.control, 'DeleteSolution', { solutionArn });
    const end = Date.now() + 30_000;
    let code = status.OK as number;
    while (code !== status.NOT_FOUND && Date.now() < end) {
      code = await call(s.control, 'DescribeSolution', { solutionArn }).then(
        () => status.OK,
        (err: { code: number }) => err.code,
      );
    }
    expect(code).toBe(status.NOT_FOUND);
    expect((await callError(s.control, 'DescribeSolutionVersion', { solutionVersionArn })).code).toBe(status.NOT_FOUND);
  });
});
