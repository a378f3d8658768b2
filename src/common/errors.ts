/**
 * Domain errors. Each family fixes the gRPC status it maps to (see src/api/errors.ts);
 * code below the API layer throws these and never deals in status codes.
 */

/** Base of every error that is the caller's fault or a known condition (not a bug). */
export abstract class AttuneError extends Error {
  /** The Personalize exception name this corresponds to, for messages and logs. */
  abstract readonly kind: string;
}

/** A named resource does not exist (NOT_FOUND). */
export class ResourceNotFound extends AttuneError {
  readonly kind = 'ResourceNotFoundException';
  constructor(readonly resourceType: string, readonly id: string, detail?: string) {
    super(detail ?? `${resourceType} ${id} does not exist`);
  }
}

/** A resource with this name already exists (ALREADY_EXISTS). */
export class ResourceAlreadyExists extends AttuneError {
  readonly kind = 'ResourceAlreadyExistsException';
  constructor(message: string) {
    super(message);
  }
}

/** A request field breaks a rule (INVALID_ARGUMENT). `field` is the request field path. */
export class InvalidInput extends AttuneError {
  readonly kind: string = 'InvalidInputException';
  constructor(readonly field: string, readonly reason: string) {
    super(`${field}: ${reason}`);
  }
}

/** A list call's next_token was not issued by this service for this call (INVALID_ARGUMENT). */
export class InvalidNextToken extends InvalidInput {
  override readonly kind = 'InvalidNextTokenException';
  constructor(reason = 'the token was not issued for this list call or has been altered') {
    super('next_token', reason);
  }
}

/** The resource is in use or in a state that forbids the operation (FAILED_PRECONDITION). */
export class ResourceInUse extends AttuneError {
  readonly kind = 'ResourceInUseException';
  constructor(message: string) {
    super(message);
  }
}

/** A quota would be exceeded (RESOURCE_EXHAUSTED). */
export class LimitExceeded extends AttuneError {
  readonly kind = 'LimitExceededException';
  constructor(message: string) {
    super(message);
  }
}

/** A path lies outside every allowed data root (PERMISSION_DENIED). */
export class AccessDenied extends AttuneError {
  readonly kind = 'AccessDeniedException';
  constructor(readonly field: string, reason: string) {
    super(`${field}: ${reason}`);
  }
}

/** The operation exists in the API but this server does not provide it yet (UNIMPLEMENTED). */
export class NotImplemented extends AttuneError {
  readonly kind = 'NotImplemented';
  constructor(operation: string, reason: string) {
    super(`${operation} is not available: ${reason}`);
  }
}

/** The resource is not in a state that allows the operation (FAILED_PRECONDITION). */
export class InvalidState extends AttuneError {
  readonly kind = 'ResourceInUseException';
  constructor(message: string) {
    super(message);
  }
}

/** The call's deadline passed before it was answered; the work was stopped (DEADLINE_EXCEEDED). */
export class DeadlineExceeded extends AttuneError {
  readonly kind = 'DeadlineExceeded';
  constructor(what: string) {
    super(`the deadline passed while ${what}; the work was stopped`);
  }
}
