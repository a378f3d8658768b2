/**
 * Lowers the scheduling priority of the calling thread (Linux: nice is per thread, and threads
 * it spawns, such as a native kernel's, inherit it). Training threads run below the API thread,
 * so on a machine with few cores the API keeps answering quickly while a model trains.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Sets this thread's nice value; returns false where the platform cannot (other OSes). */
export function niceThisThread(nice: number): boolean {
  try {
    // /proc/thread-self -> "<pid>/task/<tid>"; setpriority(PRIO_PROCESS, tid) affects only that thread.
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
