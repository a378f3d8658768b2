/**
 * One line of a batch inference job, answered through serving's runtime API on the job's own
 * deployment: {"userId"} (user-personalization, popularity), {"itemId"} (related items),
 * {"userId", "itemList"} (personalized ranking), each with optional "filterValues". The output
 * is Personalize's: recommendedItems, and scores for the recipes that score.
 */
import type { RecipeType } from '../training/recipes/recipe.ts';
import type { PredictedItem, Runtime } from '../serving/runtime.ts';
import type { InputLine } from './jsonl.ts';
import { batchScore, errorRecord, filterValuesField, LineError, type LineResult, lineMessage, outputRecord, type ParsedLine, parseLine, stringField } from './lines.ts';

/** What every line of one job shares. */
export interface InferenceSettings {
  runtime: Runtime;
  /** A campaign-shaped ARN for the runtime's calls (they all run on the job's deployment). */
  campaignArn: string;
  recipe: string;
  type: RecipeType;
  /** Whether the recipe gives scores. */
  scored: boolean;
  numResults: number;
  filterArn: string | undefined;
}

/** The fields a line may have, by recipe type (the first is the one to give). */
const FIELDS: Record<RecipeType, readonly string[]> = {
  USER_PERSONALIZATION: ['userId', 'filterValues'],
  POPULAR_ITEMS: ['userId', 'filterValues'],
  RELATED_ITEMS: ['itemId', 'userId', 'filterValues'],
  PERSONALIZED_RANKING: ['userId', 'itemList', 'filterValues'],
};

/** Answers one input line; resolves to its output record (an error record for a bad line). */
export async function answerInferenceLine(s: InferenceSettings, input: InputLine): Promise<LineResult> {
  const parsed = parseLine(input, FIELDS[s.type], `a line for ${s.recipe}`);
  if (!('record' in parsed)) return parsed;
  try {
    const items = await ask(s, parsed);
    const output: Record<string, unknown> = { recommendedItems: items.map((p) => p.itemId) };
    if (s.scored && items.some((p) => p.score !== undefined)) output.scores = items.map((p) => batchScore(p.score));
    return outputRecord(parsed.record, output);
  } catch (err) {
    return errorRecord(parsed.record, lineMessage(parsed.line, err));
  }
}

async function ask(s: InferenceSettings, p: ParsedLine): Promise<PredictedItem[]> {
  const filterValues = filterValuesField(p);
  const filter = s.filterArn ? { filterArn: s.filterArn, filterValues } : {};
  if (s.type === 'PERSONALIZED_RANKING') {
    const userId = stringField(p, 'userId', true);
    const list = p.record.itemList;
    if (list === undefined || list === null) throw new LineError(`line ${p.line}: itemList is required (the items to rank for the user)`);
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) throw new LineError(`line ${p.line}: itemList must be an array of item id strings`);
    const r = await s.runtime.getPersonalizedRanking({ campaignArn: s.campaignArn, userId, inputList: list as string[], ...filter });
    return r.items;
  }
  if (s.type === 'RELATED_ITEMS') {
    const itemId = stringField(p, 'itemId', true);
    const userId = stringField(p, 'userId', false);
    const r = await s.runtime.getRecommendations({ campaignArn: s.campaignArn, itemId, ...(userId ? { userId } : {}), numResults: s.numResults, ...filter });
    return r.items;
  }
  const userId = stringField(p, 'userId', true);
  const r = await s.runtime.getRecommendations({ campaignArn: s.campaignArn, userId, numResults: s.numResults, ...filter });
  return r.items;
}
