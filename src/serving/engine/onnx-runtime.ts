/**
 * ONNX Runtime sessions for serving: which execution providers this process can use, decided
 * once, and session creation on them.
 *
 * onnxruntime-node does not fall back on its own: asking for ['cuda', 'cpu'] where the CUDA
 * provider libraries are absent makes `InferenceSession.create` throw. So providers are probed
 * one at a time on a one-node model, each added to the ones already accepted, and any that
 * fails is dropped with its reason. CPU is always last and always available.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InferenceSession, listSupportedBackends } from 'onnxruntime-node';
import { buildProbeGraph } from '../../../native-models/onnx/graphs.mjs';

/** The providers asked for when the configuration names none: CUDA where it loads, else CPU. */
export const DEFAULT_EXECUTION_PROVIDERS: readonly string[] = ['cuda', 'cpu'];

/** What detection chose: `providers` in priority order (always ending in 'cpu'). */
export interface ExecutionProviderChoice {
  providers: string[];
  /** Why some requested providers are not in `providers`; absent when all of them are. */
  fallbackReason?: string;
}

/** Receives the one line detection logs (message plus structured fields). */
export type ProviderLog = (msg: string, fields: object) => void;

/** Detections by normalised request, so each distinct list is probed once per process. */
const detections = new Map<string, Promise<ExecutionProviderChoice>>();

/**
 * Resolves the execution providers this process can use for `requested` (case-insensitive,
 * duplicates dropped, 'cpu' appended if missing). Probes once per distinct list and logs the
 * outcome once through `log`; later calls return the same answer.
 */
export function detectExecutionProviders(
  requested: readonly string[] = DEFAULT_EXECUTION_PROVIDERS,
  log?: ProviderLog,
): Promise<ExecutionProviderChoice> {
  const wanted = normaliseProviders(requested);
  const key = wanted.join(',');
  let detection = detections.get(key);
  if (detection === undefined) {
    detection = probe(wanted).then((choice) => {
      const fields = { component: 'onnx-runtime', requested: wanted, providers: choice.providers, fallbackReason: choice.fallbackReason };
      log?.(
        choice.fallbackReason === undefined
          ? `ONNX Runtime execution providers: ${choice.providers.join(', ')}`
          : `ONNX Runtime execution providers: ${choice.providers.join(', ')} (requested ${wanted.join(', ')}; ${choice.fallbackReason})`,
        fields,
      );
      return choice;
    });
    detection.catch(() => detections.delete(key));
    detections.set(key, detection);
  }
  return detection;
}

/** Options for `createSession`. */
export interface SessionOptions {
  /** Threads one `run` may use (default 1: serving shares the process with the gRPC thread). */
  intraOpThreads?: number;
  /** Requested providers, resolved through `detectExecutionProviders` (default ['cuda', 'cpu']). */
  executionProviders?: readonly string[];
  /** Where the one detection line goes, if this call is the one that runs detection. */
  log?: ProviderLog;
}

/** Creates an inference session from model bytes on the detected execution providers. */
export async function createSession(bytes: Uint8Array, opts: SessionOptions = {}): Promise<InferenceSession> {
  const intraOpThreads = opts.intraOpThreads ?? 1;
  if (!Number.isInteger(intraOpThreads) || intraOpThreads < 0) {
    throw new RangeError(`intraOpThreads must be a non-negative integer (0 = ONNX Runtime default), got ${intraOpThreads}`);
  }
  const { providers } = await detectExecutionProviders(opts.executionProviders ?? DEFAULT_EXECUTION_PROVIDERS, opts.log);
  return InferenceSession.create(bytes, {
    executionProviders: providers,
    graphOptimizationLevel: 'all',
    ...(intraOpThreads > 0 ? { intraOpNumThreads: intraOpThreads } : {}),
    interOpNumThreads: 1,
    executionMode: 'sequential',
  });
}

/** Lower-cases, drops duplicates and anything after 'cpu', and makes 'cpu' the last entry. */
export function normaliseProviders(requested: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of requested) {
    const p = name.trim().toLowerCase();
    if (p === '' || out.includes(p)) continue;
    out.push(p);
    if (p === 'cpu') break;
  }
  if (out[out.length - 1] !== 'cpu') out.push('cpu');
  return out;
}

async function probe(wanted: readonly string[]): Promise<ExecutionProviderChoice> {
  const known = new Set(listSupportedBackends().map((b) => b.name));
  const accepted: string[] = [];
  const reasons: string[] = [];
  for (const name of wanted) {
    if (name === 'cpu') break;
    if (!known.has(name)) {
      reasons.push(`${name}: not an execution provider of this onnxruntime-node (known: ${[...known].join(', ')})`);
      continue;
    }
    const missing = missingProviderLibrary(name);
    if (missing !== undefined) {
      reasons.push(`${name}: ${missing}`);
      continue;
    }
    try {
      const session = await InferenceSession.create(buildProbeGraph(), { executionProviders: [...accepted, name, 'cpu'] });
      await session.release();
      accepted.push(name);
    } catch (err) {
      reasons.push(`${name}: ${firstLine(err)}`);
    }
  }
  // CPU is bundled; a failure here means a broken install, and it should surface as an error.
  const cpuCheck = await InferenceSession.create(buildProbeGraph(), { executionProviders: ['cpu'] });
  await cpuCheck.release();
  return {
    providers: [...accepted, 'cpu'],
    ...(reasons.length > 0 ? { fallbackReason: reasons.join('; ') } : {}),
  };
}

/** Provider libraries onnxruntime-node downloads at install time (Linux x64; see tech notes §2). */
const PROVIDER_LIBRARIES: Record<string, readonly string[]> = {
  cuda: ['libonnxruntime_providers_shared.so', 'libonnxruntime_providers_cuda.so'],
  tensorrt: ['libonnxruntime_providers_shared.so', 'libonnxruntime_providers_tensorrt.so'],
};

/**
 * Says which provider library is missing, when the package's binary folder is where we expect
 * and lacks it. Checking first gives a clearer reason than the native error and keeps ONNX
 * Runtime from printing its own error to stderr. Elsewhere (other layouts) it says nothing and
 * the probe decides.
 */
function missingProviderLibrary(name: string): string | undefined {
  const libraries = PROVIDER_LIBRARIES[name];
  if (libraries === undefined || process.platform !== 'linux') return undefined;
  let binDir: string;
  try {
    const pkg = createRequire(import.meta.url).resolve('onnxruntime-node/package.json');
    binDir = join(dirname(pkg), 'bin', 'napi-v6', 'linux', process.arch);
  } catch {
    return undefined;
  }
  if (!existsSync(join(binDir, 'onnxruntime_binding.node'))) return undefined;
  const absent = libraries.find((lib) => !existsSync(join(binDir, lib)));
  return absent === undefined
    ? undefined
    : `${absent} is not installed in ${binDir} (install onnxruntime-node with ONNXRUNTIME_NODE_INSTALL=cuda12, or vendor the library)`;
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n', 1)[0] ?? text;
}
