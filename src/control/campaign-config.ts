/**
 * Campaign configuration (Personalize `CampaignConfig`): validated once at CreateCampaign or
 * UpdateCampaign and stored resolved, every value given or defaulted, so serving never
 * re-reads the request shape.
 */
import { InvalidInput } from '../common/errors.ts';

/** How a campaign serves, resolved. */
export interface CampaignConfig {
  /**
   * Share of recommendations given to exploring items with few interactions, 0-1. Default 0.3
   * for aws-user-personalization; 0 for every other recipe (they do not explore).
   */
  explorationWeight: number;
  /** Only items younger than this many days are explored (default 30). */
  explorationItemAgeCutOffDays: number;
  enableMetadataWithRecommendations: boolean;
  /** The campaign follows its solution's newest ACTIVE version (`<solution arn>/$LATEST`). */
  syncWithLatestSolutionVersion: boolean;
}

/** CampaignConfig as the API carries it. */
export interface CampaignConfigInput {
  itemExplorationConfig?: Record<string, string> | null;
  enableMetadataWithRecommendations?: boolean | null;
  syncWithLatestSolutionVersion?: boolean | null;
  rankingInfluence?: Record<string, number | string> | null;
}

/** The one recipe with item exploration. */
export const EXPLORING_RECIPE = 'aws-user-personalization';

export const EXPLORATION_DEFAULTS = { explorationWeight: 0.3, explorationItemAgeCutOffDays: 30 } as const;

const WEIGHT_KEY = 'explorationWeight';
const CUT_OFF_KEY = 'explorationItemAgeCutOff';
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Parses a decimal string (Personalize's HyperParameters values are strings). */
function decimal(field: string, text: string): number {
  const value = DECIMAL.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value)) throw new InvalidInput(field, `must be a number (got "${text}")`);
  return value;
}

/** Validates a requested configuration for a campaign of `recipe` and fills in the defaults. */
export function checkCampaignConfig(recipe: string, input: CampaignConfigInput | null | undefined, field = 'campaign_config'): CampaignConfig {
  const rankingInfluence = Object.keys(input?.rankingInfluence ?? {});
  if (rankingInfluence.length > 0) {
    throw new InvalidInput(`${field}.ranking_influence`, 'not supported: only aws-semantic-similarity uses it');
  }
  const exploring = recipe === EXPLORING_RECIPE;
  const exploration = input?.itemExplorationConfig ?? {};
  const keys = Object.keys(exploration);
  if (keys.length > 0 && !exploring) {
    throw new InvalidInput(`${field}.item_exploration_config`, `is only for ${EXPLORING_RECIPE} (this campaign's solution uses ${recipe})`);
  }
  let explorationWeight: number = exploring ? EXPLORATION_DEFAULTS.explorationWeight : 0;
  let explorationItemAgeCutOffDays: number = EXPLORATION_DEFAULTS.explorationItemAgeCutOffDays;
  for (const key of keys) {
    const at = `${field}.item_exploration_config.${key}`;
    const text = exploration[key]!;
    if (key === WEIGHT_KEY) {
      explorationWeight = decimal(at, text);
      if (explorationWeight < 0 || explorationWeight > 1) throw new InvalidInput(at, `must be between 0 and 1 (got ${text})`);
    } else if (key === CUT_OFF_KEY) {
      explorationItemAgeCutOffDays = decimal(at, text);
      if (explorationItemAgeCutOffDays < 1) throw new InvalidInput(at, `is a number of days, at least 1 (got ${text})`);
    } else {
      throw new InvalidInput(at, `is not an exploration setting; the keys are ${WEIGHT_KEY} and ${CUT_OFF_KEY}`);
    }
  }
  return {
    explorationWeight,
    explorationItemAgeCutOffDays,
    enableMetadataWithRecommendations: input?.enableMetadataWithRecommendations ?? false,
    syncWithLatestSolutionVersion: input?.syncWithLatestSolutionVersion ?? false,
  };
}

/** The configuration's exploration settings in Personalize's `itemExplorationConfig` shape (empty for recipes that do not explore). */
export function itemExplorationConfigOf(recipe: string, config: CampaignConfig): Record<string, string> {
  if (recipe !== EXPLORING_RECIPE) return {};
  return { [WEIGHT_KEY]: String(config.explorationWeight), [CUT_OFF_KEY]: String(config.explorationItemAgeCutOffDays) };
}
