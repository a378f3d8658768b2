import { pino, type Logger as PinoLogger } from 'pino';

/** Structured logger; every module gets a child with its own `component`. */
export type Logger = PinoLogger;

/** Creates the root logger: JSON lines to stdout, level from ATTUNE_LOG_LEVEL (default info). */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const level = options.level ?? process.env.ATTUNE_LOG_LEVEL ?? 'info';
  const base = { pid: process.pid };
  return options.destination
    ? pino({ level, base, timestamp: pino.stdTimeFunctions.isoTime }, options.destination)
    : pino({ level, base, timestamp: pino.stdTimeFunctions.isoTime });
}

/** A logger that drops everything (tests that do not care about logs). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
