// Summarises V8 CPU profiles (`node --cpu-prof`): where a process spent its samples, by area
// (an npm package, Ordo's own source file mapped back through the bundle's source map, Node's
// internals, garbage collection, idle) and by function. Self time only: what ran, not who called it.
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  byArea: ProfileShare[];
  byFunction: ProfileShare[];
}

const sourceMaps = new Map<string, SourceMap | null>();

const INLINE_SOURCE_MAP = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/;

// A bundle's map sits beside it (file.map) or at its end, inline (run-bundled.mjs).
function readSourceMap(file: string): string {
  try {
    return readFileSync(`${file}.map`, 'utf8');
  } catch {
    const inline = INLINE_SOURCE_MAP.exec(readFileSync(file, 'utf8'))?.[1];
    if (inline === undefined) throw new Error(`no source map for ${file}`);
    return Buffer.from(inline, 'base64').toString('utf8');
  }
}

function sourceMapOf(url: string): SourceMap | null {
  if (!sourceMaps.has(url)) {
    try {
      sourceMaps.set(url, new SourceMap(JSON.parse(readSourceMap(fileURLToPath(url)))));
    } catch {
      sourceMaps.set(url, null);
    }
  }
  return sourceMaps.get(url) ?? null;
}

/** Where a frame's code lives: "npm:<package>", an Ordo source path, "node internals", or V8's own label. */
function locate(frame: ProfileNode['callFrame']): { area: string; where: string } {
  const { url, lineNumber, columnNumber, functionName } = frame;
  if (url === '') return { area: functionName || '(anonymous)', where: functionName };
  if (url.startsWith('node:')) return { area: 'node internals', where: url };
  const npm = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (npm) return { area: `npm:${npm[1]}`, where: `${npm[1]}` };
  const map = url.startsWith('file:') ? sourceMapOf(url) : null;
  const entry = map?.findEntry(lineNumber, columnNumber);
  const original = entry && 'originalSource' in entry ? entry : null;
  if (original) {
    const source = original.originalSource.replace(/^.*?\/(apps|packages)\//, '$1/');
    const npmSource = source.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
    if (npmSource) return { area: `npm:${npmSource[1]}`, where: npmSource[1] as string };
    return { area: source, where: `${source}:${original.originalLine + 1}` };
  }
  return { area: url.replace(/^.*\//, ''), where: `${url.replace(/^.*\//, '')}:${lineNumber + 1}` };
}

function add(into: Map<string, number>, key: string, ms: number): void {
  into.set(key, (into.get(key) ?? 0) + ms);
}

function ranked(totals: Map<string, number>, totalMs: number, top: number): ProfileShare[] {
  return [...totals]
    .map(([name, ms]) => ({ name, ms, share: ms / totalMs }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}

/** Reads every .cpuprofile in `dir` (one per process) and sums them. */
export function summariseCpuProfiles(dir: string, top = 12): ProfileSummary {
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const selfMs = new Map<number, number>();
    // timeDeltas[i] is the time since the previous sample: charged to sample i's frame.
    for (const [i, id] of profile.samples.entries()) selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    for (const [id, ms] of selfMs) {
      const frame = (nodes.get(id) as ProfileNode).callFrame;
      const { area, where } = locate(frame);
      totalMs += ms;
      add(byArea, area, ms);
      add(byFunction, `${frame.functionName || '(anonymous)'} ${where}`, ms);
    }
  }
  return { totalMs, byArea: ranked(byArea, totalMs, top), byFunction: ranked(byFunction, totalMs, top) };
}
