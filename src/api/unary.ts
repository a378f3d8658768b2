/**
 * Wraps a promise-returning handler as a grpc-js unary handler: errors go through
 * toServiceError, and the server's drain counter sees every call in flight. (A call whose
 * deadline passed or that was cancelled is already answered by grpc-js; the late answer of
 * its handler is dropped there.)
 */
import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import type { Logger } from '../common/logger.ts';
import { toServiceError } from './errors.ts';

/** Tracks calls in flight so that shutdown can wait for them. */
export class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];

  enter(): void {
    this.count++;
  }

  leave(): void {
    this.count--;
    if (this.count === 0) for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves when no call is in flight. */
  async drained(): Promise<void> {
    if (this.count === 0) return;
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  get size(): number {
    return this.count;
  }
}

/** Shared by every handler. */
export interface HandlerDeps {
  logger: Logger;
  inFlight: InFlight;
}

/** Adapts `fn(request) => Promise<response>` to grpc-js. */
export function unary<Req, Res>(deps: HandlerDeps, method: string, fn: (request: Req, call: ServerUnaryCall<Req, Res>) => Promise<Res>) {
  return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>) => {
    deps.inFlight.enter();
    fn(call.request, call).then(
      (response) => {
        deps.inFlight.leave();
        callback(null, response);
      },
      (err: unknown) => {
        deps.inFlight.leave();
        callback(toServiceError(err, deps.logger, method) as never);
      },
    );
  };
}
