/**
 * Serving through the API, on both backends: campaigns of every recipe family answer
 * GetRecommendations / GetPersonalizedRanking with filters, promotions, metadata and
 * exploration; PutEvents and PutItems change answers at once; bad input gets the right status.
 */
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeadlineExceeded } from '../../src/common/errors.ts';
import type { AlsServable } from '../../src/serving/servables/als.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { event, expectRefused, sleep } from '../helpers/events.ts';
import { call, callError, startTestServer, type TestServer, waitFor } from '../helpers/server.ts';
import { activeCampaign, filter, type Predicted, recommend, type ServingGroup, servingGroup } from '../helpers/serving.ts';
import { trainedVersion } from '../helpers/training.ts';

const UP = 'aws-user-personalization';
const PR = 'aws-personalized-ranking';
const SIMS = 'aws-sims';
const POP = 'aws-popularity-count';
const SIMILAR = 'aws-similar-items';
const TRENDING = 'aws-trending-now';

const ids = (list: Predicted[]) => list.map((p) => p.itemId);
const share = (list: Predicted[], prefix: string) => list.filter((p) => p.itemId.startsWith(prefix)).length / Math.max(1, list.length);

// Each backend also runs one of the two item engines: the 40-item catalog is scored exactly
// (ONNX) by default, and through the vector index in the search thread when the threshold is 10.
const CASES = BACKENDS.map((backend) => ({ backend, engine: backend === 'postgres' ? 'index' : 'exact' }));

