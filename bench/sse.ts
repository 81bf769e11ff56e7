// `pnpm bench:sse`: brain-dump drafting streamed through the built web app. A loopback OpenAI
// server (the real wire format, asked by the real SDK inside the app) streams 500 tokens at 200
// tokens/s to each of 200 concurrent brain-dump streams. For every operation we time the moment
// the upstream wrote the piece that completes it and the moment the client got the `operation`
// event. The peer, against the same server and replies: Ordo's LLM gateway (the same OpenAI SDK
// underneath) reading the stream directly in a process of its own, with no web app in between.
// The fake server runs in a child process of its own (this file with --upstream), so pacing 40,000
// pieces a second does not slow the clients; times are wall-clock (timeOrigin + now) across
// processes. In both passes the upstream holds every reply until all 200 requests have arrived
// (then starts them spread over one 5 ms tick), so both measure 200 streams running at once, not
// the web app's start-up of 200 streams (its authentication and database work) overlapping the
// first ones. Prints p50/p99 of both, the latency the web path adds (target ≤ 5 ms at p99), the
// CPU time each process used per upstream piece and the app's resident memory per open stream.
// A third pass bounds what any web path could add here: a bare relay (this file with --relay), a
// node:http server in a process of its own that reads each stream through the gateway as the peer
// does and writes an SSE event per operation, with no framework, database, thread or parsing of
// operations; the client reads it as it reads the app.
import { type ChildProcess, fork } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../packages/config/src/index.ts';
import { createGateway, type Gateway } from '../packages/ai-pipeline/src/gateway/gateway.ts';
import { type FakeReply, startFakeOpenAI } from '../packages/ai-pipeline/src/testing/index.ts';
import { createDb, migrate } from '../packages/supabase-client/src/index.ts';
import { ensureWebBuilt, startBenchWebApp } from './web-app.ts';

// DATABASE_URL names the server (a database is created on it for the run); a local default otherwise.
const ADMIN_URL =
  loadConfig(process.env, { localSecrets: { SUPABASE_JWT_SECRET: 'b'.repeat(40), ENCRYPTION_KEY: 'ab'.repeat(32) } }).DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
// `--streams N` runs N concurrent streams instead of the issue's 200 (the fake server and the peer,
// child processes, are given the same number).
const streamsAt = process.argv.indexOf('--streams');
const STREAMS = streamsAt >= 0 ? Number.parseInt(process.argv[streamsAt + 1] ?? '', 10) : 200;
if (!Number.isInteger(STREAMS) || STREAMS < 1) throw new Error('--streams takes a positive whole number');
const streamsArgs = ['--streams', String(STREAMS)];
const WARM_UP_STREAMS = 20;
const TOKENS = 500;
const TOKENS_PER_SECOND = 200;
const CHARS_PER_TOKEN = 4;
const PIECE_INTERVAL_MS = 1000 / TOKENS_PER_SECOND;
// Stays under the per-user limit of 60 new dumps an hour.
const DUMPS_PER_USER = 50;
const POOL = 10;
// USER_HZ, 100 on Linux everywhere in practice.
const CLOCK_TICKS_PER_SECOND = 100;

const BENCH_SECRETS = { SUPABASE_JWT_SECRET: 'b'.repeat(40), ENCRYPTION_KEY: 'ab'.repeat(32) };
/** Milliseconds on a clock that processes on this machine share. */
const clock = () => performance.timeOrigin + performance.now();

const sha256 = (token: string) => createHash('sha256').update(token).digest();

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}


/** A model reply of exactly TOKENS pieces: small create_task operations, padded with spaces. */
function replyText(stream: number): { text: string; ends: number[] } {
  const size = TOKENS * CHARS_PER_TOKEN;
  const closing = ']}';
  let text = '{"operations":[';
  const ends: number[] = [];
  for (let index = 0; ; index++) {
    const operation = JSON.stringify({
      op: 'create_task',
      ref: `t${index + 1}`,
      title: `Bench task ${index + 1} of stream ${stream}`,
      project_ref: null,
      due_date: null,
      priority: null,
      notes: null,
    });
    const next = `${index === 0 ? '' : ','}${operation}`;
    if (text.length + next.length + closing.length > size) break;
    text += next;
    ends.push(text.length);
  }
  return { text: text + ' '.repeat(size - text.length - closing.length) + closing, ends };
}

/** Upstream write times per stream and operation, taken right after the completing piece is written. */
const upstream = new Map<string, number[]>();

/** Opens when all measured requests of a pass have arrived, so that their replies stream together. */
function startingGate(expected: number): { arrive(): void; opened: Promise<void> } {
  let arrived = 0;
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    arrive() {
      arrived += 1;
      if (arrived === expected) open();
    },
    opened,
  };
}

