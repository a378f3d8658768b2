/**
 * The `attune` command. `attune serve` runs the platform: flags override the ATTUNE_*
 * environment variables, which override the defaults. SIGTERM or SIGINT drains calls in
 * flight and exits 0.
 */
import { parseArgs } from 'node:util';
import { startAttune } from '../app.ts';
import { createLogger } from '../common/logger.ts';
import { DEFAULT_DB, parseRoles, resolveConfig } from '../config.ts';

const USAGE = `Usage: attune serve [options]

Runs the Attune gRPC server (attune.v1.Personalize, PersonalizeEvents, PersonalizeRuntime,
grpc.health.v1.Health and server reflection), or the parts of it its roles name.

Options (each also read from an environment variable):
  --host <addr>        interface to listen on            ATTUNE_HOST      (default 127.0.0.1)
  --port <n>           port to listen on, 0 = any free   ATTUNE_PORT      (default 50051)
  --db <url>           pglite://memory, pglite://<dir>   ATTUNE_DB        (default ${DEFAULT_DB})
                       or postgres://user@host:port/db
  --data-root <dir>    a directory bulk imports may read ATTUNE_DATA_ROOT (default: the current
                       directory); repeat the flag, or separate directories with ':' in the variable
  --role <roles>       all, or a comma-separated list of ATTUNE_ROLE      (default all)
                       control (Personalize and resource jobs), events (PersonalizeEvents),
                       runtime (PersonalizeRuntime), trainer (imports, training, batch and data
                       jobs); any number of processes with any roles can share one PostgreSQL
                       database (a pglite:// database takes one process with all roles)
  -h, --help           show this help
`;

/** Runs the command line; returns the exit code for immediate exits. */
export async function main(argv: string[]): Promise<number | undefined> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        db: { type: 'string' },
        'data-root': { type: 'string', multiple: true },
        role: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (positionals[0] !== 'serve' || positionals.length > 1) {
    process.stderr.write(`unknown command "${positionals.join(' ')}"\n\n${USAGE}`);
    return 2;
  }
  let config;
  try {
    config = resolveConfig({
      ...(values.host !== undefined ? { host: values.host } : {}),
      ...(values.port !== undefined ? { port: parsePort(values.port) } : {}),
      ...(values.db !== undefined ? { db: values.db } : {}),
      ...(values['data-root'] !== undefined ? { dataRoots: values['data-root'] } : {}),
      ...(values.role !== undefined ? { roles: parseRoles('--role', values.role) } : {}),
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const logger = createLogger({ level: config.logLevel });
  let attune;
  try {
    attune = await startAttune(config, logger);
  } catch (err) {
    logger.fatal({ err }, 'attune failed to start');
    return 1;
  }
  const onSignal = (signal: string) => {
    logger.info({ signal }, 'shutting down: draining calls in flight');
    attune.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
  return undefined;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`--port must be a number from 0 to 65535 (got "${text}")`);
  return port;
}
