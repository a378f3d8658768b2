/**
 * Malformed CSV input. Names the file, the 1-based physical line, the 1-based field index when
 * the rule concerns one field, and the rule that was broken.
 */
export class CsvFormatError extends Error {
  override readonly name = 'CsvFormatError';

  constructor(
    readonly fileName: string,
    readonly line: number,
    readonly column: number | undefined,
    readonly rule: string,
  ) {
    super(`${fileName}, line ${line}${column ? `, column ${column}` : ''}: ${rule}`);
  }
}
