/**
 * Row locks for check-then-act steps. A create takes its parents FOR SHARE and a delete takes
 * the row FOR UPDATE, so that on PostgreSQL (READ COMMITTED, many connections) a create and a
 * delete of the same parent run one after the other and each sees what the other did.
 * (PGlite runs one transaction at a time; the locks cost it nothing.)
 */
export type RowLock = 'update' | 'share';
