/**
 * Where a bulk import reads from: a CSV file or a folder of CSV files inside an allowed data
 * root (a plain path or a file:// URL), or an upload:// location from UploadData.
 * Paths are checked twice: lexically (no `..` escape) and after resolving symlinks.
 */
import { realpathSync, statSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AccessDenied, InvalidInput, ResourceNotFound } from '../../common/errors.ts';

/** A resolved data location. */
export type DataLocation =
  | { kind: 'files'; location: string; files: string[] }
  | { kind: 'upload'; location: string; uploadId: string };

const UPLOAD = /^upload:\/\/([0-9a-f-]{36})$/;

/** What a location may name (the defaults are a bulk import's: CSV files, and uploads). */
export interface DataLocationOptions {
  /** File name endings a folder's files are read for, lower case (default `['.csv']`); a file named directly is read whatever its name. */
  extensions?: readonly string[];
  /** Whether an upload:// location is accepted (default true). */
  uploads?: boolean;
}

/** Whether `path` is `root` or below it. */
export function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

/** Runs a file-system call, turning its failure into an error a client can act on. */
function fsCall<T>(field: string, location: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ResourceNotFound('data location', location, `${field}: "${location}" does not exist`);
    }
    if (code === 'EACCES' || code === 'EPERM') throw new AccessDenied(field, `the server may not read "${location}"`);
    throw new InvalidInput(field, `"${location}" cannot be read (${code ?? (err as Error).message})`);
  }
}

/** The real path of the nearest part of `path` that exists (to check a missing path's location). */
function nearestExisting(path: string): string {
  for (let p = path; ; p = dirname(p)) {
    try {
      return realpathSync(p);
    } catch {
      if (dirname(p) === p) return p;
    }
  }
}

/** Canonical data roots: absolute and with symlinks resolved (roots that do not exist are dropped). */
export function canonicalRoots(roots: string[]): string[] {
  const out: string[] = [];
  for (const r of roots) {
    try {
      out.push(realpathSync(resolve(r)));
    } catch {
      // A root that does not exist allows nothing.
    }
  }
  return out;
}

/**
 * A location given as a server path or a file:// URL, checked lexically (no `..` escape) against
 * the data roots: its absolute path, and the roots with symbolic links resolved (to check the
 * path again once its own links are resolved). `accepted` names what the field takes, for the
 * message that refuses other URL schemes.
 */
export function checkServerPath(location: string, roots: string[], field: string, accepted: string): { lexical: string; allowed: string[] } {
  let path: string;
  if (location.startsWith('file://')) {
    try {
      path = fileURLToPath(location);
    } catch {
      throw new InvalidInput(field, `"${location}" is not a valid file:// URL`);
    }
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    throw new InvalidInput(field, `"${location}": only ${accepted} are supported`);
  } else {
    path = location;
  }
  if (path.includes('\0')) throw new InvalidInput(field, 'contains a NUL character');
  const lexical = resolve(path);
  const allowed = canonicalRoots(roots);
  const lexicalRoots = roots.map((r) => resolve(r));
  if (!lexicalRoots.some((r) => inside(r, lexical)) && !allowed.some((r) => inside(r, lexical))) {
    throw new AccessDenied(field, `"${location}" is outside every allowed data root (${lexicalRoots.join(', ')})`);
  }
  return { lexical, allowed };
}

/**
 * Resolves `location` (the request's data_source.data_location) against the data roots.
 * Throws InvalidInput for a malformed location, AccessDenied outside every root, and
 * ResourceNotFound when the path does not exist or holds no CSV file (no file of
 * `options.extensions`).
 */
export function resolveDataLocation(
  location: string | undefined,
  roots: string[],
  field = 'data_source.data_location',
  options: DataLocationOptions = {},
): DataLocation {
  if (!location) throw new InvalidInput(field, 'is required');
  if (location.length > 256 * 16) throw new InvalidInput(field, 'is too long');
  const extensions = options.extensions ?? ['.csv'];
  const upload = UPLOAD.exec(location);
  if (upload) {
    if (options.uploads === false) throw new InvalidInput(field, `"${location}": upload:// locations are not accepted here; give a server path or a file:// URL`);
    return { kind: 'upload', location, uploadId: upload[1]! };
  }
  const { lexical, allowed } = checkServerPath(location, roots, field, 'server paths, file:// URLs and upload:// locations');
  const outside = () =>
    new AccessDenied(field, `"${location}" resolves (through a symbolic link) to a place outside every allowed data root`);
  let real: string;
  try {
    real = realpathSync(lexical);
  } catch {
    // Say "does not exist" only for places inside a root: elsewhere that would tell a client
    // which files exist outside the roots.
    if (!allowed.some((r) => inside(r, nearestExisting(lexical)))) throw outside();
    throw new ResourceNotFound('data location', location, `${field}: "${location}" does not exist`);
  }
  if (!allowed.some((r) => inside(r, real))) throw outside();
  const stat = fsCall(field, location, () => statSync(real));
  if (stat.isFile()) return { kind: 'files', location, files: [real] };
  if (!stat.isDirectory()) throw new InvalidInput(field, `"${location}" is neither a file nor a folder`);
  const files: string[] = [];
  for (const name of fsCall(field, location, () => readdirSync(real)).sort()) {
    const lower = name.toLowerCase();
    if (!extensions.some((e) => lower.endsWith(e))) continue;
    const child = join(real, name);
    let childReal: string;
    try {
      childReal = realpathSync(child);
    } catch {
      continue;
    }
    if (!allowed.some((r) => inside(r, childReal))) {
      throw new AccessDenied(field, `"${join(location, name)}" resolves (through a symbolic link) outside every allowed data root`);
    }
    if (fsCall(field, location, () => statSync(childReal)).isFile()) files.push(childReal);
  }
  if (files.length === 0) {
    throw new ResourceNotFound('data location', location, `${field}: folder "${location}" holds no ${extensions.join(' or ')} file`);
  }
  return { kind: 'files', location, files };
}
