import { readdirSync, readlinkSync } from 'node:fs';
import { constants, getPriority, setPriority } from 'node:os';

/**
 * The priority of this process's threads. The wall time of a run is the main thread's; threads
 * whose work can wait (the counting worker, V8's background tasks) run below it, so that on two
 * cores it gets one whenever it can run (docs/performance.md, "Results, 30 November 2026, fourth
 * session"). On Linux a thread can lower its own priority, or another's of the same process, by
 * its id, which /proc names; nobody can raise it back without privileges.
 */

/**
 * V8's helper threads (concurrent marking, parallel scavenging, background compiling), one step
 * below the main thread: on two cores shared with the counting worker and zlib's threads, the
 * main thread had waited about 0.35 s per run on the large export for a core they held.
 * Lowered at start, when they are the only threads besides the main one; the thread pool that
 * inflates the main thread's files starts later and keeps its priority.
 */
export function lowerHelperThreads(): void {
  if (process.platform !== 'linux') return;
  try {
    // A run started below normal already (`nice`) keeps its helpers beside its main thread.
    const helperPriority = Math.max(getPriority(0), constants.priority.PRIORITY_BELOW_NORMAL);
    for (const name of readdirSync('/proc/self/task')) {
      const threadId = Number(name);
      if (Number.isInteger(threadId) && threadId !== process.pid) {
        setPriority(threadId, helperPriority);
      }
    }
  } catch {
    // No /proc, or not allowed: the helpers only keep their priority.
  }
}

/**
 * The calling thread at the lowest priority: the counting worker (count-worker.ts) has time to
 * spare (it counts the benchmark export's messages in about half the main thread's time), and
 * the lowest priority gives the main thread the core whenever both want it: 3.21 s against
 * 3.45 s on the large export (median of 7 alternating runs).
 */
export function lowerOwnThread(): void {
  if (process.platform !== 'linux') return;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId)) setPriority(threadId, constants.priority.PRIORITY_LOW);
  } catch {
    // No /proc, or not allowed: counting at the same priority is only slower.
  }
}
