/**
 * The files of a batch job: its JSON Lines input (a file, or a folder of them read in name
 * order) and, for each input file, the output `<input file name>.out` in the output folder.
 * The output is written under a temporary name beside it and appears under its final name
 * only once complete, so a job that dies never leaves a half file where a client looks.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InvalidInput } from '../common/errors.ts';
import { type DataLocation, resolveDataLocation } from '../data/import/location.ts';
import { resolveOutputFolder } from '../data/output-location.ts';

/** Field of the input location in CreateBatchInferenceJob / CreateBatchSegmentJob. */
export const INPUT_FIELD = 'job_input.s3_data_source.path';
/** Field of the output folder. */
export const OUTPUT_FIELD = 'job_output.s3_data_destination.path';

/** File name endings read from an input folder (a file named directly is read whatever its name). */
export const INPUT_EXTENSIONS: readonly string[] = ['.json', '.jsonl', '.ndjson'];

/** One input file and where its results go. */
export interface BatchFile {
  /** Absolute real path of the input. */
  input: string;
  /** Absolute path of the finished output. */
  output: string;
}

/** The input files of a location inside the data roots (throws as resolveDataLocation does). */
export function resolveBatchInput(location: string | undefined, roots: string[]): string[] {
  const resolved: DataLocation = resolveDataLocation(location, roots, INPUT_FIELD, { extensions: INPUT_EXTENSIONS, uploads: false });
  if (resolved.kind !== 'files') throw new InvalidInput(INPUT_FIELD, 'must be a server path or a file:// URL');
  return resolved.files;
}

/**
 * Resolves a job's input files and output folder, pairing each input with its output file.
 * With `mustBeNew`, an output file that exists already is an InvalidInput on the output field.
 */
export function resolveBatchFiles(input: string | undefined, output: string | undefined, roots: string[], mustBeNew: boolean): BatchFile[] {
  const inputs = resolveBatchInput(input, roots);
  const folder = resolveOutputFolder(output, roots, OUTPUT_FIELD);
  const files = inputs.map((path) => ({ input: path, output: join(folder, `${basename(path)}.out`) }));
  if (mustBeNew) {
    for (const f of files) {
      if (existsSync(f.output)) {
        throw new InvalidInput(OUTPUT_FIELD, `the output file "${f.output}" already exists; choose another folder or remove it`);
      }
    }
  }
  return files;
}

/** The temporary name an attempt writes an output file under (unique per job and attempt). */
export function partName(output: string, jobId: number, attempt: number): string {
  return join(dirname(output), `.${basename(output)}.attune-${jobId}-${attempt}.part`);
}

/** Whether `name` (a file name in the output folder) is a temporary file of job `jobId` for output `output`. */
export function isPartOf(name: string, output: string, jobId: number): boolean {
  const prefix = `.${basename(output)}.attune-${jobId}-`;
  return name.startsWith(prefix) && name.endsWith('.part');
}
