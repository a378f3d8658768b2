/**
 * Temporary files of the local caches in a PGlite folder (src/store/artifact-cache.ts,
 * src/serving/catalog/rows-cache.ts): written as `<name>.<pid>.<n>.tmp`, then renamed.
 */

/** A temporary file of a process that stopped mid-write (the folder's PGlite is this process's alone). */
export function leftByEarlierProcess(name: string): boolean {
  const m = /\.(\d+)\.\d+\.tmp$/.exec(name);
  return m !== null && Number(m[1]) !== process.pid;
}