const gates = { web: startingGate(STREAMS), direct: startingGate(STREAMS), relay: startingGate(STREAMS) };
// The parent notes the web app's CPU time when the web pass's replies start.
void gates.web.opened.then(() => process.send?.('web streams open'));

function scriptedReply(pass: keyof typeof gates, stream: number): FakeReply {
  const { text, ends } = replyText(stream);
  const marks: number[] = [];
  upstream.set(`${pass}:${stream}`, marks);
  const pieces: (string | PromiseLike<unknown>)[] = [];
  // Warm-up streams (numbered from STREAMS on) start at once.
  if (stream < STREAMS) {
    gates[pass].arrive();
    // Streams that start together still tick at different moments: each starts 0–4 ms after the
    // gate opens (by its number), so the 5 ms pacing gives every millisecond a fifth of the pieces.
    const phaseMs = stream % PIECE_INTERVAL_MS;
    pieces.push(gates[pass].opened.then(() => new Promise((resolve) => setTimeout(resolve, phaseMs))));
  }
  let nextEnd = 0;
  for (let start = 0; start < text.length; start += CHARS_PER_TOKEN) {
    pieces.push(text.slice(start, start + CHARS_PER_TOKEN));
    const end = start + CHARS_PER_TOKEN;
    while (nextEnd < ends.length && (ends[nextEnd] as number) <= end) {
      // The fake server awaits this right after writing the piece: its time is the write time.
      pieces.push({
        // biome-ignore lint/suspicious/noThenProperty: a thenable, so that its then() runs when the fake server awaits it
        then(resolve: (value: unknown) => void) {
          marks.push(clock());
          resolve(undefined);
        },
      } as PromiseLike<unknown>);
      nextEnd += 1;
    }
  }
  return { type: 'stream', text: pieces, delayMs: PIECE_INTERVAL_MS };
}

/**
 * CPU time (user + system) the process has used so far, in ms, from /proc/<pid>/stat; with `thread`,
 * that thread's only (the main thread's id is the process id).
 */
function cpuMs(pid: number, thread?: number): number {
  const path = thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`;
  // Fields after the command name (which may hold spaces), from field 3 on; utime and stime are fields 14 and 15.
  const fields = readFileSync(path, 'utf8').split(') ').at(-1)?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

function residentKb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : Number.NaN;
}


interface Dump {
  stream: number;
  id: string;
  token: string;
}

/** Stores one dump (POST /api/brain-dumps); its stream is opened later. */
async function createDump(origin: string, token: string, stream: number): Promise<Dump> {
  const created = await fetch(`${origin}/api/brain-dumps`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text: `bench stream ${stream}` }),
  });
  if (created.status !== 201) throw new Error(`creating dump ${stream} failed: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  return { stream, id, token };
}

/** Reads one dump's event stream from the web app. */
function readDumpStream(origin: string, dump: Dump): Promise<{ key: string; arrivals: number[] }> {
  return readEventStream(`${origin}/api/brain-dumps/${dump.id}/stream`, { authorization: `Bearer ${dump.token}` }, `web:${dump.stream}`);
}

/**
 * Reads an event stream; returns when each operation event arrived. A plain node:http reader:
 * this process reads 200 streams at once, and its own delays count in the latency.
 */
function readEventStream(url: string, headers: Record<string, string>, key: string): Promise<{ key: string; arrivals: number[] }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`${key}: status ${response.statusCode}`));
        return;
      }
      response.setEncoding('utf8');
      const arrivals: number[] = [];
      let buffer = '';
      let outcome = '';
      response.on('data', (chunk: string) => {
        const now = clock();
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          // Each event is `id: …\nevent: <name>\ndata: …`.
          const nameAt = buffer.indexOf('\nevent: ') + '\nevent: '.length;
          const name = buffer.slice(nameAt, buffer.indexOf('\n', nameAt));
          if (name === 'operation') arrivals.push(now);
          else if (name === 'done' || name === 'error') outcome = name;
          buffer = buffer.slice(end + 2);
        }
      });
      response.on('end', () => {
        if (outcome === 'done') resolve({ key, arrivals });
        else reject(new Error(`${key} ended with ${outcome || 'nothing'}`));
      });
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

interface PeerReport {
  results: { key: string; arrivals: number[] }[];
  /** CPU time the peer's process used during the measured pass. */
  cpuMs: number;
  /** How long the measured pass took, in ms. */
  elapsedMs: number;
}

/** Every operation ends with this; the peer counts them as the text arrives. */
const OPERATION_END = '"notes":null}';

