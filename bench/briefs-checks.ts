// What `pnpm bench:briefs` reads back from its database: the queue's progress while it runs, the
// end-of-run correctness check (exactly one message per person, every brief ready, every delivery
// sent), and where each brief's time went (queue wait and run time per job type, pipeline stages).
import type { Sql } from '../packages/supabase-client/src/index.ts';
import type { AcceptedMessage } from './smtp-sink.ts';

export interface QueueProgress {
  /** Brief jobs pending or processing (a retry waiting for its backoff counts). */
  live: number;
  generated: number;
  delivered: number;
  failed: number;
}

export async function queueProgress(sql: Sql): Promise<QueueProgress> {
  // Generated counts ready briefs (a batch job writes several) and delivered counts sent
  // deliveries, not brief.deliver jobs: the brief jobs send the email themselves.
  const [row] = await sql<QueueProgress[]>`
    select count(*) filter (where status in ('pending', 'processing'))::int as live,
           (select count(*) from public.daily_briefs where status = 'ready')::int as generated,
           (select count(*) from public.deliveries where channel = 'email' and status = 'sent')::int as delivered,
           count(*) filter (where status = 'failed')::int as failed
    from public.queue_jobs where job_type in ('brief.generate', 'brief.generate_batch', 'brief.deliver')`;
  return row as QueueProgress;
}

/** Every way the run went wrong, in words; empty when it was right. */
export async function verifyRun(sql: Sql, accepted: readonly AcceptedMessage[]): Promise<string[]> {
  const problems: string[] = [];
  const people = await sql<{ id: string; email: string }[]>`select id, lower(email) as email from public.users`;
  const briefs = await sql<{ id: string; user_id: string; status: string; reason: string | null }[]>`
    select id, user_id, status, reason from public.daily_briefs`;
  const deliveries = await sql<{ status: string; n: number }[]>`
    select status, count(*)::int as n from public.deliveries where channel = 'email' group by status order by status`;

  const messagesTo = new Map<string, AcceptedMessage[]>();
  for (const message of accepted) {
    for (const recipient of message.recipients) messagesTo.set(recipient, [...(messagesTo.get(recipient) ?? []), message]);
  }
  const emails = new Set(people.map((person) => person.email));
  const none = people.filter((person) => !messagesTo.has(person.email)).length;
  const several = [...messagesTo].filter(([email, messages]) => emails.has(email) && messages.length > 1).length;
  const strangers = [...messagesTo.keys()].filter((email) => !emails.has(email)).length;
  if (none > 0) problems.push(`${none} of ${people.length} people received no message`);
  if (several > 0) problems.push(`${several} people received more than one message`);
  if (strangers > 0) problems.push(`${strangers} messages went to addresses of nobody seeded`);

  const briefsOf = new Map<string, string[]>();
  for (const brief of briefs) briefsOf.set(brief.user_id, [...(briefsOf.get(brief.user_id) ?? []), brief.id]);
  const notOne = people.filter((person) => (briefsOf.get(person.id)?.length ?? 0) !== 1).length;
  if (notOne > 0) problems.push(`${notOne} people do not have exactly one brief`);
  const notReady = briefs.filter((brief) => brief.status !== 'ready');
  if (notReady.length > 0) {
    const statuses = countBy(notReady.map((brief) => brief.status));
    const reason = notReady.find((brief) => brief.reason)?.reason;
    problems.push(`${notReady.length} briefs are not ready (${statuses})${reason ? `; e.g. "${reason}"` : ''}`);
  }

  // Each message names its brief (Message-ID), and that brief is its recipient's.
  const ownerOf = new Map(briefs.map((brief) => [brief.id, brief.user_id]));
  const idOf = new Map(people.map((person) => [person.email, person.id]));
  const unnamed = accepted.filter((message) => message.briefId === null).length;
  const misaddressed = accepted.filter(
    (message) => message.briefId !== null && message.recipients.some((recipient) => ownerOf.get(message.briefId as string) !== idOf.get(recipient)),
  ).length;
  if (unnamed > 0) problems.push(`${unnamed} messages name no brief id in Message-ID or X-Ordo-Brief-Id`);
  if (misaddressed > 0) problems.push(`${misaddressed} messages went to someone other than their brief's owner`);

  const sent = deliveries.find((row) => row.status === 'sent')?.n ?? 0;
  const total = deliveries.reduce((sum, row) => sum + row.n, 0);
  if (sent !== people.length || total !== people.length) {
    problems.push(`expected ${people.length} email deliveries, all sent; found ${total} (${deliveries.map((row) => `${row.status} ${row.n}`).join(', ') || 'none'})`);
  }

  const [failedJob] = await sql<{ job_type: string; last_error: string | null; n: number }[]>`
    select job_type, max(last_error) as last_error, count(*)::int as n from public.queue_jobs
    where status = 'failed' and job_type like 'brief.%' group by job_type order by n desc limit 1`;
  if (failedJob) problems.push(`${failedJob.n} ${failedJob.job_type} jobs failed, e.g. "${failedJob.last_error ?? ''}"`);
  return problems;
}

function countBy(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, n]) => `${value} ${n}`).join(', ');
}

export interface JobTimings {
  jobType: string;
  jobs: number;
  /** Milliseconds from run_at to the claim, and from the claim to the finish (p50, p99). */
  waitP50: number;
  waitP99: number;
  runP50: number;
  runP99: number;
  attemptsAbove1: number;
}

export async function jobTimings(sql: Sql): Promise<JobTimings[]> {
  return sql<JobTimings[]>`
    select job_type as "jobType", count(*)::int as jobs,
           percentile_cont(0.5) within group (order by extract(epoch from started_at - run_at) * 1000) as "waitP50",
           percentile_cont(0.99) within group (order by extract(epoch from started_at - run_at) * 1000) as "waitP99",
           percentile_cont(0.5) within group (order by extract(epoch from finished_at - started_at) * 1000) as "runP50",
           percentile_cont(0.99) within group (order by extract(epoch from finished_at - started_at) * 1000) as "runP99",
           count(*) filter (where attempts > 1)::int as "attemptsAbove1"
    from public.queue_jobs
    where job_type in ('brief.generate', 'brief.generate_batch', 'brief.deliver') and finished_at is not null
    group by job_type order by job_type desc`;
}

export interface StageTimings {
  stage: string;
  briefs: number;
  avgMs: number;
  p99Ms: number;
}

/** Per pipeline stage, from daily_briefs.stages ({name, ms, …} per stage); empty when none were recorded. */
export async function stageTimings(sql: Sql): Promise<StageTimings[]> {
  return sql<StageTimings[]>`
    select s.value->>'name' as stage, count(*)::int as briefs, avg((s.value->>'ms')::float8) as "avgMs",
           percentile_cont(0.99) within group (order by (s.value->>'ms')::float8) as "p99Ms"
    from public.daily_briefs b cross join lateral jsonb_array_elements(b.stages) with ordinality as s(value, position)
    where jsonb_typeof(s.value) = 'object' and s.value ? 'name' and jsonb_typeof(s.value->'ms') = 'number'
    group by s.value->>'name' order by avg(s.position), 1`;
}
