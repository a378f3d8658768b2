/** Handlers for the PersonalizeRuntime service: GetRecommendations and GetPersonalizedRanking. */
import type { ServerUnaryCall } from '@grpc/grpc-js';
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
      // PredictedItem's fields are the proto's: unset ones encode as proto3 defaults.
      return { itemList: out.items, recommendationId: out.recommendationId };
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
      return { personalizedRanking: out.items, recommendationId: out.recommendationId };
    }),
  };
}
