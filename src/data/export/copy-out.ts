/**
 * CSV text of a query's rows, formatted by the database: each row becomes one line (values
 * joined by commas, quoted when they hold a comma, a quote, a backslash or a line end, or are
 * empty; `\"` and `\\` inside quotes; NULL as nothing), and one statement returns the lines of
 * its rows as a single text value. That is the CSV dialect bulk import reads.
 *
 * Not COPY … TO STDOUT: with postgres.js a COPY stream can leave its connection unusable, so
 * that the next statement on it hangs (measured here; porsager/postgres#917 reports the same
 * symptom), and PGlite returns COPY output as one blob anyway. One plain query works the same
 * on both backends. Callers keep each statement's output small by exporting in row ranges.
 */
import type { Database } from '../../store/database.ts';
import type { ExportColumn } from './columns.ts';

/** Receives CSV lines and how many rows they hold; resolves when it may receive more. */
export type CsvSink = (text: string, rows: number) => Promise<void>;

/** Characters that make a text value need quotes. */
const SPECIAL = [`','`, `'"'`, `'\\'`, `E'\\n'`, `E'\\r'`];

/** The SQL text of one column's value as a CSV field (strpos, measured cheaper than a regular expression). */
function csvField(column: ExportColumn): string {
  const v = `(${column.expression})::text`;
  if (!column.textual) return `coalesce(${v}, '')`;
  const special = SPECIAL.map((c) => `strpos(${v}, ${c}) > 0`).join(' or ');
  return `case when ${v} is null then '' when ${v} = '' or ${special} then '"' || replace(replace(${v}, '\\', '\\\\'), '"', '\\"') || '"' else ${v} end`;
}

/** The SQL text of a row (alias `r`) as a CSV line without its line end. */
export function csvLine(columns: ExportColumn[]): string {
  return columns.map(csvField).join(` || ',' || `);
}

/**
 * Writes the CSV lines (each ending in a line end) of `from` (a FROM clause with its WHERE,
 * over alias `r`) in the order of `orderBy` to `sink`. The text takes no parameters.
 */
export async function writeCsvRows(database: Database, columns: ExportColumn[], from: string, orderBy: string, sink: CsvSink): Promise<void> {
  const [row] = await database.query<{ text: string | null; n: number | string }>(
    `select string_agg(${csvLine(columns)}, E'\\n' order by ${orderBy}) as text, count(*) as n from ${from}`,
  );
  if (row?.text) await sink(`${row.text}\n`, Number(row.n));
}
