/**
 * List pagination: keyset on the resource's numeric id, with tamper-proof next tokens.
 * A token is `<payload>.<mac>`; the payload names the list call (its operation and filter)
 * and the last id returned, and the MAC is an HMAC-SHA256 under a key kept in the database,
 * so tokens work across every server process sharing it and a forged one is rejected.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { InvalidInput, InvalidNextToken } from '../common/errors.ts';
import type { Database } from '../store/database.ts';

/** What a List call asks for. */
export interface PageRequest {
  nextToken?: string;
  maxResults?: number;
}

/** One page of results. */
export interface Page<T> {
  items: T[];
  nextToken?: string;
}

const DEFAULT_MAX = 100;
const MAX_TOKEN_LENGTH = 1500;

/** Validates max_results (1-100; 0 or unset means 100). */
export function checkMaxResults(maxResults: number | undefined): number {
  if (maxResults === undefined || maxResults === 0) return DEFAULT_MAX;
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 100) {
    throw new InvalidInput('max_results', `must be between 1 and 100 (got ${maxResults})`);
  }
  return maxResults;
}

/** Issues and checks next tokens. */
export class PageTokens {
  private constructor(private readonly key: Buffer) {}

  /** Loads the signing key from the database, creating it on first use. */
  static async load(database: Database): Promise<PageTokens> {
    const candidate = randomBytes(32).toString('base64');
    await database.query(
      `insert into settings (key, value) values ('page_token_key', $1) on conflict (key) do nothing`,
      [candidate],
    );
    const rows = await database.query<{ value: string }>(`select value from settings where key = 'page_token_key'`);
    return new PageTokens(Buffer.from(rows[0]!.value, 'base64'));
  }

  /** Makes the token that continues `scope` after `lastId`. */
  issue(scope: string, lastId: number): string {
    const payload = Buffer.from(JSON.stringify({ s: scope, a: lastId })).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** Returns the id to continue after (0 for the first page); throws InvalidNextToken for a bad token. */
  after(scope: string, token: string | undefined): number {
    if (token === undefined || token === '') return 0;
    if (token.length > MAX_TOKEN_LENGTH) throw new InvalidNextToken(`must be at most ${MAX_TOKEN_LENGTH} characters`);
    const dot = token.indexOf('.');
    if (dot <= 0) throw new InvalidNextToken();
    const payload = token.slice(0, dot);
    // Compare the MAC as text: decoding base64 would ignore altered padding bits.
    const given = Buffer.from(token.slice(dot + 1));
    const expected = Buffer.from(this.mac(payload));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new InvalidNextToken();
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw new InvalidNextToken();
    }
    const { s, a } = decoded as { s?: unknown; a?: unknown };
    if (s !== scope) throw new InvalidNextToken('the token belongs to a different list call');
    if (typeof a !== 'number' || !Number.isSafeInteger(a) || a < 0) throw new InvalidNextToken();
    return a;
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

/**
 * Runs a keyset page: `fetch(afterId, limit)` must return rows with id > afterId in id order.
 * Fetches one extra row to know whether another page exists.
 */
export async function paginate<T extends { id: number }>(
  tokens: PageTokens,
  scope: string,
  request: PageRequest,
  fetch: (afterId: number, limit: number) => Promise<T[]>,
): Promise<Page<T>> {
  const limit = checkMaxResults(request.maxResults);
  const afterId = tokens.after(scope, request.nextToken);
  const rows = await fetch(afterId, limit + 1);
  if (rows.length <= limit) return { items: rows };
  const items = rows.slice(0, limit);
  return { items, nextToken: tokens.issue(scope, items[items.length - 1]!.id) };
}
