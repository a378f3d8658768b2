/** A known reason a batch job cannot finish: the job ends CREATE FAILED with this message. */
export class BatchFailure extends Error {}
