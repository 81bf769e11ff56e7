import { setTimeout as sleep } from 'node:timers/promises';
import { type BriefProgress, briefProgressSchema } from '@ordo/shared-types';
import { cancel, findJob, type QueueJob, type Sql } from '@ordo/supabase-client';

/** How `pnpm ordo briefs send` waits: a job no worker took this long after it became due means no worker runs. */
export interface FollowOptions {
  pickupTimeoutMs: number;
  pollMs: number;
  print: (line: string) => void;
}

export type FollowOutcome = { ok: true; summary: string } | { ok: false; reason: string };

const failed = (reason: string): FollowOutcome => ({ ok: false, reason });

type StageLine = BriefProgress['stages'][number];

const stageLine = (stage: StageLine) =>
  `  ${stage.name.padEnd(10)} ${stage.state}${stage.ms === undefined ? '' : ` (${Math.round(stage.ms)} ms)`}${stage.note ? `: ${stage.note}` : ''}`;

/** Prints each stage the first time it is seen in a state (and with a note), so the operator watches it run. */
function stagePrinter(print: (line: string) => void): (progress: unknown) => void {
  const seen = new Set<string>();
  return (progress) => {
    const parsed = briefProgressSchema.safeParse(progress);
    if (!parsed.success) return;
    for (const stage of parsed.data.stages) {
      const key = `${stage.name}:${stage.state}:${stage.note ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      print(stageLine(stage));
    }
  };
}

/**
 * Polls a job until it finishes. A job still pending `pickupTimeoutMs` after it became due (first
 * run or a retry) means no worker is taking jobs: it is cancelled, so it does not run later by
 * surprise, unless a worker took it in that moment, when following goes on.
 */
async function waitForJob(sql: Sql, jobId: string, options: FollowOptions, onProgress: (progress: unknown) => void): Promise<QueueJob | string> {
  const started = Date.now();
  let retryAnnounced = 0;
  for (;;) {
    const job = await findJob(sql, jobId);
    if (!job) return `job ${jobId} disappeared`;
    onProgress(job.progress);
    if (job.status === 'completed' || job.status === 'failed' || job.status === 'cancelled') return job;
    if (job.status === 'pending') {
      if (job.attempts > retryAnnounced && job.last_error) {
        retryAnnounced = job.attempts;
        options.print(`  attempt ${job.attempts} of ${job.job_type} failed (${job.last_error}); retrying at ${job.run_at.toISOString()}`);
      }
      const dueSince = Math.max(started, job.run_at.getTime());
      if (Date.now() - dueSince > options.pickupTimeoutMs && (await cancel(sql, jobId)) === 'cancelled') {
        return `no worker picked up ${job.job_type} job ${jobId} within ${Math.round(options.pickupTimeoutMs / 1000)} s; is the worker running? (The job was cancelled, so it will not run later.)`;
      }
    }
    await sleep(options.pollMs);
  }
}

interface BriefRow {
  id: string;
  status: string;
  reason: string | null;
  headline: string | null;
}

async function briefWrittenBy(sql: Sql, job: QueueJob): Promise<BriefRow | null> {
  const fromProgress = briefProgressSchema.safeParse(job.progress);
  const progressBriefId = fromProgress.success ? (fromProgress.data.brief_id ?? null) : null;
  const [row] = await sql<BriefRow[]>`
    select id, status, reason, headline from public.daily_briefs
    where job_id = ${job.id} or id = ${progressBriefId}
    order by created_at desc limit 1`;
  return row ?? null;
}

/** The brief.deliver job queued for a brief (brief.generate queues one to retry a transient failure), waited for up to the pickup timeout. */
async function deliveryJobOf(sql: Sql, briefId: string, options: FollowOptions): Promise<string | null> {
  const deadline = Date.now() + options.pickupTimeoutMs;
  for (;;) {
    const [row] = await sql<{ id: string }[]>`
      select id from public.queue_jobs
      where job_type = 'brief.deliver' and payload->>'brief_id' = ${briefId} and payload->>'channel' = 'email'
      order by created_at desc limit 1`;
    if (row) return row.id;
    if (Date.now() > deadline) return null;
    await sleep(options.pollMs);
  }
}

interface DeliveryRow {
  status: string;
  recipient: string;
  message_id: string | null;
  error: string | null;
}

async function deliveryOf(sql: Sql, briefId: string): Promise<DeliveryRow | undefined> {
  const [delivery] = await sql<DeliveryRow[]>`
    select status, recipient, message_id, error from public.deliveries
    where brief_id = ${briefId} and channel = 'email'`;
  return delivery;
}

function deliveryOutcome(delivery: DeliveryRow | undefined): FollowOutcome {
  if (!delivery) return failed('the delivery finished but recorded no delivery');
  switch (delivery.status) {
    case 'sent':
      return { ok: true, summary: `Sent to ${delivery.recipient}${delivery.message_id ? ` (Message-ID ${delivery.message_id})` : ''}.` };
    case 'uncertain':
      return failed(`delivery to ${delivery.recipient} is uncertain: the mail server may have accepted it, so it is not resent${delivery.error ? ` (${delivery.error})` : ''}`);
    default:
      return failed(`delivery to ${delivery.recipient} ${delivery.status}${delivery.error ? `: ${delivery.error}` : ''}`);
  }
}

/**
 * Follows a queued brief.generate job to the end: prints its stages as they run, then the
 * delivery it leads to. ok only when the email was sent.
 */
export async function followBriefSend(sql: Sql, generateJobId: string, options: FollowOptions): Promise<FollowOutcome> {
  const generated = await waitForJob(sql, generateJobId, options, stagePrinter(options.print));
  if (typeof generated === 'string') return failed(generated);
  if (generated.status !== 'completed') return failed(`brief.generate ${generated.status}${generated.last_error ? `: ${generated.last_error}` : ''}`);
  const brief = await briefWrittenBy(sql, generated);
  if (!brief) return failed('brief.generate finished but wrote no brief');
  if (brief.status !== 'ready') return failed(`the brief was ${brief.status}${brief.reason ? `: ${brief.reason}` : ''}`);
  options.print(`Brief ${brief.id} written${brief.headline ? `: ${brief.headline}` : ''}`);

  // brief.generate sends the email itself; only a transient failure leaves it to a brief.deliver job.
  const sentByGenerate = await deliveryOf(sql, brief.id);
  if (sentByGenerate && sentByGenerate.status !== 'failed' && sentByGenerate.status !== 'sending') return deliveryOutcome(sentByGenerate);
  const deliverJobId = await deliveryJobOf(sql, brief.id, options);
  if (!deliverJobId) return failed(`no brief.deliver job was queued for brief ${brief.id}`);
  options.print(`Delivering by email (job ${deliverJobId})…`);
  const delivered = await waitForJob(sql, deliverJobId, options, () => undefined);
  if (typeof delivered === 'string') return failed(delivered);
  const delivery = await deliveryOf(sql, brief.id);
  if (delivered.status !== 'completed' && !delivery) {
    return failed(`brief.deliver ${delivered.status}${delivered.last_error ? `: ${delivered.last_error}` : ''}`);
  }
  return deliveryOutcome(delivery);
}
