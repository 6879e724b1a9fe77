/**
 * CPU milliseconds a piece of work takes in this process. Timing tests use it rather than the wall
 * clock, so other processes on a loaded CI runner do not make them fail.
 */
export function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}
