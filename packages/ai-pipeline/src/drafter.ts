import type { Operation } from '@ordo/shared-types';
import type { Provider } from './models.ts';

/** What a drafter knows about the person: their day, their zone, and what they already have open. */
export interface DraftContext {
  /** The person's today, YYYY-MM-DD, in their timezone. */
  today: string;
  /** IANA timezone, e.g. Europe/Berlin. */
  timezone: string;
  /** The current instant; defaults to the wall clock. Tests pin it. */
  now?: Date;
  projects: { id: string; name: string }[];
  tasks: { id: string; title: string; project_id: string | null; due_date: string | null; status: string }[];
}

export interface DraftUsage {
  provider: Provider;
  model: string;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number;
}

/** Events in the order a draft produces them; operations stream as soon as each one is complete. */
export type DraftEvent =
  | { type: 'status'; phase: 'reading' | 'drafting' | 'checking' }
  | { type: 'operation'; operation: Operation }
  | { type: 'usage'; usage: DraftUsage };

/** Turns a brain dump into operations. The offline parser and the LLM providers share this shape. */
export interface Drafter {
  readonly provider: Provider;
  draft(text: string, context: DraftContext, signal?: AbortSignal): AsyncIterable<DraftEvent>;
}
