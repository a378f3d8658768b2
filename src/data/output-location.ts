/**
 * Where a job writes its files (batch job output, dataset export): a folder inside an allowed
 * data root, given as a path or a file:// URL. The folder may not exist yet (the job creates
 * it); the nearest part of it that exists must be a folder the server can write to, and must
 * lie inside a root after symbolic links are resolved.
 */
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AccessDenied, InvalidInput } from '../common/errors.ts';
import { checkServerPath, inside } from './import/location.ts';

/** The nearest existing ancestor of `path` (or `path` itself), and what is left below it. */
function nearestExisting(path: string): { existing: string; rest: string[] } {
  const rest: string[] = [];
  for (let p = path; ; p = dirname(p)) {
    try {
      return { existing: realpathSync(p), rest: rest.reverse() };
    } catch {
      if (dirname(p) === p) return { existing: p, rest: rest.reverse() };
      rest.push(p.slice(dirname(p).length).replace(/^[/\\]/, ''));
    }
  }
}

/**
 * Resolves an output folder against the data roots; returns its absolute real path (what it
 * will be once created). Throws InvalidInput for a malformed location or a location that is a
 * file or cannot be written, and AccessDenied outside every root.
 */
export function resolveOutputFolder(location: string | undefined, roots: string[], field: string): string {
  if (!location) throw new InvalidInput(field, 'is required');
  if (location.length > 4096) throw new InvalidInput(field, 'is too long');
  const { lexical, allowed } = checkServerPath(location, roots, field, 'server paths and file:// URLs');
  const { existing, rest } = nearestExisting(lexical);
  if (!allowed.some((r) => inside(r, existing))) {
    throw new AccessDenied(field, `"${location}" resolves (through a symbolic link) to a place outside every allowed data root`);
  }
  let isDir: boolean;
  try {
    isDir = statSync(existing).isDirectory();
  } catch (err) {
    throw new InvalidInput(field, `"${location}" cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (!isDir) {
    throw new InvalidInput(field, rest.length === 0 ? `"${location}" is a file; give a folder` : `"${location}" cannot be created: "${existing}" is a file`);
  }
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
  } catch {
    throw new InvalidInput(field, `"${location}" cannot be written: the server may not write to "${existing}"`);
  }
  return join(existing, ...rest);
}