describe.each(CASES)('serving on $backend, $engine engine', ({ backend, engine }) => {
  let s: TestServer;
  let g: ServingGroup;
  let up: string;
  const put = (userId: string, items: string[]) =>
    call(s.events, 'PutEvents', { trackingId: g.trackingId, userId, sessionId: `s-${userId}`, eventList: items.map((i) => event(i)) });

  beforeAll(async () => {
    s = await startTestServer(backend, engine === 'index' ? { indexMinItems: 10 } : {});
    g = await servingGroup(s, 'sv', [UP, PR, SIMS, POP, SIMILAR, TRENDING]);
    up = await activeCampaign(s, {
      name: 'sv-up',
      solutionVersionArn: g.versions[UP],
      campaignConfig: { itemExplorationConfig: { explorationWeight: '0' }, enableMetadataWithRecommendations: true },
    });
  }, 240_000);
  afterAll(async () => {
    await s?.close();
  });

  it('recommends a known user items of their own community, with softmax scores and a recommendation id', async () => {
    expect((s.attune.manager.deployment(up)!.servable as AlsServable).engineKind).toBe(engine);
    const r = await recommend(s, { campaignArn: up, userId: 'a3', numResults: 10 });
    expect(r.itemList).toHaveLength(10);
    expect(share(r.itemList, 'A')).toBeGreaterThanOrEqual(0.8);
    expect(r.recommendationId).toMatch(/^RID-/);
    const scores = r.itemList.map((p) => p.score!);
    for (const x of scores) expect(x).toBeGreaterThan(0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect((await recommend(s, { campaignArn: up, userId: 'b3' })).itemList).toHaveLength(25);
  });

  it('answers an unknown user from popularity, then follows their events at once (no retraining)', async () => {
    const cold = await recommend(s, { campaignArn: up, userId: 'newcomer', numResults: 5 });
    expect(cold.itemList).toHaveLength(5);
    expect(cold.itemList.every((p) => p.score === undefined)).toBe(true);
    await put('newcomer', ['B3', 'B5', 'B7', 'B9']);
    const warm = await recommend(s, { campaignArn: up, userId: 'newcomer', numResults: 10 });
    expect(share(warm.itemList, 'B')).toBeGreaterThanOrEqual(0.8);
    // A known a-user who turns to the b-community is followed too.
    const before = await recommend(s, { campaignArn: up, userId: 'a7', numResults: 10 });
    expect(share(before.itemList, 'A')).toBeGreaterThanOrEqual(0.8);
    await put('a7', ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B8', 'B10', 'B11', 'B12']);
    await put('a7', ['B13', 'B14', 'B15', 'B16', 'B17', 'B18', 'B1', 'B2', 'B3', 'B4']);
    const after = await recommend(s, { campaignArn: up, userId: 'a7', numResults: 10 });
    expect(share(after.itemList, 'B')).toBeGreaterThan(share(before.itemList, 'B'));
  });

  it('excludes past items with an interactions filter, including events that just arrived', async () => {
    const seen = await filter(s, 'sv-unseen', g.groupArn, 'EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("*")');
    await put('u-filter', ['A1', 'A2', 'A3']);
    const r1 = await recommend(s, { campaignArn: up, userId: 'u-filter', numResults: 30, filterArn: seen });
    expect(ids(r1.itemList)).not.toContain('A1');
    expect(ids(r1.itemList)).not.toContain('A3');
    const next = r1.itemList[0]!.itemId;
    await put('u-filter', [next]);
    const r2 = await recommend(s, { campaignArn: up, userId: 'u-filter', numResults: 30, filterArn: seen });
    expect(ids(r2.itemList)).not.toContain(next);
    const clicks = await filter(s, 'sv-noclick', g.groupArn, 'EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("CLICK")');
    const r3 = await recommend(s, { campaignArn: up, userId: 'u-filter', numResults: 40, filterArn: clicks });
    expect(ids(r3.itemList)).not.toContain('A2');
  });

  it('applies item attribute filters with parameters, and refuses an INCLUDE filter without its values', async () => {
    const genre = await filter(s, 'sv-genre', g.groupArn, 'INCLUDE ItemID WHERE Items.GENRES IN ($G) AND Items.PRICE < $MAX');
    const r = await recommend(s, { campaignArn: up, userId: 'a1', numResults: 10, filterArn: genre, filterValues: { G: '"beta"', MAX: '110' } });
    expect(r.itemList.length).toBe(10);
    for (const p of r.itemList) expect(Number(p.itemId.slice(1))).toBeLessThan(10), expect(p.itemId.startsWith('B')).toBe(true);
    const err = await callError(s.runtime, 'GetRecommendations', { campaignArn: up, userId: 'a1', filterArn: genre, filterValues: { G: '"beta"' } });
    expectRefused(err, status.INVALID_ARGUMENT, 'filter_values.MAX');
  });

  it('promotes items chosen by the promotion filter, marked with its name', async () => {
    const beta = await filter(s, 'sv-promo', g.groupArn, 'INCLUDE ItemID WHERE Items.GENRES IN ("beta")');
    const r = await recommend(s, {
      campaignArn: up,
      userId: 'a2',
      numResults: 10,
      promotions: [{ name: 'summer', percentPromotedItems: 30, filterArn: beta }],
    });
    const promoted = r.itemList.filter((p) => p.promotionName === 'summer');
    expect(promoted).toHaveLength(3);
    for (const p of promoted) expect(p.itemId.startsWith('B')).toBe(true);
    expect(new Set(ids(r.itemList)).size).toBe(10);
    expect(share(r.itemList.filter((p) => !p.promotionName), 'A')).toBeGreaterThanOrEqual(0.8);
  });

  it('returns item metadata when the campaign allows it', async () => {
    const r = await recommend(s, { campaignArn: up, userId: 'b1', numResults: 5, metadataColumns: { ITEMS: { values: [{ stringValue: 'GENRES' }, { stringValue: 'PRICE' }] } } });
    for (const p of r.itemList) {
      expect(p.metadata.GENRES).toBe(p.itemId.startsWith('A') ? 'alpha' : 'beta');
      expect(Number(p.metadata.PRICE)).toBeGreaterThanOrEqual(0);
    }
    expectRefused(
      await callError(s.runtime, 'GetRecommendations', { campaignArn: up, userId: 'b1', numResults: 51, metadataColumns: { ITEMS: { values: [{ stringValue: 'GENRES' }] } } }),
      status.INVALID_ARGUMENT,
      'num_results',
    );
    expectRefused(
      await callError(s.runtime, 'GetRecommendations', { campaignArn: up, userId: 'b1', metadataColumns: { ITEMS: { values: [{ stringValue: 'NOPE' }] } } }),
      status.INVALID_ARGUMENT,
      'metadata_columns.ITEMS[0]',
    );
  });

  it('ranks a list for a user, unknown items last without a score', async () => {
    const pr = await activeCampaign(s, { name: 'sv-pr', solutionVersionArn: g.versions[PR] });
    const r = await call<object, { personalizedRanking: Predicted[] }>(s.runtime, 'GetPersonalizedRanking', {
      campaignArn: pr,
      userId: 'a4',
      inputList: ['B2', 'never-seen', 'A2', 'B4', 'A4'],
    });
    const order = ids(r.personalizedRanking);
    expect(order.slice(0, 2).sort()).toEqual(['A2', 'A4']);
    expect(order.at(-1)).toBe('never-seen');
    expect(r.personalizedRanking.at(-1)!.score).toBeUndefined();
    const total = r.personalizedRanking.slice(0, 4).reduce((a, p) => a + p.score!, 0);
    expect(total).toBeCloseTo(1, 5);
    const tooMany = Array.from({ length: 501 }, (_, i) => `x${i}`);
    expectRefused(await callError(s.runtime, 'GetPersonalizedRanking', { campaignArn: pr, userId: 'a4', inputList: tooMany }), status.INVALID_ARGUMENT, 'input_list');
    expectRefused(await callError(s.runtime, 'GetPersonalizedRanking', { campaignArn: pr, userId: 'a4', inputList: ['A1', 'A2', ''] }), status.INVALID_ARGUMENT, 'input_list[2]');
    // Each distinct id once: known ones ranked, unknown ones last in input order.
    const dup = await call<object, { personalizedRanking: Predicted[] }>(s.runtime, 'GetPersonalizedRanking', {
      campaignArn: pr,
      userId: 'a4',
      inputList: ['A2', 'zz', 'A2', 'yy', 'A4', 'zz'],
    });
    expect(ids(dup.personalizedRanking).slice(0, 2).sort()).toEqual(['A2', 'A4']);
    expect(ids(dup.personalizedRanking).slice(2)).toEqual(['zz', 'yy']);
    expectRefused(await callError(s.runtime, 'GetRecommendations', { campaignArn: pr, userId: 'a4' }), status.INVALID_ARGUMENT, 'campaign_arn');
    expectRefused(await callError(s.runtime, 'GetPersonalizedRanking', { campaignArn: up, userId: 'a4', inputList: ['A1'] }), status.INVALID_ARGUMENT, 'campaign_arn');
  });

  it('recommends related items, with CurrentItem filters, and popular items for an unknown item', async () => {
    const sims = await activeCampaign(s, { name: 'sv-sims', solutionVersionArn: g.versions[SIMS] });
    const r = await recommend(s, { campaignArn: sims, itemId: 'A3', numResults: 5 });
    expect(r.itemList).toHaveLength(5);
    expect(ids(r.itemList)).not.toContain('A3');
    expect(share(r.itemList, 'A')).toBe(1);
    expect(r.itemList.every((p) => p.score === undefined)).toBe(true);
    const cheaper = await filter(s, 'sv-cheaper', g.groupArn, 'INCLUDE ItemID WHERE Items.PRICE < CurrentItem.PRICE');
    const c = await recommend(s, { campaignArn: sims, itemId: 'A10', numResults: 5, filterArn: cheaper });
    for (const p of c.itemList) expect(p.itemId.startsWith('A') && Number(p.itemId.slice(1)) < 10).toBe(true);
    expect((await recommend(s, { campaignArn: sims, itemId: 'no-such-item', numResults: 3 })).itemList).toHaveLength(3);
    expectRefused(await callError(s.runtime, 'GetRecommendations', { campaignArn: sims, userId: 'a1' }), status.INVALID_ARGUMENT, 'item_id');
    expectRefused(await callError(s.runtime, 'GetRecommendations', { campaignArn: up, itemId: 'A1', userId: 'a1' }), status.INVALID_ARGUMENT, 'item_id');
  });

  it('serves popular items to anyone', async () => {
    const pop = await activeCampaign(s, { name: 'sv-pop', solutionVersionArn: g.versions[POP] });
    // A0, B0 and the trending A19 each have every user of their community.
    const r = await recommend(s, { campaignArn: pop, numResults: 3 });
    expect(ids(r.itemList).sort()).toEqual(['A0', 'A19', 'B0']);
  });

  it('answers from campaigns of the other recipes with a filter, a promotion and metadata', async () => {
    const beta = await filter(s, 'sv-beta', g.groupArn, 'INCLUDE ItemID WHERE Items.GENRES IN ("beta")');
    const alpha = await filter(s, 'sv-alpha', g.groupArn, 'INCLUDE ItemID WHERE Items.GENRES IN ("alpha")');
    for (const [recipe, request] of [
      [SIMILAR, { itemId: 'B3' }],
      [TRENDING, { userId: 'b1' }],
      [SIMS, { itemId: 'B3' }],
      [POP, {}],
    ] as const) {
      const campaignArn = await activeCampaign(s, { name: `sv-all-${recipe}`, solutionVersionArn: g.versions[recipe], campaignConfig: { enableMetadataWithRecommendations: true } });
      const r = await recommend(s, {
        campaignArn,
        ...request,
        numResults: 10,
        filterArn: beta,
        promotions: [{ name: 'alpha', percentPromotedItems: 20, filterArn: alpha }],
        metadataColumns: { ITEMS: { values: [{ stringValue: 'GENRES' }] } },
      });
      expect(r.itemList, recipe).toHaveLength(10);
      for (const p of r.itemList) {
        expect(p.metadata.GENRES, `${recipe} ${p.itemId}`).toBe(p.promotionName === 'alpha' ? 'alpha' : 'beta');
        expect(p.score, recipe).toBeUndefined();
      }
      expect(r.itemList.filter((p) => p.promotionName === 'alpha'), recipe).toHaveLength(2);
    }
  });

  it('explores new items in proportion to the exploration weight', async () => {
    const explore = await activeCampaign(s, {
      name: 'sv-explore',
      solutionVersionArn: g.versions[UP],
      campaignConfig: { itemExplorationConfig: { explorationWeight: '1', explorationItemAgeCutOff: '30' } },
    });
    await call(s.events, 'PutItems', {
      datasetArn: g.itemsDatasetArn,
      items: [{ itemId: 'NEW1', properties: JSON.stringify({ genres: 'alpha', price: 5, creationTimestamp: 1_700_070_000 }) }],
    });
    let explored = 0;
    for (let i = 0; i < 20; i++) {
      const r = await recommend(s, { campaignArn: explore, userId: 'a5', numResults: 10 });
      const hit = r.itemList.find((p) => p.itemId === 'NEW1');
      if (hit) {
        explored++;
        expect(hit.reason).toEqual(['Exploration']);
        expect(hit.score).toBeUndefined();
      }
    }
    expect(explored).toBeGreaterThan(0);
    for (let i = 0; i < 10; i++) expect(ids((await recommend(s, { campaignArn: up, userId: 'a5', numResults: 10 })).itemList)).not.toContain('NEW1');
  });

  it('refuses bad input with the right status', async () => {
    const unknown = up.replace('sv-up', 'no-such-campaign');
    expect((await callError(s.runtime, 'GetRecommendations', { campaignArn: unknown, userId: 'a1' })).code).toBe(status.NOT_FOUND);
    expectRefused(await callError(s.runtime, 'GetRecommendations', { campaignArn: up, userId: 'a1', numResults: 0 }), status.INVALID_ARGUMENT, 'num_results');
    expectRefused(await callError(s.runtime, 'GetRecommendations', { campaignArn: up, userId: 'a1', numResults: 501 }), status.INVALID_ARGUMENT, 'num_results');
    expectRefused(await callError(s.runtime, 'GetRecommendations', { campaignArn: up }), status.INVALID_ARGUMENT, 'user_id');
    const bogusFilter = up.replace(/campaign\/.*/, 'filter/none');
    expect((await callError(s.runtime, 'GetRecommendations', { campaignArn: up, userId: 'a1', filterArn: bogusFilter })).code).toBe(status.NOT_FOUND);
    expectRefused(
      await callError(s.runtime, 'GetRecommendations', { campaignArn: up, userId: 'a1', promotions: [{ name: 'p', percentPromotedItems: 101, filterArn: bogusFilter }] }),
      status.INVALID_ARGUMENT,
      'promotions[0].percent_promoted_items',
    );
    // A deadline that passes: the client sees DEADLINE_EXCEEDED, and the server stops the work.
    const late = await new Promise<{ code: number }>((resolve) =>
      (s.runtime as unknown as { GetRecommendations: (r: object, o: object, cb: (e: { code: number }) => void) => void }).GetRecommendations(
        { campaignArn: up, userId: 'a1' },
        { deadline: Date.now() - 1 },
        (e) => resolve(e),
      ),
    );
    expect(late.code).toBe(status.DEADLINE_EXCEEDED);
    await expect(s.attune.services.runtime.getRecommendations({ campaignArn: up, userId: 'a1' }, Date.now() - 1)).rejects.toBeInstanceOf(DeadlineExceeded);
  });

  it('switches to a new version under load without failing a call, calls in flight finishing on the old one', async () => {
    const swap = await activeCampaign(s, { name: 'sv-swap', solutionVersionArn: g.versions[UP], campaignConfig: { itemExplorationConfig: { explorationWeight: '0' } } });
    const v2 = await trainedVersion(s, g.solutions[UP]!);
    expect(v2.status).toBe('ACTIVE');
    let running = true;
    let ok = 0;
    const failures: string[] = [];
    const served = new Set<string>();
    const loop = async (u: number) => {
      while (running) {
        try {
          const r = await recommend(s, { campaignArn: swap, userId: `a${u % 30}`, numResults: 10 });
          if (r.itemList.length !== 10) failures.push(`short list ${r.itemList.length}`);
          ok++;
          served.add(s.attune.manager.deployment(swap)!.servable.versionArn);
        } catch (err) {
          failures.push(String(err));
        }
      }
    };
    const loops = Array.from({ length: 8 }, (_, i) => loop(i));
    await sleep(300);
    await call(s.control, 'UpdateCampaign', { campaignArn: swap, solutionVersionArn: v2.solutionVersionArn });
    await waitFor(
      () => call<object, { campaign: { latestCampaignUpdate: { status: string } } }>(s.control, 'DescribeCampaign', { campaignArn: swap }),
      (r) => r.campaign.latestCampaignUpdate?.status,
      ['ACTIVE', 'CREATE FAILED'],
    );
    await sleep(300);
    running = false;
    await Promise.all(loops);
    expect(failures).toEqual([]);
    expect(ok).toBeGreaterThan(50);
    expect(served).toEqual(new Set([g.versions[UP], v2.solutionVersionArn]));
    expect(s.attune.manager.deployment(swap)!.servable.versionArn).toBe(v2.solutionVersionArn);
  });

  it('moves a campaign that follows $LATEST to each new ACTIVE version', async () => {
    const follow = await activeCampaign(s, { name: 'sv-follow', solutionVersionArn: `${g.solutions[POP]}/$LATEST`, campaignConfig: { syncWithLatestSolutionVersion: true } });
    expect(s.attune.manager.deployment(follow)!.servable.versionArn).toBe(g.versions[POP]);
    const v2 = await trainedVersion(s, g.solutions[POP]!);
    const c = await waitFor(
      () => call<object, { campaign: { deployedSolutionVersionArn: string; latestCampaignUpdate: { status: string } | null } }>(s.control, 'DescribeCampaign', { campaignArn: follow }),
      (r) => (r.campaign.deployedSolutionVersionArn === v2.solutionVersionArn ? (r.campaign.latestCampaignUpdate?.status ?? 'none') : 'waiting'),
      ['ACTIVE', 'CREATE FAILED'],
    );
    expect(c.campaign.latestCampaignUpdate?.status).toBe('ACTIVE');
    expect(s.attune.manager.deployment(follow)!.servable.versionArn).toBe(v2.solutionVersionArn);
  });

  it('loads an ACTIVE campaign it does not hold from the store, and refuses one that is not ACTIVE', async () => {
    const lazy = await activeCampaign(s, { name: 'sv-lazy', solutionVersionArn: g.versions[POP] });
    await s.attune.manager.undeploy(lazy);
    expect(s.attune.manager.deployment(lazy)).toBeUndefined();
    expect((await recommend(s, { campaignArn: lazy, numResults: 3 })).itemList).toHaveLength(3);
    expect(s.attune.manager.deployment(lazy)).toBeDefined();
    await s.attune.manager.undeploy(lazy);
    await s.attune.database.query(`update campaigns set status = 'CREATE FAILED' where arn = $1`, [lazy]);
    expect((await callError(s.runtime, 'GetRecommendations', { campaignArn: lazy })).code).toBe(status.FAILED_PRECONDITION);
  });
});
