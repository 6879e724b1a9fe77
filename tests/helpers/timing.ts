/**
 * CPU milliseconds a piece of work takes in this process, with what it returned. Timing tests use
 * CPU time rather than the wall clock, so other processes on a loaded CI runner (or the suite's other
 * workers) do not make them fail.
 */
export function timed<T>(run: () => T): { result: T; ms: number } {
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  return { result, ms: (used.user + used.system) / 1000 };
}

/** CPU milliseconds a piece of work takes in this process. */
export function cpuMs(run: () => void): number {
  return timed(run).ms;
}
