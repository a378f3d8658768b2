/**
 * Counts the records in CSV text as COPY writes it (`format csv, escape '\'`): a line end ends
 * a record unless it is inside quotes, and inside quotes `\` escapes the next character.
 * State carries over between chunks, so a record may span them.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;

export class CsvRowCounter {
  rows = 0;
  private quoted = false;
  private escaped = false;

  /** Counts the records that end in `chunk`. */
  push(chunk: Uint8Array): void {
    let { quoted, escaped, rows } = this;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (escaped) escaped = false;
      else if (quoted) {
        if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) quoted = false;
      } else if (c === QUOTE) quoted = true;
      else if (c === LF) rows++;
    }
    this.quoted = quoted;
    this.escaped = escaped;
    this.rows = rows;
  }
}
