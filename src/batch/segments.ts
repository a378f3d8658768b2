/**
 * Batch segment lines: for an item, the users most likely to interact with it. Personalize
 * serves these from aws-item-affinity; Attune from an aws-user-personalization (ALS) version,
 * whose score of user u for item i is u·i. So:
 * - {"itemId": X}: the users whose trained vectors give X the highest score.
 * - {"itemAttributes": "ITEMS.GENRE = \"Comedy\" AND …"}: the users with the highest mean score
 *   over the items that match, which is the score of the mean of those items' vectors
 *   (u·mean(i) = mean(u·i)), so one top-k over the users answers it.
 * The users are those the version was trained on (Personalize: segments use the bulk data),
 * less any a data deletion job removed since; a UserID filter narrows them per line. Users are
 * best first; the scoring is exact (ONNX Runtime top-k over every user's vector).
 */
import { InvalidInput } from '../common/errors.ts';
import type { BatchJobRecord } from '../control/batch-jobs.ts';
import { requireFilter } from '../control/filters.ts';
import { type Blocked, OnnxExactScorer } from '../serving/engine/onnx-scorer.ts';
import { checkFilterFields, parseFilterExpression } from '../serving/filters/index.ts';
import { AlsServable } from '../serving/servables/als.ts';
import type { Servable } from '../serving/servables/servable.ts';
import { BatchFailure } from './failure.ts';
import { itemAttributesTest, parseItemAttributes } from './item-attributes.ts';
import type { BatchEnvironment } from './jobs.ts';
import type { InputLine } from './jsonl.ts';
import { errorRecord, filterValuesField, LineError, type LineResult, lineMessage, outputRecord, type ParsedLine, parseLine, stringField } from './lines.ts';
import { UserFilter } from './user-filter.ts';

const FIELDS = ['itemId', 'itemAttributes', 'filterValues'] as const;
/** Distinct filterValues whose blocked users are kept (segment files are short: Personalize allows 500 lines). */
const BLOCKED_CACHE = 32;

/** Answers the lines of a segment job; close() frees the users' scorer. */
export interface SegmentAnswerer {
  answer(line: InputLine): Promise<LineResult>;
  close(): void;
}

/** Prepares a segment job's users and filter. */
export async function openSegments(env: BatchEnvironment, job: BatchJobRecord, servable: Servable): Promise<SegmentAnswerer> {
  if (!(servable instanceof AlsServable)) throw new BatchFailure(`solution version ${servable.versionArn} (${servable.recipe}) has no user vectors to build segments from`);
  const group = servable.group;
  const { users, factors, dim } = servable.trainedUsers();
  const ids: string[] = [];
  const rows: number[] = [];
  for (const [id, row] of users) {
    if (group.isForgotten(id)) continue;
    ids.push(id);
    rows.push(row);
  }
  const matrix = new Float32Array(ids.length * dim);
  rows.forEach((row, r) => matrix.set(factors.subarray(row * dim, (row + 1) * dim), r * dim));
  let userFilter: UserFilter | undefined;
  if (job.filterArn) {
    const record = await requireFilter(env.loader.database.db, job.filterArn);
    const { users: usersFields, interactions } = group.datasets;
    try {
      const checked = checkFilterFields(parseFilterExpression(record.expression), {
        ...(usersFields ? { users: usersFields.fields } : {}),
        ...(interactions ? { interactions: interactions.fields } : {}),
      });
      userFilter = new UserFilter(checked, group);
    } catch (err) {
      throw new BatchFailure(`filter ${job.filterArn} cannot be used: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const scorer =
    ids.length === 0
      ? undefined
      : await OnnxExactScorer.create(matrix, ids.length, dim, { intraOpThreads: 0, ...(env.executionProviders ? { executionProviders: env.executionProviders } : {}) });
  const blockedCache = new Map<string, Blocked | undefined>();

  /** The rows a line's filter keeps out (undefined: none). */
  const blockedFor = (values: Record<string, string>): Blocked | undefined => {
    if (!userFilter) return undefined;
    const key = JSON.stringify(Object.entries(values).sort());
    if (blockedCache.has(key)) return blockedCache.get(key);
    const allowed = userFilter.allowed(values);
    const out: number[] = [];
    for (let r = 0; r < ids.length; r++) if (!allowed(ids[r]!)) out.push(r);
    const blocked = out.length > 0 ? { list: Int32Array.from(out) } : undefined;
    if (blockedCache.size >= BLOCKED_CACHE) blockedCache.delete(blockedCache.keys().next().value!);
    blockedCache.set(key, blocked);
    return blocked;
  };

  /** The query vector of a line: the item's vector, or the mean of the matching items' vectors. */
  const queryOf = (p: ParsedLine): Float32Array => {
    const itemId = stringField(p, 'itemId', false);
    const attributes = p.record.itemAttributes;
    if ((itemId === undefined) === (attributes === undefined || attributes === null)) {
      throw new LineError(`line ${p.line}: give either itemId or itemAttributes`);
    }
    const query = new Float32Array(dim);
    if (itemId !== undefined) {
      const item = group.catalog.indexOf(itemId);
      if (item < 0 || !servable.itemVector(item, query)) {
        throw new LineError(`line ${p.line}: item "${itemId}" is unknown to solution version ${servable.versionArn} (it had no interactions when the version was trained)`);
      }
      return query;
    }
    if (typeof attributes !== 'string' || attributes.length === 0 || attributes.length > 1000) {
      throw new LineError(`line ${p.line}: itemAttributes must be a string of 1-1000 characters such as "ITEMS.GENRE = \\"Comedy\\""`);
    }
    let test;
    try {
      test = itemAttributesTest(parseItemAttributes(attributes), group);
    } catch (err) {
      throw new LineError(`line ${p.line}: itemAttributes: ${(err as Error).message}`);
    }
    const vector = new Float32Array(dim);
    let count = 0;
    for (let item = 0; item < group.numItems; item++) {
      if (!test(item) || !servable.itemVector(item, vector)) continue;
      for (let j = 0; j < dim; j++) query[j]! += vector[j]!;
      count++;
    }
    if (count === 0) throw new LineError(`line ${p.line}: itemAttributes: no item known to solution version ${servable.versionArn} matches`);
    for (let j = 0; j < dim; j++) query[j]! /= count;
    return query;
  };

  return {
    async answer(input) {
      const parsed = parseLine(input, FIELDS, 'a batch segment line');
      if (!('record' in parsed)) return parsed;
      try {
        const query = queryOf(parsed);
        const blocked = blockedFor(filterValuesField(parsed));
        if (!scorer) return outputRecord(parsed.record, { recommendedUsers: [] });
        const top = await scorer.topK(query, job.numResults, blocked);
        return outputRecord(parsed.record, { recommendedUsers: Array.from(top.items, (r) => ids[r]!) });
      } catch (err) {
        if (err instanceof InvalidInput || err instanceof LineError) return errorRecord(parsed.record, lineMessage(parsed.line, err));
        throw err;
      }
    },
    close() {
      void scorer?.release().catch(() => undefined);
    },
  };
}
