import type { QueueStats } from '@ordo/supabase-client';

// Claim-to-finish latency buckets in seconds, from a no-op job to a long LLM call.
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

export type JobOutcome = 'completed' | 'failed' | 'cancelled' | 'released' | 'lease_lost';

/** A claim statement's result: it took jobs, or found none due. */
export type ClaimResult = 'jobs' | 'empty';

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

const label = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/** In-process counters for /metrics, rendered as Prometheus text with the queue's live counts. */
export class QueueMetrics {
  private readonly outcomes = new Map<string, number>();
  private readonly latency = new Map<string, Histogram>();
  private readonly claims: Record<ClaimResult, number> = { jobs: 0, empty: 0 };

  recordClaim(result: ClaimResult): void {
    this.claims[result]++;
  }

  claimCount(result: ClaimResult): number {
    return this.claims[result];
  }

  record(jobType: string, outcome: JobOutcome, seconds: number): void {
    const key = `${jobType}\u0000${outcome}`;
    this.outcomes.set(key, (this.outcomes.get(key) ?? 0) + 1);
    if (outcome !== 'completed' && outcome !== 'failed') return;
    let histogram = this.latency.get(jobType);
    if (!histogram) {
      histogram = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.latency.set(jobType, histogram);
    }
    BUCKETS.forEach((bound, index) => {
      if (seconds <= bound) (histogram.counts[index] as number)++;
    });
    histogram.sum += seconds;
    histogram.count++;
  }

  count(jobType: string, outcome: JobOutcome): number {
    return this.outcomes.get(`${jobType}\u0000${outcome}`) ?? 0;
  }

  render(stats: QueueStats): string {
    const lines: string[] = [];
    lines.push('# HELP ordo_queue_jobs Jobs in queue_jobs by type and status.', '# TYPE ordo_queue_jobs gauge');
    for (const { job_type, status, count } of stats.counts) lines.push(`ordo_queue_jobs{job_type="${label(job_type)}",status="${status}"} ${count}`);
    lines.push('# HELP ordo_queue_oldest_pending_seconds Age of the oldest due pending job by type.', '# TYPE ordo_queue_oldest_pending_seconds gauge');
    for (const { job_type, age_seconds } of stats.oldestPending) lines.push(`ordo_queue_oldest_pending_seconds{job_type="${label(job_type)}"} ${age_seconds}`);
    lines.push('# HELP ordo_queue_jobs_processed_total Jobs this worker finished, by type and outcome.', '# TYPE ordo_queue_jobs_processed_total counter');
    for (const [key, value] of this.outcomes) {
      const [jobType, outcome] = key.split('\u0000') as [string, string];
      lines.push(`ordo_queue_jobs_processed_total{job_type="${label(jobType)}",outcome="${outcome}"} ${value}`);
    }
    lines.push('# HELP ordo_queue_claims_total Claim statements this worker made, by whether they took jobs.', '# TYPE ordo_queue_claims_total counter');
    for (const [result, value] of Object.entries(this.claims)) lines.push(`ordo_queue_claims_total{result="${result}"} ${value}`);
    lines.push('# HELP ordo_queue_job_duration_seconds Claim-to-finish time of completed and failed jobs.', '# TYPE ordo_queue_job_duration_seconds histogram');
    for (const [jobType, histogram] of this.latency) {
      const type = label(jobType);
      BUCKETS.forEach((bound, index) => {
        lines.push(`ordo_queue_job_duration_seconds_bucket{job_type="${type}",le="${bound}"} ${histogram.counts[index]}`);
      });
      lines.push(`ordo_queue_job_duration_seconds_bucket{job_type="${type}",le="+Inf"} ${histogram.count}`);
      lines.push(`ordo_queue_job_duration_seconds_sum{job_type="${type}"} ${histogram.sum}`);
      lines.push(`ordo_queue_job_duration_seconds_count{job_type="${type}"} ${histogram.count}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
