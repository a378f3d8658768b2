/**
 * Item-attribute queries of batch segment lines (Personalize's Item-Attribute-Affinity input):
 * `ITEMS.GENRE = "Comedy" AND ITEMS.YEAR = 1999`, with `=` and `AND` only. A condition holds
 * for an item as the filter language's `IN ("Comedy")` does: a categorical field matches when
 * any of the item's `|`-separated values is the text; a numeric field by value.
 */
import type { Literal } from '../serving/filters/ast.ts';
import type { GroupData } from '../serving/catalog/group-data.ts';
import { itemInTest, type ItemTest, matchSetOf } from '../serving/filters/conditions.ts';

/** One `ITEMS.FIELD = value` condition. */
export interface AttributeCondition {
  field: string;
  value: Literal;
}

const CONDITION = /\s*ITEMS\.([A-Za-z_][A-Za-z0-9_]*)\s*=\s*("(?:[^"\\]|\\.)*"|-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*/iy;
const AND = /AND(?=\s)/iy;

/** Parses an itemAttributes query; throws Error with a message saying what is wrong and where. */
export function parseItemAttributes(text: string): AttributeCondition[] {
  const out: AttributeCondition[] = [];
  let at = 0;
  for (;;) {
    CONDITION.lastIndex = at;
    const m = CONDITION.exec(text);
    if (!m) {
      throw new Error(`expected ITEMS.<field> = "<value>" or a number at character ${at + 1} (conditions are joined with AND; only = is supported)`);
    }
    const raw = m[2]!;
    const value: Literal = raw.startsWith('"') ? { kind: 'string', value: JSON.parse(raw) as string } : { kind: 'number', value: Number(raw), text: raw };
    out.push({ field: m[1]!, value });
    at = CONDITION.lastIndex;
    if (at >= text.length) return out;
    AND.lastIndex = at;
    if (!AND.exec(text)) throw new Error(`expected AND at character ${at + 1}`);
    at = AND.lastIndex;
  }
}

/** The test of every condition together, against the group's Items columns; throws when a field is not in the Items schema. */
export function itemAttributesTest(conditions: readonly AttributeCondition[], group: GroupData): ItemTest {
  const fields = group.datasets.items?.fields ?? [];
  const tests = conditions.map((c) => {
    const field = fields.find((f) => f.name.toUpperCase() === c.field.toUpperCase());
    if (!field) {
      const known = fields.map((f) => f.name).join(', ');
      throw new Error(`ITEMS.${c.field} is not a field of the Items dataset${known ? ` (${known})` : ' (the dataset group has no Items dataset)'}`);
    }
    return itemInTest(group.itemColumn(field.name), matchSetOf([c.value]), false);
  });
  return (item) => tests.every((test) => test(item));
}
