/**
 * Dataset types, their reserved fields and metadata limits, and the schema checks run at
 * CreateDataset (does this schema fit this dataset type?) and UpdateDataset (may the
 * dataset move from its current schema to this one?).
 */
import { InvalidInput } from '../../common/errors.ts';
import { normalizeFieldName, type AvroPrimitive, type ParsedSchema, type SchemaField } from './avro.ts';

export type DatasetType = 'Interactions' | 'Items' | 'Users';

export const DATASET_TYPES: readonly DatasetType[] = Object.freeze(['Interactions', 'Items', 'Users'] as const);

/** How a reserved field's values are checked beyond their Avro type. */
export type ReservedValue = 'id' | 'epochSeconds' | 'plain';

/** A field name with a fixed meaning in one dataset type. */
export interface ReservedField {
  readonly name: string;
  /** Accepted Avro types; the first is the one named in messages when there is one. */
  readonly types: readonly AvroPrimitive[];
  readonly required: boolean;
  /** Whether the type may be a union with "null". */
  readonly nullable: boolean;
  readonly value: ReservedValue;
}

/** The limits a dataset type puts on a schema. */
export interface DatasetTypeRules {
  readonly reserved: readonly ReservedField[];
  readonly minMetadata: number;
  readonly maxMetadata: number;
  readonly textualAllowed: boolean;
}

const reserved = (
  name: string,
  types: readonly AvroPrimitive[],
  required: boolean,
  nullable: boolean,
  value: ReservedValue = 'plain',
): ReservedField => Object.freeze({ name, types, required, nullable, value });

/** The rules for each dataset type (Personalize DG: custom datasets and schemas; service quotas). */
export const DATASET_TYPE_RULES: Readonly<Record<DatasetType, DatasetTypeRules>> = Object.freeze({
  Interactions: {
    reserved: [
      reserved('USER_ID', ['string'], true, false, 'id'),
      reserved('ITEM_ID', ['string'], true, false, 'id'),
      reserved('TIMESTAMP', ['long'], true, false, 'epochSeconds'),
      reserved('EVENT_TYPE', ['string'], false, false),
      reserved('EVENT_VALUE', ['float', 'double'], false, true),
      reserved('IMPRESSION', ['string'], false, true),
      reserved('RECOMMENDATION_ID', ['string'], false, true),
      reserved('EVENT_ATTRIBUTION_SOURCE', ['string'], false, true),
    ],
    minMetadata: 0,
    maxMetadata: 5,
    textualAllowed: false,
  },
  Items: {
    reserved: [
      reserved('ITEM_ID', ['string'], true, false, 'id'),
      reserved('CREATION_TIMESTAMP', ['long'], false, true, 'epochSeconds'),
    ],
    minMetadata: 1,
    maxMetadata: 100,
    textualAllowed: true,
  },
  Users: {
    reserved: [reserved('USER_ID', ['string'], true, false, 'id')],
    minMetadata: 1,
    maxMetadata: 25,
    textualAllowed: false,
  },
});

/** The reserved field named `name` (exact, upper case) in `type`, or in any type when `type` is omitted. */
export function reservedField(name: string, type?: DatasetType): ReservedField | undefined {
  for (const t of type === undefined ? DATASET_TYPES : [type]) {
    const found = DATASET_TYPE_RULES[t].reserved.find((r) => r.name === name);
    if (found) return found;
  }
  return undefined;
}

/** Checks that a schema fits a dataset type: reserved fields, their types, metadata counts, textual use. */
export function checkSchemaForDatasetType(schema: ParsedSchema, type: DatasetType, field = 'schema_arn'): void {
  const rules = DATASET_TYPE_RULES[type];
  const fail = (reason: string): never => {
    throw new InvalidInput(field, reason);
  };
  const byName = new Map(schema.fields.map((f) => [f.name, f]));
  for (const spec of rules.reserved) {
    const found = byName.get(spec.name);
    if (!found) {
      if (spec.required) fail(`${type} schemas need a field ${spec.name} (${describeSpec(spec)})${hint(schema, spec.name)}`);
      continue;
    }
    if (!spec.types.includes(found.type)) {
      fail(`field ${spec.name} must be of type ${spec.types.join(' or ')} in ${type} schemas (got ${found.type})`);
    }
    if (found.nullable && !spec.nullable) {
      fail(`field ${spec.name} must not be nullable in ${type} schemas (remove "null" from its type union)`);
    }
    if (found.categorical) fail(`reserved field ${spec.name} must not be categorical`);
    if (found.textual) fail(`reserved field ${spec.name} must not be textual`);
  }
  const metadata = metadataFields(schema, type);
  const textual = metadata.filter((f) => f.textual);
  if (textual.length > 0 && !rules.textualAllowed) {
    fail(`field ${textual[0]!.name} is textual, but textual fields are only allowed in Items schemas`);
  }
  if (textual.length > 1) {
    fail(`fields ${textual.map((f) => f.name).join(' and ')} are both textual; at most one textual field is allowed`);
  }
  if (metadata.length < rules.minMetadata) {
    const required = rules.reserved.filter((r) => r.required).map((r) => r.name);
    fail(
      `${type} schemas need at least ${rules.minMetadata} metadata field besides ${required.join(', ')} ` +
        '(a categorical or textual string, or a number)',
    );
  }
  if (metadata.length > rules.maxMetadata) {
    fail(
      `${type} schemas allow at most ${rules.maxMetadata} metadata (non-reserved) fields; got ${metadata.length}: ` +
        metadata.map((f) => f.name).join(', '),
    );
  }
}

/** Checks an UpdateDataset schema change: every current field kept with its type and nullability, new fields nullable. */
export function checkSchemaEvolution(current: ParsedSchema, next: ParsedSchema, field = 'schema_arn'): void {
  const nextByName = new Map(next.fields.map((f) => [f.name, f]));
  for (const old of current.fields) {
    const now = nextByName.get(old.name);
    if (!now) {
      throw new InvalidInput(field, `the new schema drops field ${old.name}; every current field must be kept`);
    }
    if (now.type !== old.type) {
      throw new InvalidInput(field, `the new schema changes the type of field ${old.name} from ${old.type} to ${now.type}`);
    }
    if (now.nullable !== old.nullable) {
      throw new InvalidInput(
        field,
        `the new schema makes field ${old.name} ${now.nullable ? 'nullable' : 'not nullable'}; nullability cannot change`,
      );
    }
  }
  const currentNames = new Set(current.fields.map((f) => f.name));
  for (const added of next.fields) {
    if (!currentNames.has(added.name) && !added.nullable) {
      throw new InvalidInput(
        field,
        `new field ${added.name} must be nullable (e.g. ["null", "${added.type}"]) because existing records lack it`,
      );
    }
  }
}

/** The schema's fields that are not reserved for the dataset type, in declaration order. */
export function metadataFields(schema: ParsedSchema, type: DatasetType): SchemaField[] {
  const names = new Set(DATASET_TYPE_RULES[type].reserved.map((r) => r.name));
  return schema.fields.filter((f) => !names.has(f.name));
}

function describeSpec(spec: ReservedField): string {
  return `${spec.types.join(' or ')}${spec.nullable ? '' : ', not nullable'}`;
}

/** Points at a field that looks like the missing reserved one but is spelled differently. */
function hint(schema: ParsedSchema, name: string): string {
  const key = normalizeFieldName(name);
  const near = schema.fields.find((f) => normalizeFieldName(f.name) === key);
  return near ? `; found "${near.name}", but reserved field names must be written exactly as ${name}` : '';
}
