// The named peer of `pnpm bench:briefs`, run as a process of its own (as the worker is): plain
// nodemailer, pooled with the same settings as @ordo/notify's SMTP transport, sending the same
// briefs (the stored HTML and text, one per person) to the same sink, all handed to the pool at
// once. What any sender of these messages pays: composing MIME and speaking SMTP, nothing else.
// With `durable`, it is the floor of an exactly-once sender instead: each message gets a row
// committed before the send and marked sent after (two commits a message, in a table of its own),
// with no queue, no pipeline and no framework around them.
// Talks to its parent over IPC: `ready` once the messages are loaded, then `go` → `done`.
import nodemailer from 'nodemailer';
import { createDb } from '../packages/supabase-client/src/index.ts';
import { wallClockMs } from './smtp-sink.ts';

export interface RawPeerArgs {
  databaseUrl: string;
  sinkPort: number;
  maxConnections: number;
  from: string;
  durable: boolean;
}

export type RawPeerMessage =
  | { kind: 'ready'; messages: number; synthetic: boolean }
  | { kind: 'done'; startedAt: number; finishedAt: number; failures: number; firstError: string | null; cpuSeconds: number };

interface Brief {
  id: string;
  email: string;
  local_date: string;
  headline: string | null;
  html: string | null;
  text: string | null;
}

// Used only when no brief was written (the pipeline failed): a message of a typical brief's size,
// so the peer and the sink can still be measured.
const SYNTHETIC_TEXT = `${'Yesterday you finished 3 tasks. Today: 4 due, 2 overdue.\n'.repeat(30)}`;
const SYNTHETIC_HTML = `<!doctype html><html><body>${'<p style="margin:0 0 12px;font:15px/1.5 sans-serif;color:#111">Yesterday you finished 3 tasks.</p>'.repeat(60)}</body></html>`;

async function loadBriefs(databaseUrl: string): Promise<{ briefs: Brief[]; synthetic: boolean }> {
  const db = createDb({ url: databaseUrl, max: 1 });
  try {
    const briefs = await db.sql<Brief[]>`
      select b.id, u.email, b.local_date::text as local_date, b.headline, b.html, b.text
      from public.daily_briefs b join public.users u on u.id = b.user_id
      where b.status = 'ready' and b.html is not null and b.text is not null`;
    if (briefs.length > 0) return { briefs: [...briefs], synthetic: false };
    const people = await db.sql<{ id: string; email: string }[]>`select id, email from public.users`;
    const today = new Date().toISOString().slice(0, 10);
    return {
      briefs: people.map((person) => ({ id: person.id, email: person.email, local_date: today, headline: 'Four things due today', html: SYNTHETIC_HTML, text: SYNTHETIC_TEXT })),
      synthetic: true,
    };
  } finally {
    await db.close();
  }
}

async function run(args: RawPeerArgs): Promise<void> {
  const send = (message: RawPeerMessage) => process.send?.(message);
  const { briefs, synthetic } = await loadBriefs(args.databaseUrl);
  // The worker's pool size (postgres.js default), so the floor commits as concurrently as the worker can.
  const db = args.durable ? createDb({ url: args.databaseUrl, max: 10 }) : null;
  if (db) {
    await db.sql`create table if not exists bench_floor_deliveries (id uuid primary key, recipient text not null, status text not null, updated_at timestamptz not null default now())`;
    await db.sql`truncate bench_floor_deliveries`;
  }
  const transporter = nodemailer.createTransport({
    pool: true,
    maxConnections: args.maxConnections,
    host: '127.0.0.1',
    port: args.sinkPort,
    secure: false,
    requireTLS: false,
  });
  await new Promise<void>((resolve) => {
    process.once('message', () => resolve());
    send({ kind: 'ready', messages: briefs.length, synthetic });
  });
  let failures = 0;
  let firstError: string | null = null;
  const cpuBefore = process.cpuUsage();
  const startedAt = wallClockMs();
  await Promise.all(
    briefs.map(async (brief) => {
      if (db) await db.sql`insert into bench_floor_deliveries (id, recipient, status) values (${brief.id}, ${brief.email}, 'sending')`;
      await transporter
        .sendMail({
          from: args.from,
          to: brief.email,
          subject: `Your brief for ${brief.local_date}: ${brief.headline ?? ''}`,
          text: brief.text ?? '',
          html: brief.html ?? '',
          messageId: `<brief-${brief.id}@bench.ordo>`,
          headers: {
            'List-Unsubscribe': `<http://127.0.0.1/briefs/unsubscribe?token=${brief.id}>, <mailto:unsubscribe@ordo.invalid?subject=${brief.id}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        })
        .catch((error: unknown) => {
          failures += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        });
      if (db) await db.sql`update bench_floor_deliveries set status = 'sent', updated_at = now() where id = ${brief.id}`;
    }),
  );
  const finishedAt = wallClockMs();
  const cpu = process.cpuUsage(cpuBefore);
  transporter.close();
  await db?.close();
  send({ kind: 'done', startedAt, finishedAt, failures, firstError, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
}

const argsJson = process.argv[2];
if (argsJson) {
  run(JSON.parse(argsJson) as RawPeerArgs).then(
    () => process.disconnect?.(),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
