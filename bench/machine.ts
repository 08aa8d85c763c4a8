/** The machine a benchmark ran on, printed with every figure. */
import { cpus, loadavg, totalmem } from 'node:os';

/** CPU model, cores, memory, Node version, and the load when the run began (other work skews every figure). */
export function machineInfo(): {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  load: string;
} {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    load: loadavg()
      .map((x) => x.toFixed(1))
      .join(' / '),
  };
}
