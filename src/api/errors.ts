/**
 * The one place where errors become gRPC statuses. Domain error families fix the code;
 * anything else is a bug: logged with its cause, answered INTERNAL without details.
 */
import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import {
  AccessDenied,
  AttuneError,
  DeadlineExceeded,
  InvalidInput,
  InvalidState,
  LimitExceeded,
  NotImplemented,
  ResourceAlreadyExists,
  ResourceInUse,
  ResourceNotFound,
} from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import { pgErrorCode } from '../control/db-errors.ts';

function codeOf(err: AttuneError): status {
  if (err instanceof ResourceNotFound) return status.NOT_FOUND;
  if (err instanceof ResourceAlreadyExists) return status.ALREADY_EXISTS;
  if (err instanceof InvalidInput) return status.INVALID_ARGUMENT;
  if (err instanceof ResourceInUse || err instanceof InvalidState) return status.FAILED_PRECONDITION;
  if (err instanceof LimitExceeded) return status.RESOURCE_EXHAUSTED;
  if (err instanceof AccessDenied) return status.PERMISSION_DENIED;
  if (err instanceof NotImplemented) return status.UNIMPLEMENTED;
  if (err instanceof DeadlineExceeded) return status.DEADLINE_EXCEEDED;
  return status.INTERNAL;
}

/** Converts any thrown value into the status sent to the client. */
export function toServiceError(err: unknown, logger: Logger, method: string): Partial<ServiceError> {
  if (err instanceof AttuneError) {
    const code = codeOf(err);
    const metadata = new Metadata();
    metadata.set('x-attune-error', err.kind);
    if (err instanceof InvalidInput || err instanceof AccessDenied) metadata.set('x-attune-field', err.field);
    if (code === status.INTERNAL) logger.error({ err, method }, 'unmapped domain error');
    return { code, details: err.message, metadata };
  }
  // Constraint violations that the checks above a transaction did not catch are concurrent
  // changes (another call got there first), not bugs.
  const pg = pgErrorCode(err);
  if (pg === '23505') return { code: status.ALREADY_EXISTS, details: 'a resource with this name or role was created concurrently' };
  if (pg === '23503') return { code: status.FAILED_PRECONDITION, details: 'a resource this call refers to was changed or deleted concurrently; retry' };
  logger.error({ err, method }, 'internal error');
  return { code: status.INTERNAL, details: 'internal error (see the server log)' };
}
