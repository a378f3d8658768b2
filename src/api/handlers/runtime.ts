/** Handlers for the PersonalizeRuntime service: GetRecommendations and GetPersonalizedRanking. */
import type { ServerUnaryCall } from '@grpc/grpc-js';
import type { PredictedItem } from '../../serving/runtime.ts';
import type { ListValue__Output } from '../generated/google/protobuf/ListValue.ts';
import type { PersonalizeRuntimeHandlers } from '../generated/attune/v1/PersonalizeRuntime.ts';
import type { Services } from '../services.ts';
import { type HandlerDeps, unary } from '../unary.ts';

/** metadata_columns' ListValues as lists of column names (non-strings are passed on as text, then rejected as unknown columns). */
function columnsOf(m: Record<string, ListValue__Output>): Record<string, string[]> | undefined {
  const entries = Object.entries(m);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([k, v]) => [k, v.values.map((x) => x.stringValue ?? String(x.numberValue ?? x.boolValue ?? ''))]));
}

/** The call's deadline in epoch milliseconds (Infinity when the client set none). */
function deadlineOf(call: ServerUnaryCall<unknown, unknown>): number {
  const d = call.getDeadline();
  return d instanceof Date ? d.getTime() : Number(d);
}

function predicted(items: PredictedItem[]) {
  return items.map((p) => ({
    itemId: p.itemId,
    ...(p.score !== undefined ? { score: p.score } : {}),
    promotionName: p.promotionName ?? '',
    metadata: p.metadata ?? {},
    reason: p.reason ?? [],
  }));
}

/** Real-time recommendations and ranking from deployed campaigns. */
export function runtimeHandlers(s: Services, deps: HandlerDeps): PersonalizeRuntimeHandlers {
  return {
    GetRecommendations: unary(deps, 'GetRecommendations', async (r, call) => {
      const columns = columnsOf(r.metadataColumns);
      const out = await s.runtime.getRecommendations(
        {
          campaignArn: r.campaignArn,
          recommenderArn: r.recommenderArn,
          userId: r.userId,
          itemId: r.itemId,
          numResults: r.numResults ?? null,
          context: r.context,
          filterArn: r.filterArn,
          filterValues: r.filterValues,
          promotions: r.promotions.map((p) => ({ name: p.name, percentPromotedItems: p.percentPromotedItems, filterArn: p.filterArn, filterValues: p.filterValues })),
          ...(columns ? { metadataColumns: columns } : {}),
        },
        deadlineOf(call),
      );
      return { itemList: predicted(out.items), recommendationId: out.recommendationId };
    }),
    GetPersonalizedRanking: unary(deps, 'GetPersonalizedRanking', async (r, call) => {
      const columns = columnsOf(r.metadataColumns);
      const out = await s.runtime.getPersonalizedRanking(
        {
          campaignArn: r.campaignArn,
          userId: r.userId,
          inputList: r.inputList,
          context: r.context,
          filterArn: r.filterArn,
          filterValues: r.filterValues,
          ...(columns ? { metadataColumns: columns } : {}),
        },
        deadlineOf(call),
      );
      return { personalizedRanking: predicted(out.items), recommendationId: out.recommendationId };
    }),
  };
}