/** Reads a reply through the gateway, calling `operation` as each operation's end arrives. */
async function readOperations(gateway: Gateway, content: string, operation: () => void): Promise<void> {
  // The end of the text so far that may begin a marker completed by the next piece: each piece is
  // scanned once, as the web app's parser does.
  let tail = '';
  const messages = [{ role: 'user' as const, content }];
  for await (const event of gateway.stream({ purpose: 'plan', provider: 'openai', messages })) {
    if (event.type !== 'text') continue;
    const window = tail + event.text;
    for (let at = window.indexOf(OPERATION_END); at >= 0; at = window.indexOf(OPERATION_END, at + OPERATION_END.length)) {
      operation();
    }
    tail = window.slice(-(OPERATION_END.length - 1));
  }
}

/** The peer: the gateway reading the same reply straight from the fake server. */
async function readDirect(gateway: Gateway, stream: number): Promise<{ key: string; arrivals: number[] }> {
  const arrivals: number[] = [];
  await readOperations(gateway, `direct stream ${stream}`, () => arrivals.push(clock()));
  return { key: `direct:${stream}`, arrivals };
}

function delays(results: { key: string; arrivals: number[] }[]): number[] {
  const all: number[] = [];
  for (const { key, arrivals } of results) {
    const marks = upstream.get(key) ?? [];
    if (marks.length !== arrivals.length) throw new Error(`${key}: ${marks.length} upstream operations, ${arrivals.length} received`);
    for (const [index, at] of arrivals.entries()) all.push(at - (marks[index] as number));
  }
  return all.toSorted((a, b) => a - b);
}

