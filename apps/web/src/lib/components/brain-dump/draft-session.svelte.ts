import { isSuggestion, type Operation, type UsageLimit, usageLimitSchema } from '@ordo/shared-types';

export type Decision = 'accepted' | 'rejected';

export interface ProposedChange {
  /** Position in the draft, also the key in lists. */
  index: number;
  operation: Operation;
  decision: Decision;
}

/** A suggestion starts rejected (one click keeps it); everything else starts accepted. */
function firstDecision(operation: Operation): Decision {
  return isSuggestion(operation) ? 'rejected' : 'accepted';
}

export type SessionState = 'idle' | 'drafting' | 'drafted' | 'failed' | 'applying' | 'applied' | 'undone';

interface ApiErrorBody {
  error?: { message?: string; limit?: unknown };
}

async function post(path: string, body?: unknown): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

interface Problem {
  message: string;
  /** A plan limit refused the request (402): shown as an upgrade prompt, not an error. */
  limit: UsageLimit | null;
}

async function problemOf(response: Response): Promise<Problem> {
  const body = (await response.json().catch(() => ({}))) as ApiErrorBody;
  const limit = response.status === 402 ? usageLimitSchema.safeParse(body.error?.limit) : null;
  return { message: body.error?.message ?? `request failed (${response.status})`, limit: limit?.success ? limit.data : null };
}

/**
 * One brain dump on the page: drafting it over an EventSource (operations arrive one at a time),
 * the person's decision on each, then apply and undo.
 */
export class DraftSession {
  state = $state<SessionState>('idle');
  phase = $state<string | null>(null);
  changes = $state<ProposedChange[]>([]);
  error = $state<string | null>(null);
  /** The plan limit that refused the last draft, if one did. */
  limit = $state<UsageLimit | null>(null);
  dumpId = $state<string | null>(null);
  #source: EventSource | null = null;
  readonly #settled: () => void;

  /** `settled` runs when a draft ends either way (e.g. to refresh the history). */
  constructor(settled: () => void = () => {}) {
    this.#settled = settled;
  }

  accepted = $derived(this.changes.filter((change) => change.decision === 'accepted'));

  async draft(text: string): Promise<void> {
    this.stop();
    this.changes = [];
    this.error = null;
    this.limit = null;
    this.phase = null;
    this.state = 'drafting';
    const response = await post('/api/brain-dumps', { text });
    if (!response.ok) {
      this.state = 'failed';
      const problem = await problemOf(response);
      if (problem.limit) this.limit = problem.limit;
      else this.error = problem.message;
      return;
    }
    const { id } = (await response.json()) as { id: string };
    this.dumpId = id;
    this.#listen(id);
  }

  #listen(id: string): void {
    const source = new EventSource(`/api/brain-dumps/${id}/stream`);
    this.#source = source;
    source.addEventListener('status', (event) => {
      this.phase = (JSON.parse(event.data) as { phase: string }).phase;
    });
    source.addEventListener('operation', (event) => {
      const { index, operation } = JSON.parse(event.data) as { index: number; operation: Operation };
      // A reconnect replays what was missed only, but a duplicate would be harmless to skip anyway.
      if (this.changes.some((change) => change.index === index)) return;
      this.changes.push({ index, operation, decision: firstDecision(operation) });
    });
    source.addEventListener('done', () => {
      this.state = 'drafted';
      this.stop();
      this.#settled();
    });
    source.addEventListener('error', (event) => {
      // A server-sent error event carries data; a dropped connection does not (EventSource retries it).
      const data = (event as MessageEvent).data as string | undefined;
      if (!data && source.readyState !== EventSource.CLOSED) return;
      const failure = data
        ? (JSON.parse(data) as { message: string; recoverable: boolean })
        : { message: 'the draft could not be streamed', recoverable: true };
      this.error = failure.recoverable ? `${failure.message} (you can try again)` : failure.message;
      this.state = this.changes.length > 0 ? 'drafted' : 'failed';
      this.stop();
      this.#settled();
    });
  }

  /** Shows an earlier dump's draft for review. */
  review(id: string, operations: Operation[]): void {
    this.stop();
    this.dumpId = id;
    this.error = null;
    this.changes = operations.map((operation, index) => ({ index, operation, decision: firstDecision(operation) }));
    this.state = 'drafted';
  }

  decide(index: number, decision: Decision): void {
    const change = this.changes.find((item) => item.index === index);
    if (change) change.decision = decision;
  }

  edit(index: number, operation: Operation): void {
    const change = this.changes.find((item) => item.index === index);
    if (change) change.operation = operation;
  }

  /** The accepted operations; a task whose new project was rejected goes to the inbox instead. */
  operationsToApply(): Operation[] {
    const keptProjects = new Set(
      this.accepted.flatMap((change) => (change.operation.op === 'create_project' ? [change.operation.ref] : [])),
    );
    return this.accepted.map(({ operation }) =>
      operation.op === 'create_task' && operation.project_ref !== null && !keptProjects.has(operation.project_ref)
        ? { ...operation, project_ref: null }
        : operation,
    );
  }

  async apply(): Promise<boolean> {
    if (!this.dumpId || this.accepted.length === 0) return false;
    this.state = 'applying';
    const response = await post(`/api/brain-dumps/${this.dumpId}/apply`, { operations: this.operationsToApply() });
    if (!response.ok) {
      this.error = (await problemOf(response)).message;
      this.state = 'drafted';
      return false;
    }
    this.error = null;
    this.state = 'applied';
    return true;
  }

  async undo(id = this.dumpId): Promise<boolean> {
    if (!id) return false;
    const response = await post(`/api/brain-dumps/${id}/undo`);
    if (!response.ok) {
      this.error = (await problemOf(response)).message;
      return false;
    }
    this.error = null;
    if (id === this.dumpId) this.state = 'undone';
    return true;
  }

  stop(): void {
    this.#source?.close();
    this.#source = null;
  }
}
