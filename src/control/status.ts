/** Personalize status strings, exactly as the API returns them. */
export const Status = {
  CreatePending: 'CREATE PENDING',
  CreateInProgress: 'CREATE IN_PROGRESS',
  Active: 'ACTIVE',
  CreateFailed: 'CREATE FAILED',
  DeletePending: 'DELETE PENDING',
  DeleteInProgress: 'DELETE IN_PROGRESS',
  UpdatePending: 'UPDATE PENDING',
  UpdateInProgress: 'UPDATE IN_PROGRESS',
  UpdateFailed: 'UPDATE FAILED',
  /** Solution versions only: StopSolutionVersionCreation on a version in training. */
  CreateStopping: 'CREATE STOPPING',
  CreateStopped: 'CREATE STOPPED',
} as const;

export type StatusValue = (typeof Status)[keyof typeof Status];

/**
 * Statuses from which a resource may be deleted. DELETE PENDING is included so that a delete
 * can be asked for again (its job is idempotent) should an earlier one have failed for good.
 */
export const DELETABLE: readonly string[] = [Status.Active, Status.CreateFailed, Status.DeletePending];