async function main(): Promise<void> {
  ensureWebBuilt();
  const upstreamProcess = fork(fileURLToPath(import.meta.url), ['--upstream', ...streamsArgs], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const fakeUrl = await new Promise<string>((resolve, reject) => {
    upstreamProcess.once('message', (message) => resolve((message as { url: string }).url));
    upstreamProcess.once('exit', (code) => reject(new Error(`upstream process exited with ${code}`)));
  });
  const name = `ordo_bench_sse_${randomBytes(4).toString('hex')}`;
  const admin = createDb({ url: ADMIN_URL, max: 1 });
  await admin.sql`create database ${admin.sql(name)}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const db = createDb({ url: url.toString(), max: 2 });
  const dataDir = await mkdtemp(join(tmpdir(), 'ordo-bench-sse-'));
  let web: ChildProcess | undefined;
  try {
    await migrate(db.sql);
    const users = Math.ceil((STREAMS + WARM_UP_STREAMS) / DUMPS_PER_USER);
    const tokens: string[] = [];
    for (let index = 0; index < users; index++) {
      const [user] = await db.sql<{ id: string }[]>`
        insert into public.users (email, name, timezone, onboarding_completed_at)
        values (${`sse${index}@bench.test`}, 'Bench', 'UTC', now()) returning id
      `;
      const token = `ordo_pat_${randomBytes(32).toString('base64url')}`;
      await db.sql`
        insert into public.personal_access_tokens (user_id, name, scope, token_prefix, token_hash)
        values (${(user as { id: string }).id}, 'bench', 'read_write', ${token.slice(0, 13)}, ${sha256(token)})
      `;
      tokens.push(token);
    }
    const tokenFor = (stream: number) => tokens[Math.floor(stream / DUMPS_PER_USER)] as string;
    const started = await startBenchWebApp({
      databaseUrl: url.toString(),
      dataDir,
      poolMax: POOL,
      env: { OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: fakeUrl, AI_MAX_RETRIES: '0', AI_MONTHLY_TOKEN_BUDGET: '1000000000' },
    });
    web = started.child;
    const pid = web.pid as number;

    // Dumps are stored first: storing one is a request of its own, before its stream exists.
    const dumps: Dump[] = [];
    for (let stream = 0; stream < STREAMS + WARM_UP_STREAMS; stream += POOL) {
      const batch = Array.from({ length: Math.min(POOL, STREAMS + WARM_UP_STREAMS - stream) }, (_, i) => stream + i);
      dumps.push(...(await Promise.all(batch.map((index) => createDump(started.origin, tokenFor(index), index)))));
    }
    // Warm-up: JIT, pools and the SDK's first connections, not measured.
    await Promise.all(dumps.slice(STREAMS).map((dump) => readDumpStream(started.origin, dump)));
    const idleKb = residentKb(pid);
    let peakKb = idleKb;
    const sampler = setInterval(() => {
      peakKb = Math.max(peakKb, residentKb(pid));
    }, 50);
    const webStart = performance.now();
    const webStartCpu = cpuMs(pid);
    const upstreamPid = upstreamProcess.pid as number;
    const usage = () => ({
      at: performance.now(),
      cpu: cpuMs(pid),
      main: cpuMs(pid, pid),
      upstream: cpuMs(upstreamPid),
      client: cpuMs(process.pid),
    });
    let streamsOpen = usage();
    upstreamProcess.once('message', () => {
      streamsOpen = usage();
    });
    const webResults = await Promise.all(dumps.slice(0, STREAMS).map((dump) => readDumpStream(started.origin, dump)));
    const webEnd = usage();
    clearInterval(sampler);

    // The peer reads in a process of its own, as the web server does, so both pay the same for parsing.
    const peerProcess = fork(fileURLToPath(import.meta.url), ['--peer', fakeUrl, ...streamsArgs], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const peer = await new Promise<PeerReport>((resolve, reject) => {
      peerProcess.once('message', (message) => resolve(message as PeerReport));
      peerProcess.once('exit', (code) => reject(new Error(`peer process exited with ${code}`)));
    });

    // The bare relay, read as the app was: warmed up, then all streams at once.
    const relayProcess = fork(fileURLToPath(import.meta.url), ['--relay', fakeUrl, ...streamsArgs], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const relayPort = await new Promise<number>((resolve, reject) => {
      relayProcess.once('message', (message) => resolve((message as { port: number }).port));
      relayProcess.once('exit', (code) => reject(new Error(`relay process exited with ${code}`)));
    });
    const readRelay = (stream: number) => readEventStream(`http://127.0.0.1:${relayPort}/${stream}`, {}, `relay:${stream}`);
    await Promise.all(Array.from({ length: WARM_UP_STREAMS }, (_, i) => readRelay(STREAMS + i)));
    const relayPid = relayProcess.pid as number;
    const relayStart = { at: performance.now(), cpu: cpuMs(relayPid) };
    const relayResults = await Promise.all(Array.from({ length: STREAMS }, (_, stream) => readRelay(stream)));
    const relayEnd = { at: performance.now(), cpu: cpuMs(relayPid) };
    relayProcess.kill('SIGTERM');

    upstreamProcess.send('marks');
    const marks = await new Promise<Record<string, number[]>>((resolve) =>
      upstreamProcess.once('message', (message) => resolve(message as Record<string, number[]>)),
    );
    for (const [key, times] of Object.entries(marks)) upstream.set(key, times);
    const viaWeb = delays(webResults);
    const direct = delays(peer.results);
    const relayed = delays(relayResults);
    const row = (label: string, sorted: number[]) =>
      console.log(
        `${label.padEnd(44)}${String(sorted.length).padStart(8)}${percentile(sorted, 50).toFixed(2).padStart(10)}${percentile(sorted, 99).toFixed(2).padStart(10)}`,
      );
    console.log(
      `\n${cpus().length} CPUs; ${STREAMS} concurrent streams × ${TOKENS} tokens at ${TOKENS_PER_SECOND} tokens/s ` +
        `(${viaWeb.length / STREAMS} operations each); the web app opened the ${STREAMS} streams in ` +
        `${((streamsOpen.at - webStart) / 1000).toFixed(1)} s, which then took ${((webEnd.at - streamsOpen.at) / 1000).toFixed(1)} s\n`,
    );
    console.log(`${'upstream piece → operation seen'.padEnd(44)}${'ops'.padStart(8)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}`);
    row('peer: LLM gateway reading the fake directly', direct);
    row('app:  web server → SSE → client', viaWeb);
    row('floor: bare node:http relay → SSE → client', relayed);
    const addedP50 = percentile(viaWeb, 50) - percentile(direct, 50);
    const addedP99 = percentile(viaWeb, 99) - percentile(direct, 99);
    console.log(
      `\nadded by the web path: p50 ${addedP50.toFixed(2)} ms, p99 ${addedP99.toFixed(2)} ms (target ≤ 5 ms at p99); ` +
        `app / peer at p99 ${(percentile(viaWeb, 99) / percentile(direct, 99)).toFixed(2)}×`,
    );
    const pieces = STREAMS * TOKENS;
    console.log(
      `added by the bare relay: p50 ${(percentile(relayed, 50) - percentile(direct, 50)).toFixed(2)} ms, ` +
        `p99 ${(percentile(relayed, 99) - percentile(direct, 99)).toFixed(2)} ms; its process used ` +
        `${((relayEnd.cpu - relayStart.cpu) / 1000).toFixed(2)} s (${(((relayEnd.cpu - relayStart.cpu) * 1000) / pieces).toFixed(0)} µs per piece) ` +
        `in a pass of ${((relayEnd.at - relayStart.at) / 1000).toFixed(1)} s`,
    );
    const used = (key: 'cpu' | 'main' | 'upstream' | 'client') => ((webEnd[key] - streamsOpen[key]) / 1000).toFixed(2);
    const perPiece = (ms: number) => `${((ms * 1000) / pieces).toFixed(0)} µs per piece`;
    console.log(
      `CPU while the web pass streamed: web app ${used('cpu')} s (${perPiece(webEnd.cpu - streamsOpen.cpu)}; its main ` +
        `thread ${used('main')} s, ${perPiece(webEnd.main - streamsOpen.main)}), ` +
        `upstream ${used('upstream')} s, client (this process) ${used('client')} s; opening the streams cost the web app ` +
        `${((streamsOpen.cpu - webStartCpu) / 1000).toFixed(2)} s before. Peer: ${(peer.cpuMs / 1000).toFixed(2)} s ` +
        `(${perPiece(peer.cpuMs)}) in a pass of ${(peer.elapsedMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `web server memory: ${(idleKb / 1024).toFixed(0)} MiB idle, ${(peakKb / 1024).toFixed(0)} MiB peak with ${STREAMS} streams → ` +
        `${((peakKb - idleKb) / STREAMS).toFixed(0)} KiB per stream`,
    );
  } finally {
    web?.kill('SIGTERM');
    upstreamProcess.kill('SIGTERM');
    await db.close();
    await admin.sql`drop database if exists ${admin.sql(name)} with (force)`;
    await admin.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The child process: the fake OpenAI server, answering each request with its scripted reply. */
async function serveUpstream(): Promise<void> {
  const fake = await startFakeOpenAI({
    reply: (request) => {
      const said = JSON.stringify(request.body.messages ?? '');
      const match = /(bench|direct|relay) stream (\d+)/.exec(said);
      if (!match) throw new Error('unexpected request');
      return scriptedReply(match[1] === 'bench' ? 'web' : (match[1] as 'direct' | 'relay'), Number(match[2]));
    },
  });
  process.on('message', () => process.send?.(Object.fromEntries(upstream)));
  process.once('SIGTERM', () => {
    void fake.close().then(() => process.exit(0));
  });
  process.send?.({ url: fake.url });
}

/** The gateway the peer and the relay read through: the fake server as OpenAI, with no retries or timeouts. */
function benchGateway(fakeUrl: string): Gateway {
  return createGateway({
    env: loadConfig(
      {
        OPENAI_API_KEY: 'sk-bench',
        OPENAI_BASE_URL: fakeUrl,
        AI_MAX_RETRIES: '0',
        AI_TIMEOUT_MS: '600000',
        AI_STALL_TIMEOUT_MS: '600000',
      },
      { localSecrets: BENCH_SECRETS },
    ),
  });
}

/** The peer's child process: every stream read through the gateway at once; sends back the arrival times. */
async function readAllDirect(fakeUrl: string): Promise<void> {
  const gateway = benchGateway(fakeUrl);
  // Warmed up like the web server.
  await Promise.all(Array.from({ length: WARM_UP_STREAMS }, (_, i) => readDirect(gateway, STREAMS + i)));
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: STREAMS }, (_, stream) => readDirect(gateway, stream)));
  const cpu = process.cpuUsage(cpuStart);
  const report: PeerReport = { results, cpuMs: (cpu.user + cpu.system) / 1000, elapsedMs: performance.now() - started };
  process.send?.(report, () => process.exit(0));
}

/** The bare relay's child process: GET /<stream> streams that reply's operations as SSE events. */
function serveRelay(fakeUrl: string): void {
  const gateway = benchGateway(fakeUrl);
  const server = createServer((request, response) => {
    const stream = Number((request.url ?? '').slice(1));
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    let id = 0;
    readOperations(gateway, `relay stream ${stream}`, () => {
      id += 1;
      response.write(`id: ${id}\nevent: operation\ndata: {}\n\n`);
    }).then(
      () => response.end(`id: ${id + 1}\nevent: done\ndata: {}\n\n`),
      (error: unknown) => response.end(`id: ${id + 1}\nevent: error\ndata: ${JSON.stringify(String(error))}\n\n`),
    );
  });
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
}

const peerAt = process.argv.indexOf('--peer');
const relayAt = process.argv.indexOf('--relay');
if (process.argv.includes('--upstream')) await serveUpstream();
else if (peerAt >= 0) await readAllDirect(process.argv[peerAt + 1] as string);
else if (relayAt >= 0) serveRelay(process.argv[relayAt + 1] as string);
else await main();
