/** Driver errors (postgres.js and PGlite) as the control plane needs to see them. */

/** The PostgreSQL error code of `err` or of a cause drizzle wrapped it in. */
export function pgErrorCode(err: unknown): string | undefined {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** The constraint an error names (postgres.js: constraint_name; PGlite: constraint). */
export function pgConstraint(err: unknown): string | undefined {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    const c = (e as { constraint_name?: unknown; constraint?: unknown }).constraint_name ?? (e as { constraint?: unknown }).constraint;
    if (typeof c === 'string') return c;
  }
  return undefined;
}

/** True when `err` (or its cause, as drizzle wraps driver errors) is a unique-key violation. */
export function isUniqueViolation(err: unknown): boolean {
  return pgErrorCode(err) === '23505';
}
