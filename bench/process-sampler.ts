// Resident memory and CPU time of child processes, read from /proc (Linux). Sampling RSS every
// 100 ms catches the peak of a run that lasts seconds; /proc reports nothing elsewhere.
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;
const SAMPLE_EVERY_MS = 100;

/** Resident set size in bytes, or null once the process is gone. */
function rssBytes(pid: number): number | null {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** User plus system CPU seconds the process has used, or null once it is gone. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat: indexes 11 and 12 after the command name.
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export interface RssSampler {
  /** The highest RSS seen per pid, and of all pids together at one sample, in bytes. */
  stop(): { peakByPid: Map<number, number>; peakTotal: number };
}

export function sampleRss(pids: readonly number[]): RssSampler {
  const peakByPid = new Map<number, number>(pids.map((pid) => [pid, 0]));
  let peakTotal = 0;
  const sample = () => {
    let total = 0;
    for (const pid of pids) {
      const rss = rssBytes(pid) ?? 0;
      total += rss;
      if (rss > (peakByPid.get(pid) ?? 0)) peakByPid.set(pid, rss);
    }
    peakTotal = Math.max(peakTotal, total);
  };
  sample();
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakByPid, peakTotal };
    },
  };
}
