import { InvalidInput } from './errors.ts';
import { checkNoNul } from './names.ts';

/** Resource types that carry an ARN, as they appear in the ARN's resource part. */
export type ResourceType =
  | 'dataset-group'
  | 'schema'
  | 'dataset'
  | 'dataset-import-job'
  | 'event-tracker'
  | 'solution'
  | 'campaign'
  | 'filter'
  | 'recipe'
  | 'algorithm'
  | 'batch-inference-job'
  | 'batch-segment-job'
  | 'dataset-export-job'
  | 'data-deletion-job';

/** Where ARNs are minted: `arn:attune:personalize:<region>:<account>:…`. */
export interface ArnScope {
  region: string;
  account: string;
}

export const DEFAULT_ARN_SCOPE: ArnScope = { region: 'local', account: '000000000000' };

/** A parsed Personalize-style ARN. */
export interface ParsedArn {
  partition: string;
  region: string;
  account: string;
  resourceType: string;
  resourceId: string;
}

const ARN = /^arn:([a-z\d-]+):personalize:([^:]*):([^:]*):([a-z-]+)\/(.+)$/;

/** Mints the ARN of a named resource in this deployment. */
export function makeArn(scope: ArnScope, type: ResourceType, name: string): string {
  return `arn:attune:personalize:${scope.region}:${scope.account}:${type}/${name}`;
}

/** Parses an ARN, or returns undefined when it does not have the Personalize shape. */
export function parseArn(arn: string): ParsedArn | undefined {
  const m = ARN.exec(arn);
  if (!m) return undefined;
  return { partition: m[1]!, region: m[2]!, account: m[3]!, resourceType: m[4]!, resourceId: m[5]! };
}

/**
 * Validates a required ARN request field and, when `type` is given, that it names that type
 * of resource. Throws InvalidInput naming the field.
 */
export function checkArn(field: string, value: string | undefined, type?: ResourceType): string {
  if (value === undefined || value === '') throw new InvalidInput(field, 'is required');
  if (value.length > 256) throw new InvalidInput(field, `must be at most 256 characters (got ${value.length})`);
  checkNoNul(field, value);
  const parsed = parseArn(value);
  if (!parsed) throw new InvalidInput(field, `"${value}" is not an ARN (arn:<partition>:personalize:<region>:<account>:<type>/<id>)`);
  if (type && parsed.resourceType !== type) {
    throw new InvalidInput(field, `"${value}" is a ${parsed.resourceType} ARN, expected a ${type} ARN`);
  }
  return value;
}
