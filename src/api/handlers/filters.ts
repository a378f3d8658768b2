/** Handlers for filters. */
import type { FilterRecord } from '../../control/filters.ts';
import { timestamp } from '../convert.ts';
import type { PersonalizeHandlers } from '../generated/attune/v1/Personalize.ts';
import type { Services } from '../services.ts';
import { type HandlerDeps, unary } from '../unary.ts';

function summary(f: FilterRecord) {
  return {
    name: f.name,
    filterArn: f.arn,
    creationDateTime: timestamp(f.createdAt),
    lastUpdatedDateTime: timestamp(f.updatedAt),
    datasetGroupArn: f.datasetGroupArn,
    failureReason: f.failureReason ?? '',
    status: f.status,
  };
}

type Handlers = Pick<PersonalizeHandlers, 'CreateFilter' | 'DescribeFilter' | 'ListFilters' | 'DeleteFilter'>;

/** Filter RPCs. */
export function filterHandlers(s: Services, deps: HandlerDeps): Handlers {
  return {
    CreateFilter: unary(deps, 'CreateFilter', async (r) => ({ filterArn: await s.filters.create(r) })),
    DescribeFilter: unary(deps, 'DescribeFilter', async (r) => {
      const f = await s.filters.describe(r.filterArn);
      return { filter: { ...summary(f), filterExpression: f.expression } };
    }),
    ListFilters: unary(deps, 'ListFilters', async (r) => {
      const page = await s.filters.list(r.datasetGroupArn || undefined, r);
      return { filters: page.items.map(summary), nextToken: page.nextToken ?? '' };
    }),
    DeleteFilter: unary(deps, 'DeleteFilter', async (r) => {
      await s.filters.delete(r.filterArn);
      return {};
    }),
  };
}
