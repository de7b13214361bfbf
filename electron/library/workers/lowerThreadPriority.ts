import os from 'node:os';

/**
 * Lowers the calling thread's scheduling priority to the lowest (nice 19), for work that can wait: it then runs on what
 * CPU the threads that answer the reader leave idle. On Linux each thread has a nice value of its own, which a
 * thread sets for itself alone by naming no process (setpriority's "who" 0). Elsewhere that call lowers the whole
 * process, the reader's main thread with it, so the thread is left as it is.
 */
export function lowerThreadPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(os.constants.priority.PRIORITY_LOW);
  } catch {
    // Refused (a container's seccomp policy, say): the thread runs at the priority it had.
  }
}
